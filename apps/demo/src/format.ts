/** Dates, numbers and names formatted for a language with `Intl`; no localisation runtime. */
import { countryName as countryNames, type LocalizedText } from '@null-and-void/statements';
import { type Lang, LOCALES } from './i18n/index.js';

const dateFormats = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A partial ISO date (`2022`, `2022-09`, `2022-09-22`) in words, as precise as it is written. */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(LOCALES[lang], dateFormats[precision]).format(value);
}

/** A span of two partial dates, collapsed to one when they are the same. */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  return start === end
    ? formatDate(lang, start)
    : `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** A country's name from its ISO 3166-1 alpha-2 code, in the page's language. */
export function countryName(lang: Lang, code: string): string {
  return countryNames(code)[lang];
}

const languageNames: Partial<Record<Lang, Intl.DisplayNames>> = {};
/** A language's name from its BCP 47 tag, in the page's language. */
export function languageName(lang: Lang, tag: string): string {
  languageNames[lang] ??= new Intl.DisplayNames([LOCALES[lang]], { type: 'language' });
  return languageNames[lang].of(tag) ?? tag;
}

/** Sorts by a label in the language's collation. */
export function byLabel<T>(lang: Lang, label: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(LOCALES[lang]);
  return (a, b) => collator.compare(label(a), label(b));
}

export function localized(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/** The first sentences of a text, up to about `max` characters, cut at a word. */
export function shorten(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max * 0.5) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
