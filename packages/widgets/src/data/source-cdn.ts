import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';
import type { CardView } from './card-view.js';
import { fetchJSON, ID } from './fetch-json.js';
import { WidgetError } from './widget-error.js';

// The CDN build's data source. A card needs only `loadCard`; the rest loads on first use.

/** One statement (or instrument, or event) and every record it refers to. */
export const loadSubset = (selection: SubsetSelection): Promise<CatalogInput> =>
  import('./source-cdn-catalog.js').then((m) => m.loadSubset(selection));

/** The whole record, fetched once per page and shared by every widget on it. */
export const loadCatalog = (): Promise<Catalog> =>
  import('./source-cdn-catalog.js').then((m) => m.loadCatalog());

/** One statement as a card shows it, in one language: `cards/<lang>/<id>.json` (about 1 KB). */
export async function loadCard(id: string, lang: Lang, full: boolean): Promise<CardView> {
  if (!ID.test(id)) {
    throw new WidgetError(
      'unknown-id',
      `"${id}" is not an id (lowercase letters, digits, dashes).`,
    );
  }
  const file = `cards/${lang}/${id}${full ? '.full' : ''}.json`;
  const view = (await fetchJSON(file, 'unknown-id')) as Partial<CardView> | null;
  if (typeof view !== 'object' || view === null || view.id !== id || !Array.isArray(view.quotes)) {
    throw new WidgetError('invalid-data', `${file} is not a statement card.`);
  }
  return view as CardView;
}
