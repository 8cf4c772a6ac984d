/**
 * The autoloader: include this one script and every `nv-*` tag that appears in the document, or
 * in an open shadow root, is defined by importing only that element's module. For CMSs where an
 * editor cannot choose which bundle to include.
 */
// A Map, not an object: a page's `<constructor>` tag must not find `Object.prototype.constructor`.
const modules = new Map<string, () => Promise<unknown>>([
  ['nv-statement', () => import('./define/statement.js')],
  ['nv-quote', () => import('./define/quote.js')],
  ['nv-timeline', () => import('./define/timeline.js')],
  ['nv-tally', () => import('./define/tally.js')],
  ['nv-statement-list', () => import('./define/statement-list.js')],
  ['nv-search', () => import('./define/search.js')],
  ['nv-vote-map', () => import('./define/vote-map.js')],
]);

const requested = new Set<string>();
const observed = new WeakSet<Node>();

function load(tag: string): void {
  const loadModule = modules.get(tag);
  if (!loadModule || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loadModule().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`Could not load <${tag}>:`, error);
  });
}

function scan(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) load(root.localName);
  for (const element of root.querySelectorAll('*')) {
    load(element.localName);
    if (element.shadowRoot) watch(element.shadowRoot);
  }
}

function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  scan(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

watch(document);
