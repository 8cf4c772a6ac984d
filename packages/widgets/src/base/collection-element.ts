import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import { loadCatalog, loadSubset } from '../data/source.js';
import { type AllStrings, type Lang, loadAllStrings, loadedAllStrings } from '../i18n/index.js';
import { NvElement } from './nv-element.js';

/**
 * What the list, search, timeline and tally share over `NvElement`: the whole catalog or a subset
 * of it, and the collections' second string table. Apart from `NvElement` so that a card's bundle
 * carries none of them.
 */
export abstract class NvCollectionElement extends NvElement {
  protected override get t(): AllStrings {
    const table = loadedAllStrings(this.language);
    if (!table) throw new Error(`strings for "${this.language}" are not loaded`);
    return table;
  }

  protected override loadTables(lang: Lang): Promise<unknown> {
    return loadAllStrings(lang);
  }

  /** The whole catalog with its query engine: the page's own, the `src` one, or the bundled record. */
  protected fullCatalog(): Promise<Catalog> {
    if (!this.catalog && !this.src) return loadCatalog();
    return import('../data/page-catalog.js').then((m) => m.pageCatalog(this.catalog, this.src));
  }

  /** One statement, instrument or event and every record it refers to, from whichever catalog applies. */
  protected async subset(selection: SubsetSelection): Promise<CatalogInput> {
    if (!this.catalog && !this.src) return loadSubset(selection);
    const { pageSubset } = await import('../data/page-catalog.js');
    return pageSubset(this.catalog, this.src, selection);
  }
}
