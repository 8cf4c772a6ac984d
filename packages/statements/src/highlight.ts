/**
 * Where the words a search matched stand in a statement's texts, so that a page can mark them.
 * The index says which search keys matched in which field; this finds the words with those keys,
 * and the phrases word for word.
 */

import type { Range } from './excerpt.js';
import type { Statement } from './schema.js';
import { type PhraseWord, phraseAt } from './search-text.js';
import { searchKey } from './text.js';
import { tokenize } from './tokenize.js';

/**
 * Where a search matched: a field of the statement and `[start, end)` offsets in its text.
 * @example
 * ```ts
 * import { type Highlight, search } from '@null-and-void/statements';
 * const highlights: readonly Highlight[] = search('"null and void"').items[0]?.highlights ?? [];
 * for (const { field, ranges } of highlights) console.log(field, ranges.length);
 * ```
 */
export interface Highlight {
  /** e.g. `title.en`, `summary.uk`, `body[2]`, `quotes[0].text` */
  readonly field: string;
  readonly text: string;
  readonly ranges: readonly Range[];
}

type Phrases = readonly (readonly PhraseWord[])[];

function rangesIn(text: string, terms: ReadonlySet<string>, phrases: Phrases): Range[] {
  const ranges: Range[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const phrase = phrases.length > 0 && phrases.find((words) => phraseAt(tokens, i, words));
    if (phrase) {
      ranges.push([token.start, tokens[i + phrase.length - 1]!.end]);
      i += phrase.length - 1;
      continue;
    }
    const key = searchKey(token.word);
    if (key !== null && terms.has(key)) ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** Where the matched terms and phrases stand in the statement's texts, field by field. */
export function highlightsOf(
  statement: Statement,
  terms: ReadonlyMap<string, ReadonlySet<string>>,
  phrases: Phrases = [],
): Highlight[] {
  const out: Highlight[] = [];
  const none: ReadonlySet<string> = new Set();
  const add = (field: string, text: string | undefined, matched: ReadonlySet<string> = none) => {
    // Only a field with a matched term, or any field when there are phrases, has words to mark.
    if (!text || (matched.size === 0 && phrases.length === 0)) return;
    const ranges = rangesIn(text, matched, phrases);
    if (ranges.length > 0) out.push({ field, text, ranges });
  };
  add('title.en', statement.title.en, terms.get('title'));
  add('title.uk', statement.title.uk, terms.get('title'));
  add('originalTitle', statement.originalTitle, terms.get('title'));
  add('summary.en', statement.summary.en, terms.get('summary'));
  add('summary.uk', statement.summary.uk, terms.get('summary'));
  for (const [i, q] of statement.quotes.entries())
    add(`quotes[${i}].text`, q.text, terms.get('quotes'));
  for (const [i, p] of (statement.body ?? []).entries()) add(`body[${i}]`, p, terms.get('body'));
  return out;
}
