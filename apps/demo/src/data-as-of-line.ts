import { dataAsOf } from '@null-and-void/statements';
import { formatDate } from './format.js';
import { type Html, html } from './html.js';
import { fill, type Lang, strings } from './i18n/index.js';
import { record } from './record.js';

const asOf = dataAsOf(record);

/** "Data as of March 2026 (the latest date in the record)", from the data, never the build time. */
export function dataAsOfLine(lang: Lang): Html | '' {
  if (!asOf) return '';
  const t = strings(lang);
  return html`<time datetime="${asOf}" class="data-as-of">${fill(t.dataAsOf, { date: formatDate(lang, asOf) })}</time> <span class="hint">(${t.dataAsOfNote})</span>`;
}
