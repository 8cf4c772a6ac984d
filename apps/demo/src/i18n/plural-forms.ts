/** Plural forms by `Intl.PluralRules` category; `{n}` is replaced by the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
