/**
 * An iframe embed page: builds the widget from the query string (only the attributes this
 * widget accepts), then tells the host page its height whenever it changes, larger or smaller.
 * Besides its own message (for embed.js) it speaks WordPress's embed protocol, because WordPress
 * sandboxes a discovered provider's frame and resizes only frames that do.
 */
const frame = document.querySelector<HTMLElement>('#frame')!;
const params = new URLSearchParams(location.search);
const widget = frame.dataset.widget!;
/** The widget's attributes, `theme` and `no-credit`; the language is the page's. */
const allowed = new Set(frame.dataset.attributes!.split(' '));
const element = document.createElement(`nv-${widget}`);
for (const [name, value] of params) {
  if (allowed.has(name)) element.setAttribute(name, value);
}
element.setAttribute('lang', document.documentElement.lang);
frame.append(element);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'auto')
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light dark';

/** The random id the snippet gave this frame, so the host can tell its frames apart. */
const id = params.get('id') ?? '';
/** WordPress appends `#?secret=…` to the frame's address and expects it back with each message. */
const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
/** The site's address: links under it are the site's own pages. */
const site = frame.dataset.site ?? '';

/** The content's height: the frame element's bottom edge, whatever the viewport's height. */
function contentHeight(): number {
  return Math.ceil(frame.getBoundingClientRect().bottom + window.scrollY);
}

/**
 * Whether the widget shows what it will show (or its error), not its loading placeholder: the
 * host is told no height before, so that the frame does not shrink to the placeholder and grow
 * again, moving the article twice.
 */
function drawn(): boolean {
  const root = element.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('[part~="skeleton"]');
}

let lastHeight = -1;
function postHeight(force = false): void {
  if (!drawn() && !force) return;
  const height = contentHeight();
  if ((height === lastHeight && !force) || window.parent === window) return;
  lastHeight = height;
  // The height is not a secret and the host's origin is unknown here, hence "*"; the host
  // checks that the message comes from this frame before it acts on it.
  window.parent.postMessage({ type: 'nv:resize', id, height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}
new ResizeObserver(() => postHeight()).observe(frame);
postHeight();
// A widget whose script never runs (blocked, offline) still gets its frame sized, to its message.
setTimeout(() => postHeight(true), 10_000);

if (secret) {
  // WordPress's host script says "ready" when it loads after the frame: tell it the height again.
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source === window.parent && data?.message === 'ready' && data.secret === secret) {
      lastHeight = -1;
      postHeight();
    }
  });
  // The sandbox keeps links from opening the top page; WordPress opens the site's own for us.
  document.addEventListener('click', (event: MouseEvent) => {
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.href || !site || !anchor.href.startsWith(site)) return;
    event.preventDefault();
    window.parent.postMessage({ message: 'link', value: anchor.href, secret }, '*');
  });
}
