import type { Lang } from '@null-and-void/widgets/format.js';
import { en, type Strings } from './en.js';
import { uk } from './uk.js';

const TABLES: Record<Lang, Strings> = { en, uk };

/** The UI strings of one language. */
export function strings(lang: Lang): Strings {
  return TABLES[lang];
}

export { fill, LANGS, type Lang, LOCALES, plural } from '@null-and-void/widgets/format.js';
