import type { Statement } from '@null-and-void/statements/engine';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Records } from '../data/records.js';
import type { Lang, Strings } from '../i18n/index.js';
import { own } from './own.js';
import { dateTime, externalLink, issuerLine } from './render-helpers.js';

/**
 * One statement as a line of a list or of search results: kind and date, the title linking to
 * the source, the issuers, and whatever the caller adds (a search's matching excerpt).
 */
export function statementItem(
  s: Statement,
  view: { lang: Lang; t: Strings; records: Records },
  title: string | TemplateResult = s.title[view.lang],
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<p part="meta" class="meta">
      <span>${own(view.t.kinds, s.kind) ?? s.kind}</span><span>${dateTime(view.lang, s.date)}</span>
    </p>
    <p part="title" class="title">${externalLink(s.source.url, title)}</p>
    <p part="issuer" class="issuer">${issuerLine(view.records, s, view.lang)}</p>
    ${extra}`;
}

/** Styles of `statementItem` lists, and of the "show more" button and status line around them. */
export const statementItemStyles = css`
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.2em;
    padding: 0.75em 0;
    border-top: 1px solid var(--_border);
    cursor: pointer;
  }
  .item:first-child {
    border-top: 0;
  }
  .meta {
    font-size: 0.78em;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .meta span + span::before {
    content: ' · ';
  }
  .title {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title a {
    color: var(--_text);
    text-decoration-color: var(--_accent);
  }
  .title a:hover {
    color: var(--_accent);
  }
  .issuer {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .status {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .more {
    justify-self: start;
    font: inherit;
    font-size: 0.9em;
    min-height: 2.75em;
    padding: 0.4em 1.1em;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .more:hover {
    border-color: var(--_accent);
  }
  .empty {
    display: grid;
    gap: 0.4em;
    padding: 0.9em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty strong {
    font-weight: 600;
  }
`;
