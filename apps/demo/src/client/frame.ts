/**
 * An iframe embed page: builds the widget from the query string (only the attributes this
 * widget accepts), then tells the host page its height whenever it changes.
 */
const frame = document.querySelector<HTMLElement>('#frame')!;
const params = new URLSearchParams(location.search);
const widget = frame.dataset.widget!;
const allowed = new Set([...frame.dataset.attributes!.split(' '), 'theme']);
const element = document.createElement(`nv-${widget}`);
for (const [name, value] of params) {
  if (allowed.has(name)) element.setAttribute(name, value);
}
element.setAttribute('lang', document.documentElement.lang);
frame.append(element);

/** The random id the snippet gave this frame, so the host can tell its frames apart. */
const id = params.get('id') ?? '';
let lastHeight = -1;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // The height is not a secret and the host's origin is unknown here, hence "*"; the host
  // checks that the message comes from this frame before it acts on it.
  window.parent.postMessage({ type: 'nv:resize', id, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
postHeight();
