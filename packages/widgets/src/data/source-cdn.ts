import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import { WidgetError } from './widget-error.js';

// Resolved against this script, so that any mirror of the npm package serves its own data.
const base = new URL('./data/', import.meta.url);
const ID = /^[a-z0-9][a-z0-9-]*$/;

async function fetchJSON(path: string, missing: 'unknown-id' | 'load-failed'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { credentials: 'omit' });
  } catch (error) {
    throw new WidgetError('load-failed', `Could not fetch ${path}: ${String(error)}`);
  }
  if (response.status === 404) throw new WidgetError(missing, `No data at ${path} (404).`);
  if (!response.ok) throw new WidgetError('load-failed', `${path} answered ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new WidgetError('invalid-data', `${path} is not JSON.`);
  }
}

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
export async function loadSubset(
  selection: SubsetSelection,
  withBody = false,
): Promise<CatalogInput> {
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
  // A statement's full text is a file of its own: a card does not pay for a body it does not show.
  const file = `${collection}/${id}${withBody && collection === 'statements' ? '.full' : ''}.json`;
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
