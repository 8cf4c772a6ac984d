/** Small parts of pages: breadcrumbs data, copyable blocks, page headings. */
import { type Html, html } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import { shareImagePath } from '../images/paths.js';
import { localPath, type Page } from '../layout.js';
import { absolute, href } from '../site.js';

/** schema.org BreadcrumbList from the home page down to this page. */
export function breadcrumbs(lang: Lang, trail: readonly [name: string, path: string][]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [[strings(lang).navHome, '/'] as const, ...trail].map(([name, path], i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      item: absolute(localPath(lang, path)),
    })),
  };
}

/** A page one step below the home page that needs only the site's script: an index or about page. */
export function sitePage(
  page: Pick<Page, 'path' | 'lang' | 'title' | 'description' | 'section' | 'body'>,
): Page {
  return {
    ...page,
    scripts: ['site'],
    jsonLd: [breadcrumbs(page.lang, [[page.title, page.path]])],
  };
}

/**
 * A labelled block of text with a copy button. The button is hidden until the page script
 * can copy; the status line announces the result to screen readers. A hint, when given, stands
 * between the label and the text.
 */
export function copyBlock(
  lang: Lang,
  id: string,
  label: string,
  text: string,
  style: 'text' | 'code',
  hint?: string,
): Html {
  const t = strings(lang);
  return html`<div class="copy-block">
  <div class="copy-block__head">
    <h3 id="${id}-label">${label}</h3>
    <button type="button" class="button button--small" data-copy="${id}" data-copied="${t.copied}" data-failed="${t.copyFailed}" aria-describedby="${id}-label" hidden>${t.copy}</button>
    <span class="copy-block__status" role="status" data-status-for="${id}"></span>
  </div>${hint ? html`\n  <p class="hint">${hint}</p>` : ''}
  ${
    style === 'code'
      ? html`<pre class="copy-block__text" tabindex="0" aria-labelledby="${id}-label"><code id="${id}">${text}</code></pre>`
      : html`<p class="copy-block__text copy-block__text--prose" id="${id}">${text}</p>`
  }
</div>`;
}

/** One row of a `<dl class="facts">`, left out when there is nothing to say. */
export function definition(term: string, value: Html | string | false | undefined): Html | '' {
  return value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : '';
}

export function pageHeader(title: string, lede?: Html | string, kicker?: Html | string): Html {
  return html`<header class="page-header">
  ${kicker ? html`<p class="kicker">${kicker}</p>` : ''}
  <h1>${title}</h1>
  ${lede ? html`<p class="lede">${lede}</p>` : ''}
</header>`;
}

/**
 * The page's share image as a download, for newsletters and print: a preview and a link that
 * saves it as `null-and-void-<name>-<lang>.png`.
 */
export function imageDownload(lang: Lang, pagePath: string, heading: string, name: string): Html {
  const t = strings(lang);
  const src = href(shareImagePath(lang, pagePath));
  return html`<div class="share-image">
  <h3>${heading}</h3>
  <p class="hint">${t.imageIntro}</p>
  <img src="${src}" width="1200" height="630" alt="" loading="lazy" decoding="async">
  <p><a href="${src}" download="null-and-void-${name}-${lang}.png">${t.imageDownload}</a> <span class="hint">(${t.imageFormat})</span></p>
</div>`;
}
