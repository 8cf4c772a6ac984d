/**
 * The countries: an index of the 193 UN members, a page per member (its votes, what it said about
 * each staged vote or that nothing was found, its statements), and the stance-and-silence matrix.
 * Every table is complete without JavaScript; `client/tables.ts` adds sorting and filters.
 */
import type {
  Country,
  CountryVote,
  LegalInstrument,
  MatrixCell,
  MatrixColumn,
  VoteChoice,
} from '@null-and-void/statements';
import {
  actorLink,
  eventLink,
  instrumentLink,
  instrumentName,
  list,
  paths,
  statementList,
} from '../components.js';
import { byLabel, formatDate, formatDateRange, formatNumber } from '../format.js';
import { type Html, html } from '../html.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { record } from '../record.js';
import { href } from '../site.js';
import { breadcrumbs, pageHeader } from './parts.js';

/** The downloads of the matrix, written by the prerender. */
export const MATRIX_DOWNLOADS = {
  csv: '/data/stance-matrix.csv',
  json: '/data/stance-matrix.json',
};

const matrix = () => record.matrix();
/** The General Assembly votes every member cast, for the index's columns. */
const rollCalls = () => record.instruments.filter((i) => i.votes?.rollCall);

/** A state's vote in words, coloured by choice, or "not recorded by name". */
export function voteWords(lang: Lang, vote: VoteChoice | undefined): Html {
  const t = strings(lang);
  return vote
    ? html`<strong class="vote vote--${vote}">${t.voteChoice[vote]}</strong>`
    : html`<span class="hint">${t.voteUnrecorded}</span>`;
}

function sources(lang: Lang, vote: CountryVote): Html {
  const t = strings(lang);
  const first = vote.source.map(
    (url) => html`<a href="${url}" rel="noopener noreferrer">${t.countryVoteSource}</a>`,
  );
  const second = vote.secondSource
    ? [html`<a href="${vote.secondSource}" rel="noopener noreferrer">${t.countryVoteSecond}</a>`]
    : [];
  return list(lang, [...first, ...second]);
}

export function countryPage(lang: Lang, country: Country): Page {
  const t = strings(lang);
  const data = record.country(country.code);
  const name = country.name[lang];
  const asOf = formatDate(lang, data.asOf);
  const path = paths.country(country.code);
  return {
    path,
    lang,
    section: 'countries',
    title: name,
    description: `${name}: ${data.votes
      .filter((v) => v.vote)
      .map(
        (v) => `${v.instrument.symbol ?? v.instrument.id} ${t.voteChoice[v.vote!].toLowerCase()}`,
      )
      .join(', ')}. ${plural(lang, t.statementsCount, data.statements.length)}.`,
    jsonLd: [
      breadcrumbs(lang, [
        [t.navCountries, paths.countries],
        [name, path],
      ]),
    ],
    body: html`${pageHeader(
      name,
      fill(t.countryLede, {
        region: country.region.name[lang],
        subregion: country.subregion.name[lang],
        code: country.code,
      }),
      html`<a href="${link(lang, paths.countries)}">${t.countryKicker}</a>`,
    )}
<section aria-labelledby="votes">
  <h2 id="votes">${t.countryVotes}</h2>
  <p class="hint">${t.countryVotesNote}</p>
  <ul class="country-votes">${data.votes.map(
    (v) =>
      html`<li>${instrumentLink(lang, v.instrument.id)} <span class="hint">${formatDate(lang, v.instrument.date)}</span>: ${voteWords(lang, v.vote)} <span class="hint">(${sources(lang, v)})</span></li>`,
  )}</ul>
</section>
<section aria-labelledby="events">
  <h2 id="events">${t.countryEvents}</h2>
  ${data.events.map(
    (e) => html`<div class="country-event" id="event-${e.event.id}">
    <h3>${eventLink(lang, e.event.id)} <span class="hint">${formatDateRange(lang, e.event.start, e.event.end)}</span></h3>
    ${
      e.votes.length
        ? html`<p>${list(
            lang,
            e.votes.map(
              (v) => html`${instrumentLink(lang, v.instrument.id)}: ${voteWords(lang, v.vote)}`,
            ),
          )}</p>`
        : ''
    }
    ${e.silent ? html`<p class="silence">${fill(t.countryNothingFound, { date: asOf })}</p>` : statementList(lang, e.statements)}
  </div>`,
  )}
</section>
${data.jointStatements.length ? html`<section aria-labelledby="joint"><h2 id="joint">${t.countryJoint}</h2>${statementList(lang, data.jointStatements)}</section>` : ''}
<section aria-labelledby="all">
  <h2 id="all">${t.countryStatements}</h2>
  ${data.statements.length ? statementList(lang, data.statements) : html`<p class="silence">${fill(t.countryNothingFound, { date: asOf })}</p>`}
  ${
    data.actors.length
      ? html`<p>${t.countryActors}: ${list(
          lang,
          data.actors.map((a) => actorLink(lang, a.id)),
        )}</p>`
      : ''
  }
</section>`,
  };
}

/** A `<select>` that filters the table: each option is `column=value`, matched on cells' `data-value`. */
function filterSelect(
  label: string,
  any: string,
  options: readonly [value: string, text: string][],
): Html {
  return html`<label class="field">${label}<select data-filter>
  <option value="">${any}</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}
</select></label>`;
}

function regionOptions(lang: Lang, column: number): [string, string][] {
  const regions = new Map(
    record.matrix().rows.map((r) => [r.country.subregion.code, r.country.subregion.name[lang]]),
  );
  return [...regions]
    .sort((a, b) => a[1].localeCompare(b[1], lang))
    .map(([code, name]) => [`${column}=${code}`, name]);
}

function tableTools(lang: Lang, table: string, filters: Html, total: number): Html {
  const t = strings(lang);
  return html`<form class="table-tools" data-table-tools="${table}" hidden>
  <label class="field">${t.countriesSearch}<input type="search" data-search autocomplete="off"></label>
  ${filters}
  <p class="hint" data-count aria-live="polite" data-template="${t.countriesShown}">${fill(t.countriesShown, { n: formatNumber(lang, total), total: formatNumber(lang, total) })}</p>
</form>`;
}

/** A sortable column heading: the script turns it into a button. */
function th(label: Html | string, type: 'text' | 'number' = 'text'): Html {
  return html`<th scope="col" data-sort-type="${type}">${label}</th>`;
}

function voteCell(lang: Lang, vote: VoteChoice | undefined, href?: string): Html {
  const words = voteWords(lang, vote);
  return html`<td data-value="${vote ?? ''}" data-sort="${vote ?? '~'}">${href ? html`<a href="${href}">${words}</a>` : words}</td>`;
}

export function countriesPage(lang: Lang): Page {
  const t = strings(lang);
  const votes = rollCalls();
  const rows = record.matrix().rows;
  const filters = html`${filterSelect(t.countriesColumnRegion, t.matrixAny, regionOptions(lang, 1))}
  ${filterSelect(t.matrixFilterVote, t.matrixAny, voteOptions(lang, votes, 2))}`;
  return {
    path: paths.countries,
    lang,
    section: 'countries',
    scripts: ['site'],
    title: t.countriesTitle,
    description: t.countriesDescription,
    jsonLd: [breadcrumbs(lang, [[t.navCountries, paths.countries]])],
    body: html`${pageHeader(t.countriesTitle, t.countriesLede, t.countriesKicker)}
<p><a href="${link(lang, paths.matrix)}">${t.countriesMatrixLink}</a></p>
${tableTools(lang, 'countries-table', filters, rows.length)}
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="countries-caption">
<table class="table" id="countries-table" data-sortable data-sort-label="${t.countriesSort}">
  <caption id="countries-caption" class="visually-hidden">${t.countriesTitle}</caption>
  <thead><tr>${th(t.countriesColumnName)}${th(t.countriesColumnRegion)}${votes.map((i) => th(html`<abbr title="${i.title[lang]}">${i.symbol}</abbr>`))}${th(t.countriesColumnStatements, 'number')}</tr></thead>
  <tbody>${[...rows].sort(byLabel(lang, (r) => r.country.name[lang])).map((row) => {
    const data = record.country(row.country.code);
    return html`<tr>
    <th scope="row" data-sort="${row.country.name[lang]}"><a href="${link(lang, paths.country(row.country.code))}">${row.country.name[lang]}</a></th>
    <td data-value="${row.country.subregion.code}" data-sort="${row.country.subregion.name[lang]}">${row.country.subregion.name[lang]}</td>
    ${votes.map((i) => voteCell(lang, i.votes?.byState?.[row.country.code]))}
    <td data-sort="${data.statements.length}">${formatNumber(lang, data.statements.length)}</td>
  </tr>`;
  })}</tbody>
</table>
</div>`,
  };
}

function voteOptions(
  lang: Lang,
  instruments: readonly LegalInstrument[],
  first: number,
): [string, string][] {
  const t = strings(lang);
  return instruments.flatMap((i, n) =>
    (['yes', 'no', 'abstain', 'absent'] as const).map((c): [string, string] => [
      `${first + n}=${c}`,
      `${i.symbol ?? i.id}: ${t.voteChoice[c]}`,
    ]),
  );
}

function columnHeading(lang: Lang, column: MatrixColumn): Html {
  if (column.type === 'instrument')
    return html`${instrumentLink(lang, column.id)}<br><span class="hint">${formatDate(lang, column.date)}</span>`;
  return html`${eventLink(lang, column.id)}<br><span class="hint">${formatDate(lang, column.date)}</span>`;
}

function matrixCell(
  lang: Lang,
  code: string,
  cell: MatrixCell,
  column: MatrixColumn,
  asOf: string,
): Html {
  const t = strings(lang);
  if (cell.type === 'instrument')
    return voteCell(
      lang,
      cell.vote,
      cell.vote ? link(lang, paths.instrument(column.id)) : undefined,
    );
  if (cell.silent)
    return html`<td class="silence" data-value="silent" data-sort="0">${fill(t.matrixNothing, { date: asOf })}</td>`;
  const href = `${link(lang, paths.country(code))}#event-${column.id}`;
  return html`<td data-value="said" data-sort="${cell.statements.length}"><a href="${href}">${plural(lang, t.matrixSaid, cell.statements.length)}</a></td>`;
}

export function matrixPage(lang: Lang): Page {
  const t = strings(lang);
  const { asOf, columns, rows } = matrix();
  const date = formatDate(lang, asOf);
  const at = (type: MatrixColumn['type']) =>
    columns.flatMap((c, i) => (c.type === type ? [[c, i + 2] as const] : []));
  const filters = html`${filterSelect(t.matrixFilterRegion, t.matrixAny, regionOptions(lang, 1))}
  ${filterSelect(
    t.matrixFilterVote,
    t.matrixAny,
    at('instrument').flatMap(([c, i]) =>
      (['yes', 'no', 'abstain', 'absent'] as const).map((v): [string, string] => [
        `${i}=${v}`,
        `${instrumentName(lang, c.id)}: ${t.voteChoice[v]}`,
      ]),
    ),
  )}
  ${filterSelect(
    t.matrixFilterSaid,
    t.matrixAny,
    at('event').flatMap(
      ([c, i]) =>
        [
          [`${i}=said`, `${c.type === 'event' ? c.event.name[lang] : c.id}: ${t.matrixSaidYes}`],
          [`${i}=silent`, `${c.type === 'event' ? c.event.name[lang] : c.id}: ${t.matrixSaidNo}`],
        ] as [string, string][],
    ),
  )}`;
  return {
    path: paths.matrix,
    lang,
    section: 'countries',
    scripts: ['site'],
    title: t.matrixTitle,
    description: t.matrixDescription,
    jsonLd: [
      breadcrumbs(lang, [
        [t.navCountries, paths.countries],
        [t.matrixTitle, paths.matrix],
      ]),
    ],
    body: html`${pageHeader(t.matrixTitle, fill(t.matrixLede, { date }), html`<a href="${link(lang, paths.countries)}">${t.countriesKicker}</a>`)}
<p>${t.matrixDownload}: <a href="${href(MATRIX_DOWNLOADS.csv)}" download>CSV</a> · <a href="${href(MATRIX_DOWNLOADS.json)}" download>JSON</a></p>
${tableTools(lang, 'matrix-table', filters, rows.length)}
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table class="table table--matrix" id="matrix-table" data-sortable data-sort-label="${t.countriesSort}">
  <caption id="matrix-caption" class="visually-hidden">${t.matrixTitle}</caption>
  <thead><tr>${th(t.countriesColumnName)}${th(t.countriesColumnRegion)}${columns.map((c) => th(columnHeading(lang, c)))}</tr></thead>
  <tbody>${[...rows].sort(byLabel(lang, (r) => r.country.name[lang])).map(
    (row) => html`<tr>
    <th scope="row" data-sort="${row.country.name[lang]}"><a href="${link(lang, paths.country(row.country.code))}">${row.country.name[lang]}</a></th>
    <td data-value="${row.country.subregion.code}" data-sort="${row.country.subregion.name[lang]}">${row.country.subregion.name[lang]}</td>
    ${row.cells.map((cell, i) => matrixCell(lang, row.country.code, cell, columns[i]!, date))}
  </tr>`,
  )}</tbody>
</table>
</div>`,
  };
}
