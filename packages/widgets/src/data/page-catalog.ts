import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';
import { type CardView, toCardView } from './card-view.js';
import { WidgetError } from './widget-error.js';

// The catalog a page brings instead of the bundled record: the element's `catalog` property, or
// the one its `src` attribute names. Loaded only when a page does so, so that a card of the
// bundled record does not carry this code.

const fetched = new Map<string, Promise<Catalog>>();

/** The page's catalog: `catalog` if the page set it, otherwise the one at `src`. */
export function pageCatalog(catalog: Catalog | undefined, src: string): Promise<Catalog> {
  return catalog ? Promise.resolve(catalog) : loadCatalogAt(src);
}

/** One statement, instrument or event and every record it refers to, from the page's catalog. */
export async function pageSubset(
  catalog: Catalog | undefined,
  src: string,
  selection: SubsetSelection,
): Promise<CatalogInput> {
  const [resolved, engine] = await Promise.all([
    pageCatalog(catalog, src),
    import('@null-and-void/statements/engine'),
  ]);
  try {
    return engine.toSubsetJSON(resolved, selection);
  } catch (error) {
    if (error instanceof engine.UnknownIdError) throw new WidgetError('unknown-id', error.message);
    throw error;
  }
}

/** One statement as a card shows it, in one language, from the page's catalog. */
export async function pageCard(
  catalog: Catalog | undefined,
  src: string,
  id: string,
  lang: Lang,
  full: boolean,
): Promise<CardView> {
  const view = toCardView(await pageSubset(catalog, src, { statements: [id] }), id, lang, full);
  if (!view) throw new WidgetError('unknown-id', `No statement "${id}".`);
  return view;
}

/**
 * A catalog a page names with `src`: fetched once per URL, validated against the schema, every
 * problem reported. Only `http(s)` URLs (resolved against the page) are fetched.
 */
function loadCatalogAt(src: string): Promise<Catalog> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return Promise.reject(new WidgetError('invalid-attribute', `src "${src}" is not a URL.`));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.reject(
      new WidgetError('invalid-attribute', `src must be an http(s) URL; got "${url.protocol}".`),
    );
  }
  const key = url.href;
  let pending = fetched.get(key);
  if (!pending) {
    pending = fetchCatalog(url);
    fetched.set(key, pending);
    pending.catch(() => fetched.delete(key));
  }
  return pending;
}

async function fetchCatalog(url: URL): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`it answered ${response.status}`);
  } catch (error) {
    throw new WidgetError(
      'load-failed',
      `Could not load the catalog at ${url.href}: ${String(error)}`,
    );
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new WidgetError('invalid-data', `The catalog at ${url.href} is not JSON.`);
  }
  const engine = await import('@null-and-void/statements/engine');
  try {
    return engine.createCatalog(data);
  } catch (error) {
    if (error instanceof engine.InvalidCatalogError) {
      throw new WidgetError(
        'invalid-data',
        `The catalog at ${url.href} is invalid: ${error.message}`,
      );
    }
    throw error;
  }
}
