import type { collectionsEn } from './collections-en.js';
import type { en } from './en.js';

/** Plural forms of one message, keyed by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends { other: string }
      ? PluralForms
      : Shape<T[K]>;
};

/**
 * Every string the widgets write, in one language: the English table is the reference.
 * @example
 * ```ts
 * import type { NvErrorCode, Strings } from '@null-and-void/widgets';
 * // A page that shows a widget's error in its own place takes the widgets' own words for it.
 * const errorText = (t: Strings, code: NvErrorCode): string => t.error[code];
 * console.log(errorText);
 * ```
 */
export type Strings = Shape<typeof en>;

/** The strings only the list, search, timeline and tally write. */
export type CollectionStrings = Shape<typeof collectionsEn>;

/** Every string, for the elements that load both tables. */
export type AllStrings = Strings & CollectionStrings;
