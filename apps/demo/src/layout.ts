/** The shell every page shares: head metadata, header with navigation and language switch, footer. */
import { dataAsOfLine } from './data-as-of-line.js';
import { Html, html, jsonScript } from './html.js';
import { LANGS, type Lang, strings } from './i18n/index.js';
import { readerPagesText } from './i18n/reader-pages.js';
import { paths } from './paths.js';
import { absolute, href, SITE_NAME } from './site.js';
import type { Widget } from './snippets.js';

/** Client entries a page can load (keys of the Vite build's inputs). */
export type ClientEntry = 'site' | 'statements' | 'builder' | 'frame';

export interface Page {
  /** The path without the language prefix, e.g. `/statements/nato-2022-09-22/`. */
  path: string;
  lang: Lang;
  title: string;
  description: string;
  body: Html;
  /** schema.org objects for `application/ld+json`. */
  jsonLd?: readonly object[];
  scripts?: readonly ClientEntry[];
  ogType?: 'website' | 'article';
  head?: Html;
  /** Embed frames: the widget alone, no header or footer, not indexed. */
  bare?: boolean;
  /** Widget bundles the page uses (`/widgets/<name>.js`). */
  widgets?: readonly Widget[];
  /** Which navigation item is current. */
  section?: 'home' | 'statements' | 'events' | 'countries' | 'embed' | 'data';
  /** The page's share image (a site path, see images/paths.ts) and what it shows. */
  image?: { path: string; alt: string };
}

/** Asset URLs resolved from the Vite manifest. */
export interface Assets {
  css: readonly string[];
  scripts: Record<ClientEntry, { file: string; preload: readonly string[] }>;
}

/** The path of a page in a language: English at the root, Ukrainian under `/uk/`. */
export function localPath(lang: Lang, path: string): string {
  return lang === 'en' ? path : `/uk${path}`;
}

/** A link target inside the site, in a language. */
export function link(lang: Lang, path: string): string {
  return href(localPath(lang, path));
}

const OG_LOCALES: Record<Lang, string> = { en: 'en_GB', uk: 'uk_UA' };

/**
 * A page's Open Graph and Twitter tags, one a line; a tag without content is left out. A share
 * image is 1200×630 and shown large.
 */
function socialMeta(page: Page, canonical: string): Html {
  const other: Lang = page.lang === 'en' ? 'uk' : 'en';
  const image = page.image && { ...page.image, url: absolute(page.image.path) };
  const tags: [key: string, content: string | undefined][] = [
    ['og:site_name', SITE_NAME],
    ['og:type', page.ogType ?? 'website'],
    ['og:title', page.title],
    ['og:description', page.description],
    ['og:url', canonical],
    ['og:locale', OG_LOCALES[page.lang]],
    ['og:locale:alternate', OG_LOCALES[other]],
    ['og:image', image?.url],
    ['og:image:type', image && 'image/png'],
    ['og:image:width', image && '1200'],
    ['og:image:height', image && '630'],
    ['og:image:alt', image?.alt],
    ['twitter:card', image ? 'summary_large_image' : 'summary'],
    ['twitter:image', image?.url],
    ['twitter:image:alt', image?.alt],
  ];
  return html`${tags.map(([key, content]) =>
    content === undefined
      ? ''
      : html`<meta ${key.startsWith('og:') ? 'property' : 'name'}="${key}" content="${content}">\n`,
  )}`;
}

export function renderPage(page: Page, assets: Assets): string {
  const t = strings(page.lang);
  const p = readerPagesText(page.lang);
  const other: Lang = page.lang === 'en' ? 'uk' : 'en';
  const canonical = absolute(localPath(page.lang, page.path));
  const title = page.path === '/' || page.bare ? page.title : `${page.title} · ${SITE_NAME}`;
  const scripts = page.scripts ?? [];
  const nav = [
    { key: 'home', path: '/', label: t.navHome },
    { key: 'statements', path: '/statements/', label: t.navStatements },
    { key: 'events', path: paths.indexes.events, label: p.navEvents },
    { key: 'countries', path: '/countries/', label: t.navCountries },
    { key: 'data', path: '/data/', label: t.navData },
  ] as const;
  // The rest of the site behind one disclosure, so that the bar stays one short row on a phone.
  const more = [
    // On a phone, Data moves from the bar into this list (see site-nav__wide in the stylesheet).
    { path: '/data/', label: t.navData, narrowOnly: true },
    { path: paths.indexes.actors, label: p.actorsTitle },
    { path: paths.indexes.instruments, label: p.navInstruments },
    { path: paths.indexes.regions, label: p.navRegions },
    { path: '/embed-builder/', label: t.navEmbed },
    { path: paths.about, label: p.navAbout },
    { path: paths.method, label: p.navMethod },
    { path: paths.corrections, label: t.correctionsTitle },
    { path: paths.contact, label: p.navContact },
  ];
  const current = (path: string) => (page.path === path ? html` aria-current="page"` : '');
  const footerLink = (path: string, label: string) =>
    html`<a href="${link(page.lang, path)}">${label}</a>`;

  const head = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${canonical}">
${LANGS.map((lang) => html`<link rel="alternate" hreflang="${lang}" href="${absolute(localPath(lang, page.path))}">\n`)}<link rel="alternate" hreflang="x-default" href="${absolute(page.path)}">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#f8f6f1" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#141517" media="(prefers-color-scheme: dark)">
${socialMeta(page, canonical)}${page.bare ? html`<meta name="robots" content="noindex">\n` : ''}<link rel="icon" href="${href('/favicon.ico')}" sizes="32x32">
<link rel="icon" href="${href('/favicon.svg')}" type="image/svg+xml">
<link rel="apple-touch-icon" href="${href('/apple-touch-icon.png')}">
<link rel="alternate" type="application/feed+json" title="${t.feedTitle}" href="${link(page.lang, '/feed.json')}">
<link rel="alternate" type="application/rss+xml" title="${t.feedTitle}" href="${link(page.lang, '/feed.xml')}">
${assets.css.map((file) => html`<link rel="stylesheet" href="${href(file)}">\n`)}${scripts.map(
  (entry) =>
    html`<script type="module" src="${href(assets.scripts[entry].file)}"></script>\n${assets.scripts[
      entry
    ].preload.map((file) => html`<link rel="modulepreload" href="${href(file)}">\n`)}`,
)}${(page.widgets ?? []).map(
  (widget) => html`<script type="module" src="${href(`/widgets/${widget}.js`)}"></script>\n`,
)}${page.head ?? ''}${(page.jsonLd ?? []).map(
  (data) => html`<script type="application/ld+json">${jsonScript(data)}</script>\n`,
)}`;

  if (page.bare) {
    return `<!doctype html>\n${html`<html lang="${page.lang}" class="frame">
<head>
${head}</head>
<body>
${page.body}
</body>
</html>
`}`;
  }

  return `<!doctype html>\n${html`<html lang="${page.lang}">
<head>
${head}</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
  <div class="wrap site-header__inner">
    <a class="brand" href="${link(page.lang, '/')}"${page.section === 'home' ? html` aria-current="page"` : ''}><span class="brand__mark" aria-hidden="true">∅</span> ${SITE_NAME}</a>
    <nav class="site-nav" aria-label="${t.navMain}">
      <ul>
        ${nav
          .filter((item) => item.key !== 'home')
          .map(
            (item) =>
              html`<li${item.key === 'data' ? html` class="site-nav__wide"` : ''}><a href="${link(page.lang, item.path)}"${page.section === item.key ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
          )}
        <li class="site-nav__more"><details><summary>${p.navMore}</summary><ul>${more.map((item) => html`<li${'narrowOnly' in item ? html` class="site-nav__narrow"` : ''}><a href="${link(page.lang, item.path)}"${current(item.path)}>${item.label}</a></li>`)}</ul></details></li>
      </ul>
    </nav>
    <a class="lang-switch" href="${link(other, page.path)}" hreflang="${other}" lang="${other}">${t.languageSwitch}</a>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${page.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t.footerAbout}</p>
    <p>${t.footerLicence} · ${t.footerNoTracking}</p>
    <p>${dataAsOfLine(page.lang)}</p>
    <div class="footer-nav"><p>${p.footerIndexes}: ${footerLink('/statements/', t.navStatements)} · ${footerLink(paths.indexes.events, p.eventsTitle)} · ${footerLink(paths.indexes.actors, p.actorsTitle)} · ${footerLink(paths.indexes.instruments, p.navInstruments)} · ${footerLink(paths.indexes.regions, p.navRegions)} · ${footerLink('/countries/', t.navCountries)}</p>
    <p>${p.footerProject}: ${footerLink(paths.about, p.navAbout)} · ${footerLink(paths.method, p.navMethod)} · ${footerLink(paths.corrections, t.correctionsTitle)} · ${footerLink(paths.contact, p.navContact)} · ${footerLink('/data/', t.navData)} · ${footerLink('/feed.xml', 'RSS')} · ${footerLink('/feed.json', 'JSON Feed')} · <a href="${href('/docs/api/')}" hreflang="en">${t.footerApi}</a> · ${footerLink('/docs/elements/', t.footerElements)}</p></div>
  </div>
</footer>
</body>
</html>
`}`;
}

export { Html };
