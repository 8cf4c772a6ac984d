/**
 * One quote of a statement: the words, the speaker, the statement they come from and its
 * source, and the snippets that embed the quote alone.
 */
import type { Statement } from '@null-and-void/statements';
import { actorLink, actorName, actorSchemaType, issuersOf, paths, shorten } from '../components.js';
import { quoteTitle as quoteTitleIn } from '../embeds.js';
import { formatDate } from '../format.js';
import { html } from '../html.js';
import { fill, type Lang, strings } from '../i18n/index.js';
import { link, localPath, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { quoteWords } from '../quote-words.js';
import { record } from '../record.js';
import { absolute } from '../site.js';
import { embedContext, embedPanel } from './embed-panel.js';
import { breadcrumbs } from './parts.js';

/** What a quote's page, frame and oEmbed answer are called: the speaker and the words' start. */
export function quoteTitle(lang: Lang, statement: Statement, index: number): string {
  return quoteTitleIn(embedContext(lang), statement, index);
}

/** Links to the quotes before and after this one, or back to the statement. */
function quotePager(lang: Lang, statement: Statement, index: number) {
  const t = strings(lang);
  const to = (i: number) => link(lang, paths.quote(statement.id, i + 1));
  const previous = index > 0 ? index - 1 : undefined;
  const next = index + 1 < statement.quotes.length ? index + 1 : undefined;
  return html`<nav class="pager" aria-label="${t.quotePrevious} / ${t.quoteNext}">
  ${previous === undefined ? html`<a href="${link(lang, paths.statement(statement.id))}"><span class="pager__label">← ${t.quoteBack}</span> <span class="pager__title">${statement.title[lang]}</span></a>` : html`<a rel="prev" href="${to(previous)}"><span class="pager__label">← ${t.quotePrevious}</span> <span class="pager__title">${quoteTitle(lang, statement, previous)}</span></a>`}
  ${next === undefined ? '' : html`<a rel="next" href="${to(next)}"><span class="pager__label">${t.quoteNext} →</span> <span class="pager__title">${quoteTitle(lang, statement, next)}</span></a>`}
</nav>`;
}

export function quotePage(lang: Lang, statement: Statement, index: number): Page {
  const t = strings(lang);
  const quote = statement.quotes[index]!;
  const n = index + 1;
  const path = paths.quote(statement.id, n);
  const title = quoteTitle(lang, statement, index);
  const canonical = absolute(localPath(lang, path));
  const source = statement.source;
  const speaker = record.actor(quote.speaker);
  const date = html`<time datetime="${statement.date}">${formatDate(lang, statement.date)}</time>`;

  // The widgets' `quote` counts from 0 and defaults to the first, as the builder writes it.
  const embed = embedPanel(lang, t.embedThisQuote, 'quote', {
    statement: statement.id,
    ...(index ? { quote: String(index) } : {}),
  });

  return {
    path,
    lang,
    title,
    description: `${actorName(lang, quote.speaker)}, ${formatDate(lang, statement.date)}: ${shorten(quote.text, 150)} (${statement.title[lang]})`,
    ogType: 'article',
    scripts: ['site'],
    head: oembedLink(lang, path, title),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        '@id': canonical,
        url: canonical,
        text: quote.text,
        inLanguage: quote.language,
        creator: { '@type': actorSchemaType(speaker), name: speaker.name[lang] },
        isPartOf: {
          '@type': 'CreativeWork',
          name: statement.title[lang],
          url: absolute(localPath(lang, paths.statement(statement.id))),
        },
      },
      breadcrumbs(lang, [
        [t.navStatements, '/statements/'],
        [statement.title[lang], paths.statement(statement.id)],
        [fill(t.quoteKicker, { n, total: statement.quotes.length }), path],
      ]),
    ],
    body: html`<article class="statement quote-page">
  <header class="statement__header">
    <p class="kicker">${fill(t.quoteKicker, { n, total: statement.quotes.length })}</p>
    <h1>${speaker.name[lang]}</h1>
  </header>
  <div class="statement__main">
    <figure class="quote quote--page">
      ${quoteWords(lang, quote, statement)}
      <figcaption>— ${actorLink(lang, quote.speaker)}${quote.context ? html`, ${quote.context[lang]}` : ''}, ${date} <span class="badge badge--${quote.stance}">${t.stance[quote.stance]}</span></figcaption>
    </figure>
    <dl class="facts">
      <div><dt>${t.quoteFrom}</dt><dd><a href="${link(lang, paths.statement(statement.id))}">${statement.title[lang]}</a></dd></div>
      <div><dt>${t.issuedBy}</dt><dd>${issuersOf(lang, statement)}, ${date}</dd></div>
      <div><dt>${t.source}</dt><dd>${actorLink(lang, source.publisher)}${source.url ? html`: <a class="source-url" href="${source.url}" rel="noopener noreferrer">${source.url}</a>` : ''}</dd></div>
    </dl>
    ${embed}
  </div>
  ${quotePager(lang, statement, index)}
</article>`,
  };
}
