/**
 * Embed previews (`iframe[data-embed-preview]`, a bare page holding a snippet, see
 * preview-document.ts) take the height of their page, growing and shrinking with it, so that an
 * editor sees the whole embed as a reader of their site would, never cut at a fixed height.
 */
const sized = new WeakSet<HTMLIFrameElement>();

function follow(frame: HTMLIFrameElement): void {
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  const root = frame.contentDocument?.documentElement;
  if (!view || !root) return;
  const match = () => {
    frame.style.height = `${Math.ceil(root.getBoundingClientRect().height)}px`;
  };
  // The observer must belong to the frame's own window to see its document's layout.
  new view.ResizeObserver(match).observe(root);
  match();
}

/** Sizes a preview frame now and after every load of its document. */
export function sizePreviewFrame(frame: HTMLIFrameElement): void {
  if (!sized.has(frame)) {
    sized.add(frame);
    frame.addEventListener('load', () => follow(frame));
  }
  if (frame.contentDocument?.readyState === 'complete') follow(frame);
}
