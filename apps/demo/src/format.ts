/**
 * Dates, numbers and names formatted for a language: the widgets' formatting module, so that the
 * site and the widgets write a date alike, and the site's own helpers for text.
 */
import type { LocalizedText } from '@null-and-void/statements';
import { collator, type Lang } from '@null-and-void/widgets/format.js';

export {
  countryName,
  formatDate,
  formatDateRange,
  formatNumber,
  languageName,
} from '@null-and-void/widgets/format.js';

/** Sorts by a label in the language's collation. */
export function byLabel<T>(lang: Lang, label: (item: T) => string): (a: T, b: T) => number {
  const compare = collator(lang);
  return (a, b) => compare.compare(label(a), label(b));
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
