import { countryName as countryNames } from '@null-and-void/statements/country-names';
/**
 * Dates, numbers, plurals and names in a reader's language: the one home of the widgets' and the
 * demo site's formatting (the site imports it as `@null-and-void/widgets/format.js`). `Intl`
 * formatters are costly to make, so each is made once per language and options, as
 * github/relative-time-element's `intl-cache` does.
 */
import type { PluralForms } from './strings.js';

/**
 * The languages the widgets and the site speak, both written left to right.
 * @example
 * ```ts
 * import { LANGS } from '@null-and-void/widgets/format.js';
 * const lang = LANGS.find((l) => l === 'uk') ?? 'en';
 * lang; // "uk"
 * ```
 */
export const LANGS = ['en', 'uk'] as const;
/**
 * A language of the widgets: `en` or `uk`.
 * @example
 * ```ts
 * import { formatNumber, type Lang } from '@null-and-void/widgets/format.js';
 * const lang: Lang = 'uk';
 * formatNumber(lang, 100); // "100"
 * ```
 */
export type Lang = (typeof LANGS)[number];

/**
 * The locale `Intl` formats with: British English spelling and day-month order for `en`.
 * @example
 * ```ts
 * import { LOCALES } from '@null-and-void/widgets/format.js';
 * LOCALES.en; // "en-GB"
 * ```
 */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

const formatters = new Map<string, unknown>();

/** One cached `Intl` formatter of a kind for a language and options. */
function intl<T, O>(Kind: new (locale: string, options: O) => T, lang: Lang, options: O): T {
  const key = `${Kind.name}${lang}${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Kind(LOCALES[lang], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

// The card's own formatters keep their own small caches (the card has 3 bytes of its budget
// left); the rest share `intl`.
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A number in the language's own digits grouping (`1,234` / `1 234`).
 * @example
 * ```ts
 * import { formatNumber } from '@null-and-void/widgets/format.js';
 * import { catalog } from '@null-and-void/statements';
 * console.log(formatNumber('uk', catalog.statements.length));
 * ```
 */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural form of a message for `n`, with `{n}` replaced by the formatted number.
 * @example
 * ```ts
 * import { plural } from '@null-and-void/widgets/format.js';
 * plural('en', { one: '{n} statement', other: '{n} statements' }, 1200); // "1,200 statements"
 * ```
 */
export function plural(lang: Lang, forms: PluralForms, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', formatNumber(lang, n));
}

/**
 * Replaces `{name}` placeholders; a number is written in plain decimal digits.
 * @example
 * ```ts
 * import { fill } from '@null-and-void/widgets/format.js';
 * fill('{yes} in favour', { yes: 100 }); // "100 in favour"
 * ```
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    // `replace` writes a number its callback returns as `String(n)` would.
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

/**
 * A partial ISO date (`2022`, `2022-09`, `2022-09-23`) as the language writes it, at the
 * precision it has: a month-precise date never gains an invented day.
 * @example
 * ```ts
 * import { formatDate } from '@null-and-void/widgets/format.js';
 * formatDate('en', '2022-09'); // "September 2022"
 * formatDate('en', '2022-09-23'); // "23 September 2022"
 * ```
 */
export function formatDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  // Not `Date.UTC`, which reads the years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  // The locale as LOCALES has it, written out: the card has no bytes for the lookup.
  return new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', {
    year: 'numeric',
    month: month ? 'long' : undefined,
    day: day ? 'numeric' : undefined,
    // The year 0 is 1 BC: without its era it would read as the year 1.
    era: year < 1 ? 'short' : undefined,
    timeZone: 'UTC',
  }).format(at);
}

/**
 * A span between two partial dates: `23–27 September 2022` when both are days, one date when
 * they are equal, else both dates at their own precision.
 * @example
 * ```ts
 * import { formatDateRange } from '@null-and-void/widgets/format.js';
 * formatDateRange('en', '2022-09', '2023'); // "September 2022 – 2023"
 * // Two days: ICU's own range, whose spaces differ between ICU versions.
 * formatDateRange('en', '2022-09-23', '2022-09-27');
 * ```
 */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return formatDate(lang, start);
  if (start.length === 10 && end.length === 10) {
    const days = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
    // ISO day strings parse as the day itself in any year, 0000–0099 included.
    const at = (date: string) => new Date(`${date}T00:00Z`);
    return intl(Intl.DateTimeFormat, lang, days).formatRange(at(start), at(end));
  }
  return `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
}

/** A name from `Intl.DisplayNames`, or the code itself where it has none. */
function displayName(lang: Lang, type: 'region' | 'language', code: string): string {
  try {
    return intl(Intl.DisplayNames, lang, { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A country's name in the language: the record's names (`Intl.DisplayNames`, with the record's
 * corrections, e.g. the two Congos named as states rather than by their capitals), from the
 * statements package's `country-names` entry: a page with only a map or a tally does not load the
 * query engine for them.
 * @example
 * ```ts
 * import { countryName } from '@null-and-void/widgets/format.js';
 * console.log(countryName('en', 'UA'), countryName('uk', 'UA'));
 * ```
 */
export const countryName = (lang: Lang, code: string): string => {
  try {
    return countryNames(code)[lang];
  } catch {
    return code;
  }
};

/**
 * A language's name from its BCP 47 tag.
 * @example
 * ```ts
 * import { languageName } from '@null-and-void/widgets/format.js';
 * console.log(languageName('en', 'uk'), languageName('uk', 'en'));
 * ```
 */
export const languageName = (lang: Lang, tag: string): string => displayName(lang, 'language', tag);

/**
 * Compares labels in the language's collation.
 * @example
 * ```ts
 * import { collator } from '@null-and-void/widgets/format.js';
 * console.log(['Чорногорія', 'Австрія', 'Бельгія'].sort(collator('uk').compare));
 * ```
 */
export const collator = (lang: Lang): Intl.Collator => intl(Intl.Collator, lang, {});
