/**
 * How words are compared in search: case-, accent- and apostrophe-insensitive, stemmed in
 * English and Ukrainian, and folded to one Latin "skeleton" so that the spellings of a
 * transliterated Ukrainian name (Zaporizhzhia, Zaporizhia, Запоріжжя) meet. What the folds
 * leave apart, such as the Russian-derived Zaporozhye, the index's two-edit matching of long
 * words brings together (`search.ts`).
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian';

const CYRILLIC = /[\u0400-\u04ff]/;
const APOSTROPHES = /['’ʼ`ʹ]/g;
const MARKS = /\p{M}+/gu;

// Ukrainian national transliteration (2010), plus the Russian letters a quote may contain.
const TRANSLITERATION: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ё: 'e',
  ъ: '',
};

// Spelling variants of the same sound in English renderings of Ukrainian and Russian names,
// applied in order: longest first.
const FOLDS: [RegExp, string][] = [
  [/shch/g, 's'],
  [/zh/g, 'z'],
  [/kh/g, 'h'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/ts/g, 'c'],
  [/g/g, 'h'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/i([aeou])/g, '$1'],
  [/(.)\1+/g, '$1'],
];

const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'were',
  'will',
  'with',
  // Ukrainian
  'і',
  'й',
  'та',
  'а',
  'але',
  'в',
  'у',
  'на',
  'з',
  'із',
  'зі',
  'до',
  'що',
  'як',
  'це',
  'від',
  'про',
  'для',
  'за',
  'по',
  'не',
  'чи',
]);

function transliterate(word: string): string {
  let out = '';
  for (const char of word) out += TRANSLITERATION[char] ?? char;
  return out;
}

/** How the index and the query see one word: its search key and its surface forms. */
export interface WordForms {
  /** Stemmed and folded: what whole-word matches compare (see `searchKey`). */
  readonly key: string;
  /** Lower case, without accents or apostrophes, Cyrillic transliterated, not stemmed or folded. */
  readonly surface: string;
  /**
   * The same in the word's own script: a Cyrillic word stays Cyrillic, so that a typo in it is
   * one edit, not the two that a transliterated `ю` (`iu`) makes of it. Latin: the surface form.
   */
  readonly native: string;
}

const cache = new Map<string, WordForms | null>();

/**
 * The surface form of a word (`Запоріжжя` → `zaporizhzhia`, `Annexation` → `annexation`): what
 * the reader typed, in one script. Prefixes and typos are matched on it, so that a word being typed
 * finds the words it begins however stemming or folding would cut them, and a typo is one edit
 * from the typed word. Transliteration goes letter by letter, so a prefix stays a prefix.
 */
function surfaceOf(lower: string): string {
  const latin = CYRILLIC.test(lower) ? transliterate(lower) : lower;
  return latin.normalize('NFKD').replace(MARKS, '');
}

/**
 * The search key and surface form of one word, or `null` for a stop word. The same function runs
 * over the index and the query, so whatever it conflates, it conflates on both sides.
 */
export function wordForms(word: string): WordForms | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(APOSTROPHES, '');
  let forms: WordForms | null = null;
  if (lower.length > 0 && !STOP_WORDS.has(lower)) {
    let latin = CYRILLIC.test(lower)
      ? transliterate(ukrainianStemmer(lower))
      : englishStemmer(lower.normalize('NFKD').replace(MARKS, ''));
    latin = latin.normalize('NFKD').replace(MARKS, '');
    for (const [pattern, replacement] of FOLDS) latin = latin.replace(pattern, replacement);
    const surface = surfaceOf(lower);
    if (latin) forms = { key: latin, surface, native: CYRILLIC.test(lower) ? lower : surface };
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(word, forms);
  return forms;
}

/** The search key of one word (stemmed, folded, one script), or `null` for a stop word. */
export function searchKey(word: string): string | null {
  return wordForms(word)?.key ?? null;
}

/**
 * A word as a phrase compares it: lower case without accents or apostrophes, in one script. Stop
 * words count in a phrase ("null and void" is not "null or void"), so this is defined for them too.
 */
export function plainForm(word: string): string {
  return surfaceOf(word.toLowerCase().replace(APOSTROPHES, ''));
}
