/**
 * One quote of a statement: the words, the speaker, the statement they come from and its
 * source, and the snippets that embed the quote alone.
 */
import type { Statement } from '@null-and-void/statements';
import { actorLink, actorName, actorSchemaType, issuersOf, paths, shorten } from '../components.js';
import { formatDate } from '../format.js';
import { html } from '../html.js';
import { fill, type Lang, strings } from '../i18n/index.js';
import { link, localPath, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { record } from '../record.js';
import { absolute, href, SITE_NAME } from '../site.js';
import { type Fallback, iframeSnippet, scriptSnippet } from '../snippets.js';
import { bundleIntegrity, hasBundle } from '../widget-bundles.js';
import { breadcrumbs, copyBlock } from './parts.js';
import { fallbackMarkup, stableFrameId } from './statement.js';

/** What a quote's page, frame and oEmbed answer are called: the speaker and the words' start. */
export function quoteTitle(lang: Lang, statement: Statement, index: number): string {
  const quote = statement.quotes[index]!;
  return fill(strings(lang).quoteTitle, {
    speaker: actorName(lang, quote.speaker),
    text: shorten(quote.text, 90),
  });
}

/** The quote with its attribution, for readers of a pasted snippet without JavaScript. */
export function quoteFallback(lang: Lang, statement: Statement, index: number): Fallback {
  const quote = statement.quotes[index]!;
  return {
    text: quote.text,
    attribution: `${actorName(lang, quote.speaker)}, ${formatDate(lang, statement.date)}`,
    url: absolute(localPath(lang, paths.quote(statement.id, index + 1))),
    linkText: SITE_NAME,
  };
}

export function quoteSnippets(lang: Lang, statement: Statement, index: number) {
  const siteUrl = absolute('/');
  // The widgets' `quote` counts from 0 and defaults to the first, as the builder writes it.
  const attributes = { statement: statement.id, quote: index ? String(index) : '', lang };
  const integrity = bundleIntegrity('quote');
  return {
    script: scriptSnippet({
      widget: 'quote',
      attributes,
      siteUrl,
      ...(integrity ? { integrity } : {}),
      fallback: quoteFallback(lang, statement, index),
    }),
    iframe: iframeSnippet({
      widget: 'quote',
      attributes,
      siteUrl,
      langPrefix: lang === 'en' ? '' : 'uk/',
      frameId: stableFrameId(paths.quote(statement.id, index + 1)),
      title: quoteTitle(lang, statement, index),
      height: 300,
    }),
  };
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
  const snippets = quoteSnippets(lang, statement, index);
  const source = statement.source;
  const speaker = record.actor(quote.speaker);
  const date = html`<time datetime="${statement.date}">${formatDate(lang, statement.date)}</time>`;

  const embed = html`<section aria-labelledby="embed">
  <h2 id="embed">${t.embedThisQuote}</h2>
  <p>${t.embedIntro}</p>
  ${
    hasBundle('quote')
      ? html`<h3>${t.builderPreview}</h3>
  <div class="embed-preview"><nv-quote statement="${statement.id}" quote="${index}" lang="${lang}" theme="auto" data-widget-src="${href('/widgets/quote.js')}">${fallbackMarkup(quoteFallback(lang, statement, index))}</nv-quote></div>`
      : ''
  }
  ${copyBlock(lang, 'embed-script', t.embedScript, snippets.script, 'code')}
  ${copyBlock(lang, 'embed-iframe', t.embedIframe, snippets.iframe, 'code')}
  <p><a href="${link(lang, `/embed-builder/?widget=quote&statement=${statement.id}${index ? `&quote=${index}` : ''}`)}">${t.embedMore}</a></p>
</section>`;

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
      <blockquote lang="${quote.language}"><p>${quote.text}</p></blockquote>
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
