import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import { WidgetError } from './widget-error.js';

/**
 * Where widgets get the bundled record. This npm build imports the data package lazily, so a
 * bundler splits the corpus into its own chunk; the CDN build swaps this module for
 * `source-cdn.ts`, which fetches one JSON file per statement next to the script.
 */
export async function loadSubset(
  selection: SubsetSelection,
  _withBody = false,
): Promise<CatalogInput> {
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
