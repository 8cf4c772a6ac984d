import type { AllStrings, CollectionStrings, PluralForms, Strings } from './strings.js';

export type { AllStrings, CollectionStrings, PluralForms, Strings } from './strings.js';

/** The languages the widgets speak, both written left to right (the widgets' boxes say so). */
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

// Each language's table is its own chunk: a card in Ukrainian does not download the English one.
const loaders: Record<Lang, () => Promise<Strings>> = {
  en: () => import('./en.js').then((m): Strings => m.en),
  uk: () => import('./uk.js').then((m) => m.uk),
};
const tables: Partial<Record<Lang, Strings>> = {};

/** Loads a language's table once; widgets await it before their first render with data. */
export async function loadStrings(lang: Lang): Promise<Strings> {
  tables[lang] ??= await loaders[lang]();
  return tables[lang];
}

/** The table of a language if loaded, else `undefined`. */
export const loadedStrings = (lang: Lang): Strings | undefined => tables[lang];

// The lists, search, timeline and tally write many more strings than a card: a second table.
const collectionLoaders: Record<Lang, () => Promise<CollectionStrings>> = {
  en: () => import('./collections-en.js').then((m): CollectionStrings => m.collectionsEn),
  uk: () => import('./collections-uk.js').then((m) => m.collectionsUk),
};
const allTables: Partial<Record<Lang, AllStrings>> = {};

/** Loads both of a language's tables once, merged. */
export async function loadAllStrings(lang: Lang): Promise<AllStrings> {
  if (!allTables[lang]) {
    const [common, collections] = await Promise.all([loadStrings(lang), collectionLoaders[lang]()]);
    allTables[lang] = { ...common, ...collections };
  }
  return allTables[lang];
}

/** Both tables of a language, merged, if loaded, else `undefined`. */
export const loadedAllStrings = (lang: Lang): AllStrings | undefined => allTables[lang];

/**
 * What a widget says before its language's table is loaded, or if the table itself cannot be:
 * one line for every failure (`nv-error` tells the page which).
 */
export const FALLBACK_LOADING = 'Loading…';
export const FALLBACK_ERROR = 'This widget could not be shown.';

/** `en` or `uk` from a BCP 47 tag (`uk-UA` → `uk`); anything else is English. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().split('-')[0] === 'uk' ? 'uk' : 'en';
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** A number in the language's own digits grouping (`1,234` / `1 234`). */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The plural form of a message for `n`, with `{n}` replaced by the formatted number. */
export function plural(lang: Lang, forms: PluralForms, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', formatNumber(lang, n));
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}

/**
 * A partial ISO date (`2022`, `2022-09`, `2022-09-23`) as the language writes it, at the
 * precision it has: a month-precise date never gains an invented day.
 */
export function formatDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  // Not `Date.UTC`, which reads the years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  return new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', {
    year: 'numeric',
    month: month ? 'long' : undefined,
    day: day ? 'numeric' : undefined,
    // The year 0 is 1 BC: without its era it would read as the year 1.
    era: year < 1 ? 'short' : undefined,
    timeZone: 'UTC',
  }).format(at);
}
