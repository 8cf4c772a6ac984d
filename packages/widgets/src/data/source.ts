import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';
import { type CardView, toCardView } from './card-view.js';
import { WidgetError } from './widget-error.js';

/**
 * Where widgets get the bundled record. This npm build imports the data package lazily, so a
 * bundler splits the corpus into its own chunk; the CDN build swaps this module for
 * `source-cdn.ts`, which fetches one JSON file per statement next to the script.
 */
export async function loadSubset(selection: SubsetSelection): Promise<CatalogInput> {
  const data = await import('@null-and-void/statements');
  try {
    return data.toSubsetJSON(data.catalog, selection);
  } catch (error) {
    if (error instanceof data.UnknownIdError) throw new WidgetError('unknown-id', error.message);
    throw error;
  }
}

/** The bundled catalog, with its query and search engine. */
export async function loadCatalog(): Promise<Catalog> {
  return (await import('@null-and-void/statements')).catalog;
}

/** The card view of one statement in one language. */
export async function loadCard(id: string, lang: Lang, full: boolean): Promise<CardView> {
  const view = toCardView(await loadSubset({ statements: [id] }), id, lang, full);
  if (!view) throw new WidgetError('unknown-id', `No statement "${id}".`);
  return view;
}
