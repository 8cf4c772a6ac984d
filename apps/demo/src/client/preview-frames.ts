/**
 * Embed previews (`iframe[data-embed-preview]`, a bare page holding a snippet, see
 * preview-document.ts): their document is set here, and they take the height of their page,
 * growing and shrinking with it, so that an editor sees the whole embed as a reader of their
 * site would, never cut at a fixed height.
 */

/** The few Trusted Types declarations this file needs (TypeScript's DOM library has none). */
interface TrustedTypePolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicy;
}

/**
 * The site's pages require Trusted Types (security-headers.ts): a string cannot become a
 * frame's `srcdoc`. The preview documents are the snippets this site writes, shown as they are
 * pasted, so this policy passes them as they are; the CSP names it, and this module is the only
 * one that uses it.
 */
const policy = (
  globalThis as { trustedTypes?: TrustedTypePolicyFactory }
).trustedTypes?.createPolicy('nv-preview', { createHTML: (html) => html });
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

/** Shows `page` (a preview document, see preview-document.ts) in a preview frame, sized. */
export function showPreview(frame: HTMLIFrameElement, page: string): void {
  // A TrustedHTML where the browser enforces Trusted Types, the string itself where it has none.
  frame.srcdoc = (policy?.createHTML(page) ?? page) as string;
  sizePreviewFrame(frame);
}

/** Sizes a preview frame now and after every load of its document. */
function sizePreviewFrame(frame: HTMLIFrameElement): void {
  if (!sized.has(frame)) {
    sized.add(frame);
    frame.addEventListener('load', () => follow(frame));
  }
  if (frame.contentDocument?.readyState === 'complete') follow(frame);
}
