/** The words of a text, as search and highlights cut it. */

/** A word of a text, with where it stands: `[start, end)` in UTF-16 code units. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets; apostrophes inside a word keep it whole. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The words of a text, for an index that needs no offsets. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
