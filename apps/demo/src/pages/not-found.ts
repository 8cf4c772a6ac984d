import { html } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { pageHeader } from './parts.js';

export function notFoundPage(lang: Lang): Page {
  const t = strings(lang);
  return {
    path: '/404.html',
    lang,
    title: t.notFoundTitle,
    description: t.notFoundText,
    body: html`${pageHeader(t.notFoundTitle, t.notFoundText)}
<p class="actions"><a class="button" href="${link(lang, '/statements/')}">${t.homeBrowse}</a> <a href="${link(lang, '/')}">${t.navHome}</a></p>`,
  };
}
