import type { Lang } from './index.js';

/** A country's name in the language, from `Intl.DisplayNames`. */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
