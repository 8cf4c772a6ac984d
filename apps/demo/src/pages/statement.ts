/** One statement: its text, quotes, metadata, source, citations, embed snippets, neighbours. */
import { onlyCopies, readInFull, type Statement } from '@null-and-void/statements';
import { citeSection } from '../citations.js';
import {
  actorLink,
  actorName,
  actorSchemaType,
  callName,
  correctionItem,
  eventLink,
  excerptNote,
  instrumentLink,
  issuersOf,
  linkList,
  list,
  paths,
  regionLink,
  sourceAddress,
  statementList,
  themeLink,
} from '../components.js';
import { formatDate, languageName } from '../format.js';
import { html } from '../html.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { quoteWords } from '../quote-words.js';
import { record } from '../record.js';
import { quotations, scholarMeta } from '../scholar-meta.js';
import { absolute, SITE_NAME } from '../site.js';
import { embedPanel, pageSnippets } from './embed-panel.js';
import { breadcrumbs, definition, imageDownload } from './parts.js';

export function statementSnippets(lang: Lang, statement: Statement) {
  return pageSnippets(lang, 'statement', { statement: statement.id });
}

export function statementPage(lang: Lang, statement: Statement): Page {
  const t = strings(lang);
  const { previous, next } = record.neighbours(statement.id);
  const related = record.related(statement.id, 4);
  const source = statement.source;
  const corrections = record.correctionsOf(statement.id);
  const beforeVote = statement.beforeVote ?? [];
  const originalLang = statement.language;

  const quotes = statement.quotes.length
    ? html`<section aria-labelledby="quotes">
  <h2 id="quotes">${t.quotes}</h2>
  ${statement.quotes.map(
    (quote, index) => html`<figure class="quote" id="quote-${index + 1}">
    ${quoteWords(lang, quote, statement)}
    <figcaption>— ${actorLink(lang, quote.speaker)}${quote.context ? html`, ${quote.context[lang]}` : ''} <span class="badge badge--${quote.stance}">${t.stance[quote.stance]}</span> · <a href="${link(lang, paths.quote(statement.id, index + 1))}">${t.quoteLink}<span class="visually-hidden"> (${fill(t.quoteKicker, { n: index + 1, total: statement.quotes.length })})</span></a></figcaption>
  </figure>`,
  )}
</section>`
    : '';

  const body = statement.body
    ? html`<section aria-labelledby="full-text">
  <h2 id="full-text">${t.fullText}</h2>
  <p class="hint">${t.fullTextNote} ${t.originalLanguage}: ${languageName(lang, originalLang)}.</p>
  <div class="full-text" lang="${originalLang}">${statement.body.map((p) => html`<p>${p}</p>`)}</div>
</section>`
    : '';

  const signatories = statement.signatories
    ? list(lang, [
        ...statement.signatories.actors.map((id) => actorLink(lang, id)),
        ...(statement.signatories.unnamed
          ? [html`${statement.signatories.unnamed.label[lang]}`]
          : []),
      ])
    : undefined;

  const metadata = html`<dl class="facts">
  ${definition(t.date, html`<time datetime="${statement.date}">${formatDate(lang, statement.date)}</time>${statement.dateBasis === 'inferred' ? html` <span class="hint">(${t.dateInferred})</span>` : ''}`)}
  ${definition(t.updated, statement.updated && html`<time datetime="${statement.updated}">${formatDate(lang, statement.updated)}</time>${corrections.length ? html` · <a href="#corrections">${plural(lang, t.correctionsCount, corrections.length)}</a>` : ''}`)}
  ${definition(t.kind, t.statementKinds[statement.kind])}
  ${definition(t.issuedBy, issuersOf(lang, statement))}
  ${definition(t.signedBy, signatories)}
  ${definition(t.events, linkList(lang, statement.events, eventLink))}
  ${definition(
    t.beforeVote,
    beforeVote.length > 0 &&
      html`${linkList(lang, beforeVote, eventLink)}<br><span class="hint">${t.beforeVoteNote}</span>`,
  )}
  ${definition(t.regions, linkList(lang, statement.regions, regionLink))}
  ${definition(t.themes, statement.themes.length > 0 && html`<ul class="tags">${statement.themes.map((id) => html`<li>${themeLink(lang, id)}</li>`)}</ul>`)}
  ${definition(t.legalRefs, linkList(lang, statement.legalRefs, instrumentLink))}
  ${definition(t.originalLanguage, languageName(lang, originalLang))}
  ${definition(t.recordId, html`<code>${statement.id}</code>`)}
</dl>`;

  const calls = statement.callsToAction.length
    ? html`<section aria-labelledby="calls">
  <h2 id="calls">${t.callsToAction}</h2>
  <ul class="calls">${statement.callsToAction.map(
    (call) =>
      html`<li><a href="${link(lang, paths.filtered('callToAction', call.id))}">${callName(lang, call.id)}</a>${call.detail ? html`: ${call.detail[lang]}` : ''}</li>`,
  )}</ul>
</section>`
    : '';

  const sourceSection = html`<section aria-labelledby="source">
  <h2 id="source">${t.source}</h2>
  <dl class="facts">
    ${definition(t.sourcePublisher, actorLink(lang, source.publisher))}
    ${definition(t.sourceLink, source.url && source.kind && sourceAddress(lang, { url: source.url, kind: source.kind }))}
    ${definition(t.sourceAlsoAt, source.alsoAt && html`<ul>${source.alsoAt.map((address) => html`<li>${sourceAddress(lang, address)}</li>`)}</ul>`)}
    ${definition(t.sourceReference, source.reference)}
    ${definition(t.sourceArchived, source.archivedUrl && html`<a class="source-url" href="${source.archivedUrl}" rel="noopener noreferrer">${source.archivedUrl}</a>`)}
    ${definition(t.sourceRetrieved, source.retrieved && formatDate(lang, source.retrieved))}
    ${definition(t.readLabel, readInFull(source) ? t.fullReadNote : t.excerptNote)}
  </dl>
  ${onlyCopies(source) ? html`<p class="only-copies-note">${t.onlyCopiesNote}</p>` : ''}
  ${
    statement.dateNote || statement.notes
      ? html`<h3>${t.notes}</h3>
  <ul class="notes">${statement.dateNote ? html`<li>${statement.dateNote[lang]}</li>` : ''}${(statement.notes ?? []).map((note) => html`<li>${note[lang]}</li>`)}</ul>`
      : ''
  }
</section>`;

  const correctionsSection = corrections.length
    ? html`<section aria-labelledby="corrections">
  <h2 id="corrections">${t.corrections}</h2>
  <p class="hint">${t.correctionsOfRecord} <a href="${link(lang, paths.corrections)}">${t.correctionsLink}</a></p>
  <ol class="corrections">${corrections.map((entry) => correctionItem(lang, entry))}</ol>
</section>`
    : '';

  const cite = citeSection(lang, statement);

  const embed = embedPanel(
    lang,
    t.embedThis,
    'statement',
    { statement: statement.id },
    imageDownload(lang, paths.statement(statement.id), t.cardImage, statement.id),
  );

  const neighbours = html`<nav class="pager" aria-label="${t.previous} / ${t.next}">
  ${previous ? html`<a rel="prev" href="${link(lang, paths.statement(previous.id))}"><span class="pager__label">← ${t.previous}</span> <span class="pager__title">${previous.title[lang]}</span></a>` : html`<span></span>`}
  ${next ? html`<a rel="next" href="${link(lang, paths.statement(next.id))}"><span class="pager__label">${t.next} →</span> <span class="pager__title">${next.title[lang]}</span></a>` : ''}
</nav>`;

  const canonical = absolute(`${lang === 'en' ? '' : '/uk'}${paths.statement(statement.id)}`);
  return {
    path: paths.statement(statement.id),
    lang,
    title: statement.title[lang],
    description: `${formatDate(lang, statement.date)}. ${statement.summary[lang].slice(0, 150).replace(/\s+\S*$/, '')}…`,
    ogType: 'article',
    scripts: ['site'],
    head: html`${oembedLink(lang, paths.statement(statement.id), statement.title[lang])}<meta property="article:published_time" content="${statement.date}">
${scholarMeta(lang, statement)}`,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'CreativeWork',
        '@id': canonical,
        url: canonical,
        name: statement.title[lang],
        ...(statement.originalTitle ? { alternateName: statement.originalTitle } : {}),
        abstract: statement.summary[lang],
        dateCreated: statement.date,
        ...(statement.updated ? { dateModified: statement.updated } : {}),
        inLanguage: statement.language,
        author: statement.issuers.map((id) => {
          const actor = record.actor(id);
          return { '@type': actorSchemaType(actor), name: actor.name[lang] };
        }),
        publisher: { '@type': 'Organization', name: actorName(lang, source.publisher) },
        ...(source.url ? { sameAs: source.url, isBasedOn: source.url } : {}),
        keywords: statement.themes.join(', '),
        citation: statement.legalRefs.map((id) => instrumentLinkText(lang, id)),
        isAccessibleForFree: true,
        license: 'https://creativecommons.org/licenses/by/4.0/',
        isPartOf: { '@type': 'Dataset', name: SITE_NAME, url: absolute('/data/') },
        hasPart: statement.quotes.map((_, index) => ({ '@id': `${canonical}#quote-${index + 1}` })),
      },
      ...quotations(lang, statement, canonical),
      breadcrumbs(lang, [
        [t.navStatements, '/statements/'],
        [statement.title[lang], paths.statement(statement.id)],
      ]),
    ],
    body: html`<article class="statement">
  <header class="statement__header">
    <p class="meta"><span>${t.statementKinds[statement.kind]}</span> · <time datetime="${statement.date}">${formatDate(lang, statement.date)}</time>${statement.updated ? html` · <span>${t.updated} <time datetime="${statement.updated}">${formatDate(lang, statement.updated)}</time></span>` : ''}</p>
    <h1>${statement.title[lang]}</h1>
    ${statement.originalTitle ? html`<p class="original-title"><span class="hint">${t.originalTitle}:</span> <span lang="${originalLang}">${statement.originalTitle}</span></p>` : ''}
    <p class="byline">${issuersOf(lang, statement)}</p>
  </header>
  <div class="statement__layout">
    <div class="statement__main">
      ${excerptNote(lang, statement)}
      <section aria-labelledby="summary">
        <h2 id="summary">${t.summary}</h2>
        <p class="lede">${statement.summary[lang]}</p>
      </section>
      ${quotes}
      ${calls}
      ${body}
      ${sourceSection}
      ${correctionsSection}
      ${cite}
      ${embed}
    </div>
    <aside class="statement__aside" aria-label="${t.aboutRecord}">
      ${metadata}
    </aside>
  </div>
  ${neighbours}
  ${related.length ? html`<section class="related" aria-labelledby="related"><h2 id="related">${t.related}</h2>${statementList(lang, related)}</section>` : ''}
</article>`,
  };
}

function instrumentLinkText(lang: Lang, id: string): string {
  const instrument = record.instrument(id);
  return instrument.symbol
    ? `${instrument.symbol}, ${instrument.title[lang]}`
    : instrument.title[lang];
}
