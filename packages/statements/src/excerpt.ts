/**
 * The passage of a long text to show under a search result. Apart from the search, with nothing
 * but the tokenizer, so that a widget can cut passages without loading the analysis.
 */
import { checkCount, checkList, checkObject } from './arguments.js';
import { InvalidArgumentError } from './errors.js';
import { tokenize } from './tokenize.js';

/**
 * `[start, end)` offsets in a text, in UTF-16 code units.
 * @example
 * ```ts
 * import { type Range, search } from '@null-and-void/statements';
 * const ranges: readonly Range[] = search('Kherson').items[0]?.highlights[0]?.ranges ?? [];
 * for (const [start, end] of ranges) console.log(start, end);
 * ```
 */
export type Range = readonly [number, number];

/**
 * About `length` characters of a long text around its first marked range, cut between words and
 * marked with ellipses where it is cut, with the ranges inside moved to match: the passage a
 * result shows under its title. A text of `length` or fewer characters comes back whole.
 * @example
 * ```ts
 * import { excerpt, search } from '@null-and-void/statements';
 * const highlight = search('Zaporizhzhia').items[0]?.highlights[0];
 * if (highlight) console.log(excerpt(highlight, 120).text);
 * ```
 */
export function excerpt(
  passage: { readonly text: string; readonly ranges: readonly Range[] },
  length = 180,
): { text: string; ranges: Range[] } {
  checkObject('passage of excerpt(passage, length)', passage, '{ text, ranges: [[0, 4]] }');
  const { text, ranges: given } = (passage ?? {}) as Partial<typeof passage>;
  if (typeof text !== 'string') {
    throw new InvalidArgumentError('text of excerpt(passage, length)', 'a string', text);
  }
  const ranges = given ?? null;
  checkList('ranges of excerpt(passage, length)', ranges, 'a [start, end] pair', isRange);
  checkCount('length of excerpt(passage, length)', length);
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

function isRange(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isSafeInteger(value[0]) &&
    Number.isSafeInteger(value[1]) &&
    value[0] <= value[1]
  );
}
