import type { Range } from '@null-and-void/statements/engine';
import { html, type TemplateResult } from 'lit';

/** The passage of a long text around its first match, cut between words: the engine's. */
export { excerpt } from '@null-and-void/statements/engine';

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
