import type { Statement } from '@null-and-void/statements/engine';
import { html, nothing, type TemplateResult } from 'lit';
import type { Records } from '../data/records.js';
import type { AllStrings, Lang } from '../i18n/index.js';
import { statementKinds } from '../i18n/kind-labels.js';
import { own } from './own.js';
import { dateTime, externalLink, issuerLine } from './render-helpers.js';

/**
 * One statement as a line of a list or of search results: kind and date, the title linking to
 * the source, the issuers, and whatever the caller adds (a search's matching excerpt).
 */
export function statementItem(
  s: Statement,
  view: { lang: Lang; t: AllStrings; records: Records },
  title: string | TemplateResult = s.title[view.lang],
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<p part="meta" class="meta">
      <span>${own(statementKinds[view.lang], s.kind) ?? s.kind}</span><span>${dateTime(view.lang, s.date)}</span>
    </p>
    <p part="title" class="title">${externalLink(s.source.url, title)}</p>
    <p part="issuer" class="issuer">${issuerLine(view.records, s, view.lang)}</p>
    ${extra}`;
}
