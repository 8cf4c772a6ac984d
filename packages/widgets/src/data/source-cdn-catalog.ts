import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import { fetchJSON, ID } from './fetch-json.js';
import { WidgetError } from './widget-error.js';

function isCatalogInput(value: unknown): value is CatalogInput {
  const v = value as Partial<Record<keyof CatalogInput, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.statements) &&
    Array.isArray(v.actors) &&
    Array.isArray(v.events) &&
    Array.isArray(v.instruments) &&
    Array.isArray(v.regions)
  );
}

/** One statement (or instrument, or event) and every record it refers to: a few KB, not the corpus. */
export async function loadSubset(selection: SubsetSelection): Promise<CatalogInput> {
  const [collection, id] = selection.statements?.length
    ? (['statements', selection.statements[0]] as const)
    : selection.instruments?.length
      ? (['instruments', selection.instruments[0]] as const)
      : (['events', selection.events?.[0]] as const);
  if (id === undefined || !ID.test(id)) {
    throw new WidgetError(
      'unknown-id',
      `"${id}" is not an id (lowercase letters, digits, dashes).`,
    );
  }
  const file = `${collection}/${id}.json`;
  const data = await fetchJSON(file, 'unknown-id');
  if (!isCatalogInput(data)) throw new WidgetError('invalid-data', `${file} is not a catalog.`);
  return data;
}

let catalog: Promise<Catalog> | undefined;
/** The whole record, fetched once per page and shared by every widget on it. */
export function loadCatalog(): Promise<Catalog> {
  catalog ??= Promise.all([
    fetchJSON('catalog.json', 'load-failed'),
    import('@null-and-void/statements/engine'),
  ]).then(([data, engine]) => {
    if (!isCatalogInput(data))
      throw new WidgetError('invalid-data', 'catalog.json is not a catalog.');
    return new engine.Catalog(data);
  });
  catalog.catch(() => {
    catalog = undefined;
  });
  return catalog;
}
