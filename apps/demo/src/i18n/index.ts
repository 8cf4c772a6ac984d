import { en, type Strings } from './en.js';
import type { PluralForms } from './plural-forms.js';
import { uk } from './uk.js';

export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

const TABLES: Record<Lang, Strings> = { en, uk };

/** The UI strings of one language. */
export function strings(lang: Lang): Strings {
  return TABLES[lang];
}

/** The locale `Intl` formats with: British English spelling and day-month order for `en`. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** Picks the plural form for `n` and fills `{n}` with the number formatted for the language. */
export function plural(lang: Lang, forms: PluralForms, n: number): string {
  const rule = new Intl.PluralRules(LOCALES[lang]).select(n);
  return fill(forms[rule] ?? forms.other, { n: new Intl.NumberFormat(LOCALES[lang]).format(n) });
}
