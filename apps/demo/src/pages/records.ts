/** Views of the records statements point to: vote events, actors, regions, legal instruments. */
import {
  type Actor,
  isUnMember,
  type LegalInstrument,
  type LocalizedText,
  type Region,
  type Statement,
  type VoteEvent,
} from '@null-and-void/statements';
import {
  actorLink,
  actorSchemaType,
  eventLink,
  instrumentLink,
  linkList,
  list,
  paths,
  regionLink,
  statementList,
} from '../components.js';
import type { SetFilter } from '../filter-ui.js';
import { byLabel, countryName, formatDate, formatDateRange, formatNumber } from '../format.js';
import { type Html, html } from '../html.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { record } from '../record.js';
import { absolute, href } from '../site.js';
import { hasBundle } from '../widget-bundles.js';
import { pageEmbedPanel } from './embed-panel.js';
import { breadcrumbs, definition, imageDownload, pageHeader } from './parts.js';

function notes(lang: Lang, items: readonly LocalizedText[] | undefined): Html | '' {
  if (!items?.length) return '';
  return html`<h2>${strings(lang).notes}</h2><ul class="notes">${items.map((note) => html`<li>${note[lang]}</li>`)}</ul>`;
}

/**
 * The statements about a record under a heading, with a link to the same list on the statements
 * page; `empty` instead of both when given and there are none.
 */
function statementsSection(
  lang: Lang,
  statements: readonly Statement[],
  section: { id: string; heading: string; filter: [key: SetFilter, value: string]; empty?: string },
): Html {
  const { id, heading, filter, empty } = section;
  const listed =
    empty !== undefined && statements.length === 0
      ? html`<p>${empty}</p>`
      : html`<p><a href="${link(lang, paths.filtered(...filter))}">${strings(lang).seeInList}</a></p>${statementList(lang, statements)}`;
  return html`<section aria-labelledby="${id}">
  <h2 id="${id}">${heading}</h2>
  ${listed}
</section>`;
}

/** `nv-tally` around its prerendered figure: the widget replaces it once its bundle loads. */
function tallyWidget(
  lang: Lang,
  attribute: 'instrument' | 'event',
  id: string,
  fallback: Html,
): Html {
  return hasBundle('tally')
    ? html`<nv-tally ${attribute}="${id}" lang="${lang}" theme="auto" data-widget-src="${href('/widgets/tally.js')}">${fallback}</nv-tally>`
    : fallback;
}

export function eventPage(lang: Lang, event: VoteEvent): Page {
  const t = strings(lang);
  const statements = record.statementsAbout(event.id);
  const canonical = absolute(`${lang === 'en' ? '' : '/uk'}${paths.event(event.id)}`);
  const figure = html`<p class="figure"><span class="figure__number">${formatNumber(lang, statements.length)}</span> <span class="figure__label">${plural(lang, t.figureStatements, statements.length).replace(/^[\d\s ]+/, '')}</span></p>`;
  return {
    path: paths.event(event.id),
    lang,
    scripts: ['site'],
    title: event.name[lang],
    head: oembedLink(lang, paths.event(event.id), event.name[lang]),
    description:
      `${t.eventKind[event.kind]}, ${formatDateRange(lang, event.start, event.end)}. ${event.summary[lang]}`.slice(
        0,
        300,
      ),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        '@id': canonical,
        url: canonical,
        name: event.name[lang],
        description: event.summary[lang],
        startDate: event.start,
        endDate: event.end,
        location: event.regions.map((code) => ({
          '@type': 'AdministrativeArea',
          name: record.regions.find((r) => r.code === code)?.name[lang] ?? code,
          identifier: code,
        })),
      },
      breadcrumbs(lang, [[event.name[lang], paths.event(event.id)]]),
    ],
    body: html`${pageHeader(event.name[lang], event.summary[lang], t.eventKind[event.kind])}
<div class="record-layout">
  <div>
    <dl class="facts">
      ${definition(t.eventDates, html`${formatDateRange(lang, event.start, event.end)}${event.dateBasis === 'inferred' ? html` <span class="hint">(${t.dateInferred})</span>` : ''}`)}
      ${definition(t.regions, linkList(lang, event.regions, regionLink))}
      ${definition(t.organizer, event.organizer && actorLink(lang, event.organizer))}
      ${definition(t.invalidatedBy, linkList(lang, event.invalidatedBy ?? [], instrumentLink))}
    </dl>
    ${notes(lang, event.notes)}
  </div>
  <div>${tallyWidget(lang, 'event', event.id, figure)}</div>
</div>
${statementsSection(lang, statements, { id: 'about', heading: t.statementsAbout, filter: ['event', event.id] })}
${pageEmbedPanel(lang, paths.event(event.id))}`,
  };
}

export function actorPage(lang: Lang, actor: Actor): Page {
  const t = strings(lang);
  const statements = record.statementsBy(actor.id);
  // What its offices and office holders issued (the NATO Secretary General under NATO): the
  // list names the issuer of each, so the person is named.
  const throughOffices = record
    .statementsBy(actor.id, { includeOffices: true })
    .filter((s) => !statements.includes(s))
    .reverse();
  const published = record.statements.filter(
    (s) => s.source.publisher === actor.id && !statements.includes(s),
  );
  const members = record.actors
    .filter((other) => other.memberOf?.includes(actor.id))
    .sort(byLabel(lang, (a) => a.name[lang]));
  const votes = actor.kind === 'state' && actor.country ? votesOf(actor.country) : [];
  const canonical = absolute(`${lang === 'en' ? '' : '/uk'}${paths.actor(actor.id)}`);
  const description = [
    t.actorKinds[actor.kind],
    actor.role?.[lang],
    actor.country ? countryName(lang, actor.country) : undefined,
    plural(lang, t.statementsCount, statements.length),
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    path: paths.actor(actor.id),
    // Copy buttons and the embed preview.
    scripts: ['site'],
    lang,
    title: actor.name[lang],
    // The embed of an actor is the list of what it issued; with nothing issued there is none.
    ...(record.query({ issuer: actor.id }, { limit: 0 }).total > 0
      ? { head: oembedLink(lang, paths.actor(actor.id), actor.name[lang]) }
      : {}),
    description: `${actor.name[lang]}: ${description}.`,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': actorSchemaType(actor),
        '@id': canonical,
        url: canonical,
        name: actor.name[lang],
        ...(actor.role ? { description: actor.role[lang] } : {}),
      },
      breadcrumbs(lang, [[actor.name[lang], paths.actor(actor.id)]]),
    ],
    body: html`${pageHeader(actor.name[lang], actor.role?.[lang], t.actorKinds[actor.kind])}
<dl class="facts facts--inline">
  ${definition(
    t.actorCountry,
    actor.country &&
      (isUnMember(actor.country)
        ? html`<a href="${link(lang, paths.country(actor.country))}">${countryName(lang, actor.country)}</a>`
        : countryName(lang, actor.country)),
  )}
  ${definition(t.actorMemberOf, linkList(lang, actor.memberOf ?? [], actorLink))}
  ${definition(
    t.actorMembers,
    linkList(
      lang,
      members.map((m) => m.id),
      actorLink,
    ),
  )}
</dl>
${
  votes.length
    ? html`<section aria-labelledby="votes"><h2 id="votes">${t.actorVotes}</h2><ul class="votes">${votes.map(
        ({ instrument, choice }) =>
          html`<li>${instrumentLink(lang, instrument.id)} (${formatDate(lang, instrument.date)}): <strong class="vote vote--${choice}">${t.voteChoice[choice]}</strong></li>`,
      )}</ul></section>`
    : ''
}
${statementsSection(lang, statements, { id: 'statements', heading: t.actorStatements, filter: ['issuer', actor.id], empty: t.actorNoStatements })}
${throughOffices.length ? html`<section aria-labelledby="offices"><h2 id="offices">${t.actorThroughOffices}</h2><p>${fill(t.actorThroughOfficesLede, { name: actor.name[lang] })}</p>${statementList(lang, throughOffices)}</section>` : ''}
${published.length ? html`<section aria-labelledby="published"><h2 id="published">${t.actorPublished}</h2>${statementList(lang, published)}</section>` : ''}
${pageEmbedPanel(lang, paths.actor(actor.id))}`,
  };
}

function votesOf(country: string) {
  return record.instruments.flatMap((instrument) => {
    const choice = instrument.votes?.byState?.[country];
    return choice ? [{ instrument, choice }] : [];
  });
}

export function regionPage(lang: Lang, region: Region): Page {
  const t = strings(lang);
  const statements = record.statementsIn(region.code);
  const events = record.events.filter((e) => e.regions.includes(region.code));
  const canonical = absolute(`${lang === 'en' ? '' : '/uk'}${paths.region(region.code)}`);
  return {
    path: paths.region(region.code),
    // Copy buttons and the embed preview.
    scripts: ['site'],
    lang,
    title: region.name[lang],
    head: oembedLink(lang, paths.region(region.code), region.name[lang]),
    description: `${region.name[lang]} (${region.code}): ${plural(lang, t.statementsCount, statements.length)}, ${events.map((e) => e.name[lang]).join('; ')}.`,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'AdministrativeArea',
        '@id': canonical,
        url: canonical,
        name: region.name[lang],
        identifier: region.code,
        containedInPlace: { '@type': 'Country', name: countryName(lang, 'UA') },
      },
      breadcrumbs(lang, [[region.name[lang], paths.region(region.code)]]),
    ],
    body: html`${pageHeader(region.name[lang], fill(t.regionLede, { code: region.code, country: countryName(lang, 'UA') }), t.regionKicker)}
<section aria-labelledby="events">
  <h2 id="events">${t.regionEvents}</h2>
  <ul class="event-list">${events.map((e) => html`<li>${eventLink(lang, e.id)} <span class="hint">${formatDateRange(lang, e.start, e.end)}</span></li>`)}</ul>
</section>
${statementsSection(lang, statements, { id: 'statements', heading: t.regionStatements, filter: ['region', region.code] })}
${pageEmbedPanel(lang, paths.region(region.code))}`,
  };
}

/**
 * The vote as one bar, a segment per choice as wide as its share of the votes. Drawn as SVG, whose
 * geometry is attributes, so that the page needs no inline style (the site's CSP allows none).
 */
function tallyBar(choices: readonly { choice: string; n: number }[]): Html {
  const total = choices.reduce((sum, { n }) => sum + n, 0);
  const share = (n: number) => `${total ? Number(((n / total) * 100).toFixed(3)) : 0}%`;
  let at = 0;
  const segments = choices.map(({ choice, n }) => {
    const x = at;
    at += n;
    return html`<rect class="tally__segment tally__segment--${choice}" x="${share(x)}" width="${share(n)}" height="100%"/>`;
  });
  // A gap in the bar's background colour between two segments.
  let edge = 0;
  const gaps = choices.slice(0, -1).map(({ n }) => {
    edge += n;
    return html`<line class="tally__gap" x1="${share(edge)}" x2="${share(edge)}" y1="0" y2="100%"/>`;
  });
  return html`<svg class="tally__bar" aria-hidden="true" focusable="false">${segments}${gaps}</svg>`;
}

/** The vote as a bar and numbers, readable without the widget. */
export function voteFigure(lang: Lang, instrument: LegalInstrument): Html {
  const t = strings(lang);
  const votes = instrument.votes;
  if (!votes) return html`<p>${t.instrumentNoVote}</p>`;
  const choices = (['yes', 'no', 'abstain', 'absent'] as const).flatMap((choice) => {
    const n = votes[choice];
    return n === undefined ? [] : [{ choice, n }];
  });
  return html`<figure class="tally">
  <figcaption class="tally__caption">${instrument.symbol ?? instrument.title[lang]}, ${formatDate(lang, instrument.date)}</figcaption>
  ${tallyBar(choices)}
  <dl class="tally__counts">${choices.map(
    ({ choice, n }) =>
      html`<div class="tally__count tally__count--${choice}"><dt>${t.voteChoice[choice]}</dt><dd>${formatNumber(lang, n)}</dd></div>`,
  )}</dl>
</figure>`;
}

export function instrumentPage(lang: Lang, instrument: LegalInstrument): Page {
  const t = strings(lang);
  const statements = record.statementsCiting(instrument.id);
  const invalidates = record.events.filter((e) => e.invalidatedBy?.includes(instrument.id));
  const byState = instrument.votes?.byState ?? {};
  const canonical = absolute(`${lang === 'en' ? '' : '/uk'}${paths.instrument(instrument.id)}`);
  const name = instrument.symbol
    ? `${instrument.symbol}: ${instrument.title[lang]}`
    : instrument.title[lang];
  const named = (['yes', 'no', 'abstain', 'absent'] as const).map((choice) => ({
    choice,
    countries: Object.entries(byState)
      .filter(([, c]) => c === choice)
      .map(([code]) => ({ code, name: countryName(lang, code) }))
      .sort(byLabel(lang, (c) => c.name)),
  }));
  return {
    path: paths.instrument(instrument.id),
    lang,
    scripts: ['site'],
    title: name,
    head: oembedLink(lang, paths.instrument(instrument.id), name),
    description:
      `${t.instrumentKinds[instrument.kind]}, ${formatDate(lang, instrument.date)}. ${instrument.summary[lang]}`.slice(
        0,
        300,
      ),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        '@id': canonical,
        url: canonical,
        name,
        ...(instrument.symbol ? { legislationIdentifier: instrument.symbol } : {}),
        legislationDate: instrument.date,
        abstract: instrument.summary[lang],
        ...(instrument.url ? { sameAs: instrument.url } : {}),
      },
      breadcrumbs(lang, [[name, paths.instrument(instrument.id)]]),
    ],
    body: html`${pageHeader(instrument.title[lang], instrument.summary[lang], html`${t.instrumentKinds[instrument.kind]}${instrument.symbol ? html` · ${instrument.symbol}` : ''}`)}
<dl class="facts facts--inline">
  ${definition(t.date, formatDate(lang, instrument.date))}
  ${instrument.kind === 'charter' ? '' : definition(t.instrumentAdopted, instrument.adopted ? t.yes : t.no)}
  ${definition(t.instrumentText, instrument.url && html`<a class="source-url" href="${instrument.url}" rel="noopener noreferrer">${instrument.url}</a>`)}
  ${definition(
    t.instrumentInvalidates,
    linkList(
      lang,
      invalidates.map((e) => e.id),
      eventLink,
    ),
  )}
</dl>
${
  instrument.votes
    ? html`<section aria-labelledby="vote">
  <h2 id="vote">${t.instrumentVotes}</h2>
  ${tallyWidget(lang, 'instrument', instrument.id, voteFigure(lang, instrument))}
  <p><a href="${link(lang, paths.voteMap(instrument.id))}">${t.voteMapLink}</a></p>
  ${imageDownload(lang, paths.instrument(instrument.id), t.tallyImage, instrument.id)}
  <h3>${t.instrumentNamed}</h3>
  <p class="hint">${instrument.votes.rollCall ? fill(t.instrumentRollCall, { n: formatNumber(lang, Object.keys(byState).length) }) : t.instrumentNamedNote}</p>
  <form class="table-tools" data-list-tools="named-votes" hidden><label class="field">${t.countriesSearch}<input type="search" data-search autocomplete="off"></label></form>
  <div class="named-votes" id="named-votes">${named.map(
    ({ choice, countries }) => html`<div>
    <h4>${t.voteChoice[choice]} <span class="hint">(${countries.length === instrument.votes?.[choice] ? formatNumber(lang, countries.length) : html`${formatNumber(lang, countries.length)} ${t.ofTotal} ${formatNumber(lang, instrument.votes?.[choice] ?? 0)}`})</span></h4>
    ${countries.length ? html`<ul class="countries">${countries.map((c) => html`<li>${isUnMember(c.code) ? html`<a href="${link(lang, paths.country(c.code))}">${c.name}</a>` : c.name}</li>`)}</ul>` : html`<p class="hint">${t.countriesNone}</p>`}
  </div>`,
  )}</div>
  ${
    instrument.votes.sources?.length
      ? html`<p class="hint">${t.instrumentVotesSources}: ${list(
          lang,
          instrument.votes.sources.map(
            (url) => html`<a class="source-url" href="${url}" rel="noopener noreferrer">${url}</a>`,
          ),
        )}</p>`
      : ''
  }
  ${
    instrument.votes.rollCall
      ? html`<p class="hint">${t.instrumentRollCallSource}: <a class="source-url" href="${instrument.votes.rollCall.record}" rel="noopener noreferrer">${instrument.votes.rollCall.record}</a></p>`
      : ''
  }
</section>`
    : ''
}
${notes(lang, instrument.notes)}
${statementsSection(lang, statements, { id: 'citing', heading: t.instrumentStatements, filter: ['legalRef', instrument.id], empty: '—' })}
${pageEmbedPanel(lang, paths.instrument(instrument.id))}`,
  };
}
