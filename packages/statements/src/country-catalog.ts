import { Catalog, type CatalogIds } from './catalog.js';
import {
  type CountryRecord,
  countryRecord,
  type StanceMatrix,
  stanceMatrix,
} from './country-record.js';

/**
 * A catalog that also answers by country. The bundled `catalog` is one; the engine's `Catalog`
 * is not, so that code which only lists or searches statements (the widgets) does not carry the
 * table of UN members. For any catalog, `countryRecord(catalog, code)` and `stanceMatrix(catalog)`
 * give the same.
 * @example
 * ```ts
 * import { catalog, type CountryCatalog, type DefaultIds } from '@null-and-void/statements';
 * const bundled: CountryCatalog<DefaultIds> = catalog;
 * console.log(bundled.country('BR').votes.map((v) => [v.instrument.id, v.vote]));
 * ```
 */
export class CountryCatalog<Ids extends CatalogIds = CatalogIds> extends Catalog<Ids> {
  #matrix: StanceMatrix | undefined;

  /**
   * What the record holds for one state, by ISO alpha-2 code (`'BR'`): its vote on every
   * instrument, what its actors said, the joint statements it signed, and for each vote event the
   * statements or `silent: true` (nothing found in the record as of `asOf`). Throws
   * `UnknownIdError`, with the code meant, for anything but a UN member's code.
   */
  country(code: string): CountryRecord<Ids> {
    return countryRecord(this, code);
  }

  /**
   * The stance-and-silence matrix: every UN member × every vote event and instrument with a
   * recorded vote, each cell with its evidence (statements, vote and source, or silence).
   */
  matrix(): StanceMatrix {
    this.#matrix ??= stanceMatrix(this);
    return this.#matrix;
  }
}
