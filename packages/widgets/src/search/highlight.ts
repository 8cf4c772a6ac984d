import type { Highlight } from '@null-and-void/statements/engine';
import { html, type TemplateResult } from 'lit';

type Range = readonly [number, number];

/** Text with its matched ranges in `<mark>`, as text pieces: the text is never parsed as HTML. */
export function marked(text: string, ranges: readonly Range[]): (string | TemplateResult)[] {
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/**
 * About `length` characters of a long text around its first match, cut between words and marked
 * with ellipses, with the ranges that fall inside moved to match.
 */
export function excerpt(
  { text, ranges }: Pick<Highlight, 'text' | 'ranges'>,
  length = 180,
): { text: string; ranges: Range[] } {
  if (text.length <= length) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${text.slice(start, end)}${after}`,
    ranges: ranges
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift]),
  };
}
