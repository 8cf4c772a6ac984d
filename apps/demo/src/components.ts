/** Pieces of markup shared by several pages: links to every kind of record, statement cards. */
import {
  type Actor,
  type Correction,
  readInFull,
  type SourceAddress,
  type Statement,
} from '@null-and-void/statements';
import { formatDate, shorten } from './format.js';
import { type Html, html } from './html.js';
import { type Lang, strings } from './i18n/index.js';
import { link } from './layout.js';
import { paths } from './paths.js';
import { record } from './record.js';

const regionsByCode = new Map(record.regions.map((r) => [r.code, r]));
const themesById = new Map(record.themes.map((t) => [t.id, t]));
const callsById = new Map(record.callsToAction.map((c) => [c.id, c]));

export { paths, shorten };

export function actorName(lang: Lang, id: string): string {
  return record.actor(id).name[lang];
}
export function eventName(lang: Lang, id: string): string {
  return record.event(id).name[lang];
}
export function regionName(lang: Lang, code: string): string {
  return regionsByCode.get(code)?.name[lang] ?? code;
}
export function themeName(lang: Lang, id: string): string {
  return themesById.get(id)?.name[lang] ?? id;
}
export function callName(lang: Lang, id: string): string {
  return callsById.get(id)?.name[lang] ?? id;
}
export function instrumentName(lang: Lang, id: string): string {
  const instrument = record.instrument(id);
  return instrument.symbol ?? instrument.title[lang];
}

export const actorLink = (lang: Lang, id: string) =>
  html`<a href="${link(lang, paths.actor(id))}">${actorName(lang, id)}</a>`;
export const eventLink = (lang: Lang, id: string) =>
  html`<a href="${link(lang, paths.event(id))}">${eventName(lang, id)}</a>`;
export const regionLink = (lang: Lang, code: string) =>
  html`<a href="${link(lang, paths.region(code))}">${regionName(lang, code)}</a>`;
export const instrumentLink = (lang: Lang, id: string) =>
  html`<a href="${link(lang, paths.instrument(id))}">${instrumentName(lang, id)}</a>`;
export const themeLink = (lang: Lang, id: string) =>
  html`<a href="${link(lang, paths.filtered('theme', id))}">${themeName(lang, id)}</a>`;

/** Items joined with commas, in the language's list style. */
export function list(lang: Lang, items: readonly Html[]): Html {
  const parts = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'uk-UA', {
    type: 'conjunction',
  }).formatToParts(items.map((_, i) => String(i)));
  return html`${parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value))}`;
}

/**
 * Links to records, joined in the language's list style; `false` when there are none, so that
 * a `definition` leaves its row out.
 */
export function linkList<T>(
  lang: Lang,
  items: readonly T[],
  toLink: (lang: Lang, item: T) => Html,
): Html | false {
  const links = items.map((item) => toLink(lang, item));
  return links.length > 0 && list(lang, links);
}

export function issuersOf(lang: Lang, statement: Statement): Html {
  return list(
    lang,
    statement.issuers.map((id) => actorLink(lang, id)),
  );
}

/** One correction: when, what changed, why, and which fields. */
export function correctionItem(lang: Lang, entry: Correction): Html {
  const t = strings(lang);
  return html`<li class="correction"><p><time datetime="${entry.date}">${formatDate(lang, entry.date)}</time>: ${entry.what[lang]}</p><p><span class="hint">${t.correctionWhy}:</span> ${entry.why[lang]}</p><p class="hint">${t.correctionFields}: ${entry.fields.map((f, i) => html`${i ? ', ' : ''}<code>${f}</code>`)}</p></li>`;
}

/** A source address as a link, with what kind of page it is beside it. */
export function sourceAddress(lang: Lang, address: Pick<SourceAddress, 'url' | 'kind'>): Html {
  return html`<a class="source-url" href="${address.url}" rel="noopener noreferrer">${address.url}</a> <span class="source-kind">(${strings(lang).sourceKinds[address.kind]})</span>`;
}

export function excerptNote(lang: Lang, statement: Statement): Html | '' {
  return !readInFull(statement.source)
    ? html`<p class="excerpt-note">${strings(lang).excerptNote}</p>`
    : '';
}

/** A statement as a list item: date, kind, title, issuers, the start of the summary. */
export function statementItem(lang: Lang, statement: Statement, headingLevel: 2 | 3 = 3): Html {
  const t = strings(lang);
  const title = html`<a href="${link(lang, paths.statement(statement.id))}">${statement.title[lang]}</a>`;
  return html`<li class="statement-item" data-id="${statement.id}">
  <article>
    <p class="meta"><time datetime="${statement.date}">${formatDate(lang, statement.date)}</time> · ${t.statementKinds[statement.kind]}</p>
    ${headingLevel === 2 ? html`<h2 class="statement-item__title">${title}</h2>` : html`<h3 class="statement-item__title">${title}</h3>`}
    <p class="statement-item__issuers">${issuersOf(lang, statement)}</p>
    <p class="statement-item__summary">${shorten(statement.summary[lang])}</p>
    <p class="statement-item__match" hidden></p>
  </article>
</li>`;
}

export function statementList(lang: Lang, statements: readonly Statement[]): Html {
  return html`<ol class="statement-list" role="list">${statements.map((s) => statementItem(lang, s))}</ol>`;
}

/** schema.org type of an actor. */
export function actorSchemaType(actor: Actor): string {
  if (actor.kind === 'person') return 'Person';
  if (actor.kind === 'state') return 'Country';
  if (actor.kind === 'government-body' || actor.kind === 'occupation-authority')
    return 'GovernmentOrganization';
  if (actor.kind === 'media') return 'NewsMediaOrganization';
  return 'Organization';
}
