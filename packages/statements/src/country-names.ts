/**
 * A state's name in English and Ukrainian from its ISO code, and nothing else of the record:
 * `@null-and-void/statements/country-names`, for code that names states without loading the
 * query engine (the widgets' vote map and tally). `countries.ts` builds the member table on it.
 */
import type { LocalizedText } from './schema.js';

/**
 * Where ICU's name is wrong for this record, with the reason: ICU names the two Congos by their
 * capitals ("Congo - Brazzaville", "Конго – Браззавіль"), which reads as one country and is not
 * how the UN record or the press name them. Checked and kept as ICU has them: Türkiye /
 * Туреччина, Côte d'Ivoire / Кот-дʼІвуар. (Kept short: the widgets carry this table.)
 */
const NAME_OVERRIDES: Readonly<Record<string, LocalizedText>> = {
  CD: { en: 'Democratic Republic of the Congo', uk: 'Демократична Республіка Конго' },
  CG: { en: 'Republic of the Congo', uk: 'Республіка Конго' },
};

let namers: { en: Intl.DisplayNames; uk: Intl.DisplayNames } | undefined;
/**
 * ICU's region names in English and Ukrainian, made once and shared (an `Intl` formatter is
 * costly to make). {@link countryName} corrects the few names the record spells otherwise.
 * @example
 * ```ts
 * import { displayNames } from '@null-and-void/statements/country-names';
 * console.log(displayNames().uk.of('PL'));
 * ```
 */
export function displayNames() {
  namers ??= {
    en: new Intl.DisplayNames(['en'], { type: 'region' }),
    uk: new Intl.DisplayNames(['uk'], { type: 'region' }),
  };
  return namers;
}

/**
 * A state's name in English and Ukrainian, for any ISO alpha-2 code ICU knows.
 * @example
 * ```ts
 * import { countryName } from '@null-and-void/statements';
 * console.log(countryName('UA'));
 * ```
 */
export function countryName(code: string): LocalizedText {
  const { en, uk } = displayNames();
  return NAME_OVERRIDES[code] ?? { en: en.of(code) ?? code, uk: uk.of(code) ?? code };
}
