/**
 * Countries: the 193 UN member states with their ISO codes, their names in English and Ukrainian
 * and their UN M49 region. Names come from `Intl.DisplayNames`, except where ICU's name is one a
 * reader would misread (see `country-names.ts`).
 */

import { countryName, displayNames } from './country-names.js';
import { UnknownIdError } from './errors.js';
import type { LocalizedText } from './schema.js';
import { suggest } from './suggest.js';
import { M49_NAMES, UN_MEMBERS } from './un-members.js';

export { countryName };

/** Ukrainian names of M49 areas where ICU's differ from the UN's area (e.g. 419 without the Caribbean). */
const AREA_OVERRIDES_UK: Readonly<Record<string, string>> = {
  '018': 'Південна Африка',
  '019': 'Америка',
  '021': 'Північна Америка',
  '053': 'Австралія і Нова Зеландія',
  '057': 'Мікронезія',
  '419': 'Латинська Америка і Карибський басейн',
};

/**
 * A UN M49 area: a region, sub-region or intermediate region.
 * @example
 * ```ts
 * import { countryInfo, type M49Area } from '@null-and-void/statements';
 * const region: M49Area = countryInfo('BR').region;
 * console.log(region.code, region.name.en);
 * ```
 */
export interface M49Area {
  /** Three-digit M49 code, e.g. `151`. */
  readonly code: string;
  readonly name: LocalizedText;
}

/**
 * A country: its ISO codes, names and UN membership.
 * @example
 * ```ts
 * import { type Country, countryInfo } from '@null-and-void/statements';
 * const ukraine: Country = countryInfo('UA');
 * console.log(ukraine.alpha3, ukraine.m49, ukraine.name.uk);
 * ```
 */
export interface Country {
  /** ISO 3166-1 alpha-2, e.g. `BR`. */
  readonly code: string;
  /** ISO 3166-1 alpha-3, e.g. `BRA`. */
  readonly alpha3: string;
  /** UN M49 numeric code, e.g. `076`. */
  readonly m49: string;
  readonly name: LocalizedText;
  /** M49 region, e.g. Americas. */
  readonly region: M49Area;
  /** M49 sub-region, e.g. Latin America and the Caribbean. */
  readonly subregion: M49Area;
  /** M49 intermediate region where there is one, e.g. South America. */
  readonly intermediateRegion?: M49Area;
}

function area(code: string): M49Area {
  const uk = AREA_OVERRIDES_UK[code] ?? displayNames().uk.of(code) ?? code;
  return { code, name: { en: M49_NAMES[code] ?? code, uk } };
}

let table: ReadonlyMap<string, Country> | undefined;
function members(): ReadonlyMap<string, Country> {
  table ??= new Map(
    UN_MEMBERS.map(([code, alpha3, m49, region, subregion, intermediate]) => [
      code,
      {
        code,
        alpha3,
        m49,
        name: countryName(code),
        region: area(region),
        subregion: area(subregion),
        ...(intermediate ? { intermediateRegion: area(intermediate) } : {}),
      },
    ]),
  );
  return table;
}

/**
 * The 193 UN member states, in order of ISO code.
 * @example
 * ```ts
 * import { unMembers } from '@null-and-void/statements';
 * console.log(unMembers().length, unMembers()[0]?.name.en);
 * ```
 */
export function unMembers(): Country[] {
  return [...members().values()];
}

/**
 * True for the ISO alpha-2 code of a UN member state.
 * @example
 * ```ts
 * import { isUnMember } from '@null-and-void/statements';
 * console.log(isUnMember('UA'), isUnMember('XK'));
 * ```
 */
export function isUnMember(code: string): boolean {
  return members().has(code);
}

/**
 * The member state with this ISO alpha-2 code (any case). Throws `UnknownIdError` for anything
 * else, suggesting the code meant: from an alpha-3 code (`BRA`), a name in English or Ukrainian
 * (`Brazil`, `Бразилія`), or a near spelling of a code.
 * @example
 * ```ts
 * import { countryInfo } from '@null-and-void/statements';
 * console.log(countryInfo('ua').subregion.name.en);
 * ```
 */
export function countryInfo(code: string): Country {
  const upper = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const found = members().get(upper);
  if (found) return found;
  throw new UnknownIdError('country', String(code), suggestCountry(upper));
}

function suggestCountry(input: string): string[] {
  const all = unMembers();
  const exact = all.find(
    (c) =>
      c.alpha3 === input || c.name.en.toUpperCase() === input || c.name.uk.toUpperCase() === input,
  );
  if (exact) return [exact.code];
  const byName = all.filter(
    (c) =>
      input.length >= 3 &&
      (c.name.en.toUpperCase().startsWith(input) || c.name.uk.toUpperCase().startsWith(input)),
  );
  if (byName.length > 0) return byName.slice(0, 3).map((c) => c.code);
  return input.length === 2 ? suggest(input, members().keys()) : [];
}
