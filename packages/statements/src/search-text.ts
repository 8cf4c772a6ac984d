/**
 * What a reader typed into a search box, read the way a site search reads it: words, exact
 * phrases in double quotes, and words to leave out after a minus sign.
 */
import { plainForm, wordForms } from './text.js';
import { type Token, words } from './tokenize.js';

/** A word of the query: its search key and surface forms (see `text.ts`), and how it was typed. */
export interface QueryWord {
  readonly key: string;
  readonly surface: string;
  readonly native: string;
  /**
   * Typed in capitals (`NATO`, `ОБСЄ`): an abbreviation or a name, matched whole or as a prefix,
   * never by a typo, which would turn `ОБСЄ` into `обстріл`.
   */
  readonly capitals: boolean;
}

/** One word of a phrase: its search key, or `null` for a stop word, which must match as typed. */
export interface PhraseWord {
  readonly key: string | null;
  readonly plain: string;
  /** The last word of a phrase whose closing quote is not typed yet: matched as a prefix. */
  readonly prefix: boolean;
}

export interface SearchText {
  readonly words: readonly QueryWord[];
  readonly phrases: readonly (readonly PhraseWord[])[];
  /** Search keys of the words after a minus sign: statements with any of them are left out. */
  readonly excluded: readonly string[];
}

// A phrase between straight or typographic double quotes (the closing one may be missing while
// the reader types), else a run of anything but spaces and quotes.
const PART = /(-?)["“”„«»]([^"“”„«»]*)(["“”„«»]?)|(\S+?)(?=["“”„«»]|\s|$)/gu;
const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}]+$/u;
/**
 * The most characters of a search text that are read, and the most words (phrase words included)
 * kept: a pasted page costs what its first sentences cost, and the index's per-statement word
 * counters (bytes) never overflow.
 */
export const MAX_SEARCH_TEXT = 1000;
export const MAX_SEARCH_WORDS = 32;

/** Reads a search text into words, phrases and excluded words, within the limits above. */
export function parseSearchText(full: string): SearchText {
  const text = full.slice(0, MAX_SEARCH_TEXT);
  const found: QueryWord[] = [];
  const phrases: PhraseWord[][] = [];
  const excluded: string[] = [];
  const typed = new Set<string>();
  for (const match of text.matchAll(PART)) {
    const [, minus, quoted, closing, bare] = match;
    if (quoted !== undefined) {
      if (minus) continue;
      const phrase = phraseOf(quoted, closing === '');
      if (phrase.some((word) => word.key !== null)) phrases.push(phrase);
      continue;
    }
    const exclude = bare!.startsWith('-') && bare!.length > 1;
    for (const word of words(bare!)) {
      // A word typed again adds nothing, and each word costs a stemming: each is read once.
      const seen = `${exclude ? '-' : ''}${word}`;
      if (typed.has(seen)) continue;
      typed.add(seen);
      const forms = queryWord(word);
      if (!forms) continue;
      if (exclude) excluded.push(forms.key);
      else found.push(forms);
    }
  }
  // A lone stop word of three letters or more is the start of a word still being typed ("про" on
  // the way to "продовжують"): it finds the words it begins.
  const last = words(text).at(-1);
  if (found.length + phrases.length + excluded.length === 0 && last && !last.startsWith('-')) {
    const plain = plainForm(last);
    if (plain.length >= 3) {
      const native = last.toLowerCase();
      found.push({ key: '', surface: plain, native, capitals: CAPITALS.test(last) });
    }
  }
  // Each word once: a repeated word adds nothing a reader would expect.
  const unique = [...new Map(found.map((word) => [word.surface, word])).values()];
  // A phrase past the budget is cut to its first words, which must still stand in order.
  const kept: PhraseWord[][] = [];
  let budget = MAX_SEARCH_WORDS;
  for (const phrase of phrases) {
    const cut = phrase.slice(0, budget);
    if (cut.some((word) => word.key !== null)) kept.push(cut);
    budget -= cut.length;
  }
  return {
    words: unique.slice(0, budget),
    phrases: kept,
    excluded: excluded.slice(0, MAX_SEARCH_WORDS),
  };
}

function queryWord(word: string): QueryWord | null {
  const forms = wordForms(word);
  return forms ? { ...forms, capitals: CAPITALS.test(word) } : null;
}

function phraseOf(text: string, open: boolean): PhraseWord[] {
  const list = words(text);
  return list.map((word, i) => ({
    key: wordForms(word)?.key ?? null,
    plain: plainForm(word),
    prefix: open && i === list.length - 1,
  }));
}

/** Whether the phrase stands in `tokens` from `at` on, word after word. */
export function phraseAt(
  tokens: readonly Token[],
  at: number,
  phrase: readonly PhraseWord[],
): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const word = phrase[i]!;
    const token = tokens[at + i]!.word;
    if (word.prefix) {
      if (!plainForm(token).startsWith(word.plain)) return false;
    } else if (word.key === null) {
      if (plainForm(token) !== word.plain) return false;
    } else if (wordForms(token)?.key !== word.key) return false;
  }
  return true;
}
