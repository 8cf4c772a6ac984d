import { countryName as names } from '@null-and-void/statements/engine';
import type { Lang } from './index.js';

/**
 * A country's name in the language: the record's names (`Intl.DisplayNames`, with the record's
 * corrections, e.g. the two Congos named as states rather than by their capitals).
 */
export function countryName(lang: Lang, code: string): string {
  try {
    return names(code)[lang];
  } catch {
    return code;
  }
}
