/** The index of each kind of record: staged votes, actors, UN votes and instruments, regions. */
import type { LegalInstrument, VoteEvent } from '@null-and-void/statements';
import { ACTOR_KINDS } from '@null-and-void/statements/schema';
import { list, paths, regionLink } from '../components.js';
import { byLabel, formatDate, formatDateRange } from '../format.js';
import { type Html, html } from '../html.js';
import { type Lang, plural, strings } from '../i18n/index.js';
import { readerPagesText } from '../i18n/reader-pages.js';
import { link, type Page } from '../layout.js';
import { record } from '../record.js';
import { pageHeader, sitePage } from './parts.js';
import { voteFigure } from './records.js';

function indexPage(
  lang: Lang,
  path: string,
  title: string,
  description: string,
  lede: string,
  body: Html,
): Page {
  return sitePage({
    path,
    lang,
    title,
    description,
    ...(path === paths.indexes.events ? { section: 'events' as const } : {}),
    body: html`${pageHeader(title, lede)}
${body}`,
  });
}

function statementCount(lang: Lang, n: number): Html {
  return html`<span class="index-count">${plural(lang, strings(lang).statementsCount, n)}</span>`;
}

function eventItem(lang: Lang, event: VoteEvent): Html {
  const t = strings(lang);
  const n = record.statementsAbout(event.id).length;
  return html`<li class="index-item">
  <h3 class="index-item__title"><a href="${link(lang, paths.event(event.id))}">${event.name[lang]}</a></h3>
  <p class="meta">${t.eventKind[event.kind]} · ${formatDateRange(lang, event.start, event.end)}${event.dateBasis === 'inferred' ? html` <span class="hint">(${t.dateInferred})</span>` : ''}</p>
  <p>${list(
    lang,
    event.regions.map((code) => regionLink(lang, code)),
  )} · ${statementCount(lang, n)}</p>
</li>`;
}

export function eventsIndexPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  const events = [...record.events].sort((a, b) => a.start.localeCompare(b.start));
  const years = [...new Set(events.map((e) => e.start.slice(0, 4)))];
  const body = html`${years.map(
    (year) => html`<section class="index-group" aria-labelledby="y-${year}">
  <h2 id="y-${year}">${year}</h2>
  <ol class="index-list" role="list">${events.filter((e) => e.start.startsWith(year)).map((e) => eventItem(lang, e))}</ol>
</section>`,
  )}`;
  return indexPage(
    lang,
    paths.indexes.events,
    p.eventsTitle,
    p.eventsDescription,
    p.eventsLede,
    body,
  );
}

export function actorsIndexPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  const t = strings(lang);
  const groups = ACTOR_KINDS.map((kind) => ({
    kind,
    actors: record.actors
      .filter((a) => a.kind === kind)
      .map((actor) => ({ actor, n: record.statementsBy(actor.id).length }))
      .sort(byLabel(lang, ({ actor }) => actor.name[lang])),
  })).filter((g) => g.actors.length > 0);
  const body = html`<nav class="index-jump" aria-label="${p.actorsTitle}"><ul>${groups.map(
    (g) =>
      html`<li><a href="#k-${g.kind}">${p.actorKindsPlural[g.kind]}</a> <span class="hint">${g.actors.length}</span></li>`,
  )}</ul></nav>
${groups.map(
  (g) => html`<section class="index-group" aria-labelledby="k-${g.kind}">
  <h2 id="k-${g.kind}">${p.actorKindsPlural[g.kind]} <span class="hint">(${g.actors.length})</span></h2>
  <ul class="actor-index" role="list">${g.actors.map(
    ({ actor, n }) =>
      html`<li><a href="${link(lang, paths.actor(actor.id))}">${actor.name[lang]}</a> <span class="index-count">${n ? plural(lang, t.statementsCount, n) : p.actorsNone}</span></li>`,
  )}</ul>
</section>`,
)}`;
  return indexPage(
    lang,
    paths.indexes.actors,
    p.actorsTitle,
    p.actorsDescription,
    p.actorsLede,
    body,
  );
}

function instrumentItem(lang: Lang, instrument: LegalInstrument): Html {
  const t = strings(lang);
  const p = readerPagesText(lang);
  const n = record.statementsCiting(instrument.id).length;
  return html`<li class="index-item">
  <h3 class="index-item__title"><a href="${link(lang, paths.instrument(instrument.id))}">${instrument.symbol ? `${instrument.symbol}: ` : ''}${instrument.title[lang]}</a></h3>
  <p class="meta">${t.instrumentKinds[instrument.kind]} · ${formatDate(lang, instrument.date)}${instrument.kind !== 'charter' && !instrument.adopted ? html` · <strong>${p.instrumentsNotAdopted}</strong>` : ''}</p>
  ${instrument.votes ? voteFigure(lang, instrument) : ''}
  <p class="index-count">${n ? plural(lang, p.instrumentsCiting, n) : ''}</p>
</li>`;
}

export function instrumentsIndexPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  const byDate = [...record.instruments].sort((a, b) => a.date.localeCompare(b.date));
  const voted = byDate.filter((i) => i.votes);
  const other = byDate.filter((i) => !i.votes);
  const section = (id: string, heading: string, items: readonly LegalInstrument[]) =>
    items.length
      ? html`<section class="index-group" aria-labelledby="${id}">
  <h2 id="${id}">${heading}</h2>
  <ol class="index-list" role="list">${items.map((i) => instrumentItem(lang, i))}</ol>
</section>`
      : '';
  return indexPage(
    lang,
    paths.indexes.instruments,
    p.instrumentsTitle,
    p.instrumentsDescription,
    p.instrumentsLede,
    html`${section('voted', p.instrumentsVotes, voted)}${section('other', p.instrumentsOther, other)}`,
  );
}

export function regionsIndexPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  const body = html`<ol class="index-list" role="list">${record.regions.map((region) => {
    const events = record.events
      .filter((e) => e.regions.includes(region.code))
      .sort((a, b) => a.start.localeCompare(b.start));
    const n = record.statementsIn(region.code).length;
    return html`<li class="index-item">
  <h2 class="index-item__title"><a href="${link(lang, paths.region(region.code))}">${region.name[lang]}</a></h2>
  <p class="meta">${region.code} · ${statementCount(lang, n)}</p>
  <ul class="index-sublist">${events.map(
    (e) =>
      html`<li><a href="${link(lang, paths.event(e.id))}">${e.name[lang]}</a> <span class="hint">${formatDateRange(lang, e.start, e.end)}</span></li>`,
  )}</ul>
</li>`;
  })}</ol>`;
  return indexPage(
    lang,
    paths.indexes.regions,
    p.regionsTitle,
    p.regionsDescription,
    p.regionsLede,
    body,
  );
}
