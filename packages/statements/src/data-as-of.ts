import type { Catalog, CatalogIds } from './catalog.js';

/**
 * How recent the record is: the latest date the data itself holds, a statement's date, the day
 * a record was last updated (its latest correction) or the day a source was retrieved, written as precisely as that date is (`2026-03` for a month).
 * Derived from the records, never from when the package was built, so an unchanged record keeps
 * its date. `undefined` for a catalog with no statements.
 * @example
 * ```ts
 * import { catalog, dataAsOf } from '@null-and-void/statements';
 * console.log(`Data as of ${dataAsOf(catalog)}`);
 * ```
 */
export function dataAsOf<Ids extends CatalogIds>(catalog: Catalog<Ids>): string | undefined {
  let latest: string | undefined;
  for (const s of catalog.statements) {
    for (const date of [s.date, s.updated, s.source.retrieved]) {
      // ISO dates of any precision sort as strings; a day beats its own month ("2026-03-02" > "2026-03").
      if (date && (latest === undefined || date > latest)) latest = date;
    }
  }
  return latest;
}
