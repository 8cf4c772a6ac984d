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

/** Every string the widgets write, in one language: the English table is the reference. */
export type Strings = Shape<typeof en>;
