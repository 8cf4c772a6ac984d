/**
 * Where the words a search matched stand in a statement's texts, so that a page can mark them,
 * and the passage of a long text to show around them. The index says which search keys matched
 * in which field; this finds the words with those keys, and the phrases word for word.
 */
import type { Statement } from './schema.js';
import { type PhraseWord, phraseAt } from './search-text.js';
import { searchKey, tokenize } from './text.js';

/** `[start, end)` offsets in a text, in UTF-16 code units. */
export type Range = readonly [number, number];

/** Where a search matched: a field of the statement and `[start, end)` offsets in its text. */
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
    const phrase = phrases.find((words) => phraseAt(tokens, i, words));
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
    if (!text) return;
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

/**
 * About `length` characters of a long text around its first marked range, cut between words and
 * marked with ellipses where it is cut, with the ranges inside moved to match: the passage a
 * result shows under its title. A text of `length` or fewer characters comes back whole.
 */
export function excerpt(
  { text, ranges }: { readonly text: string; readonly ranges: readonly Range[] },
  length = 180,
): { text: string; ranges: Range[] } {
  if (text.length <= length) return { text, ranges: [...ranges] };
  const first = ranges[0] ?? [0, 0];
  const tokens = tokenize(text);
  // Start a third of the way before the match, at the start of a word, and end at the end of the
  // last word that fits; a match longer than the passage is shown whole.
  const from = Math.max(0, first[0] - Math.floor(length / 3));
  const start = from === 0 ? 0 : (tokens.find((token) => token.start >= from)?.start ?? first[0]);
  const to = start + length;
  let end = text.length;
  if (to < text.length) {
    let last = tokens.length - 1;
    while (last >= 0 && tokens[last]!.end > to) last--;
    end = Math.max(last >= 0 ? tokens[last]!.end : to, first[1]);
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${text.slice(start, end)}${after}`,
    ranges: ranges
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift] as const),
  };
}
