/** The corrections page: every correction of every published record, newest first. */
import type { CorrectionEntry } from '@null-and-void/statements';
import { correctionItem } from '../components.js';
import { html } from '../html.js';
import { type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { paths } from '../paths.js';
import { record } from '../record.js';
import { breadcrumbs, pageHeader } from './parts.js';

/** The corrections grouped by the record they correct, records in order of their newest entry. */
function byRecord(entries: readonly CorrectionEntry[]): [string, CorrectionEntry[]][] {
  const groups = new Map<string, CorrectionEntry[]>();
  for (const entry of entries)
    groups.set(entry.statement, [...(groups.get(entry.statement) ?? []), entry]);
  return [...groups];
}

export function correctionsPage(lang: Lang): Page {
  const t = strings(lang);
  const entries = record.corrections;
  return {
    path: paths.corrections,
    lang,
    title: t.correctionsTitle,
    description: t.correctionsDescription,
    section: 'data',
    scripts: ['site'],
    head: html`<link rel="alternate" type="application/atom+xml" href="${link(lang, '/corrections.xml')}" title="${t.correctionsFeed}">
`,
    jsonLd: [breadcrumbs(lang, [[t.correctionsTitle, paths.corrections]])],
    body: html`${pageHeader(t.correctionsTitle, t.correctionsIntro)}
<p>${plural(lang, t.correctionsCount, entries.length)} · <a href="${link(lang, '/corrections.xml')}">${t.correctionsFeed}</a></p>
${byRecord(entries).map(([id, list]) => {
  const statement = record.get(id);
  return html`<section class="corrections-group" aria-labelledby="c-${id}">
  <h2 id="c-${id}"><a href="${link(lang, paths.statement(id))}">${statement.title[lang]}</a></h2>
  <ol class="corrections">${[...list].reverse().map((entry) => correctionItem(lang, entry))}</ol>
</section>`;
})}`,
  };
}
