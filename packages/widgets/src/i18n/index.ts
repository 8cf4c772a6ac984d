import type { AllStrings, CollectionStrings, Strings } from './strings.js';

export {
  fill,
  formatDate,
  formatNumber,
  LANGS,
  type Lang,
  plural,
} from './format.js';
export type { AllStrings, CollectionStrings, PluralForms, Strings } from './strings.js';

import type { Lang } from './format.js';

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
