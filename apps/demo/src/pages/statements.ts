/** The statements list: every statement, with search and every filter of the query API. */
import { type ActorKind, type FacetCount, filterLabelKey } from '@null-and-void/statements';
import { citeListLinks } from '../citations.js';
import { statementItem } from '../components.js';
import {
  CHECKBOX_FILTERS,
  COLLAPSED_FILTERS,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  QUERY_PARAM,
  SELECT_FILTERS,
  type SetFilter,
  SORT_PARAM,
} from '../filter-ui.js';
import { byLabel, countryName, formatNumber, languageName } from '../format.js';
import { type Html, html } from '../html.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { oembedLink } from '../oembed-link.js';
import { record } from '../record.js';
import { breadcrumbs, pageHeader } from './parts.js';

interface Option {
  value: string;
  label: string;
  count: number;
}

const STATEMENT_KINDS = [...new Set(record.statements.map((s) => s.kind))];

/** Counts of one filter's values over the whole catalog. */
function countsOf(key: SetFilter): Map<string, number> {
  if (key === 'signatory' || key === 'speaker') {
    // Not facet keys of the API: counted with one query per value.
    const values = new Set(
      record.statements.flatMap((s) =>
        key === 'signatory' ? (s.signatories?.actors ?? []) : s.quotes.map((q) => q.speaker),
      ),
    );
    return new Map([...values].map((value) => [value, record.query({ [key]: value }).total]));
  }
  const facets: readonly FacetCount[] = record.facets(undefined, [key])[key];
  return new Map(facets.map((f) => [f.value, f.count]));
}

/** Every value a filter offers, labelled in the page's language, in a sensible order. */
export function optionsOf(lang: Lang, key: SetFilter): Option[] {
  const t = strings(lang);
  const counts = countsOf(key);
  const count = (value: string) => counts.get(value) ?? 0;
  const alphabetical = (options: Option[]) => options.sort(byLabel(lang, (o) => o.label));
  switch (key) {
    case 'event':
      return [...record.events]
        .sort((a, b) => b.start.localeCompare(a.start))
        .map((e) => ({ value: e.id, label: e.name[lang], count: count(e.id) }));
    case 'region':
      return record.regions.map((r) => ({
        value: r.code,
        label: r.name[lang],
        count: count(r.code),
      }));
    case 'issuerKind':
      return (Object.keys(t.actorKinds) as ActorKind[])
        .filter((k) => counts.has(k))
        .map((k) => ({
          value: k,
          label: t.actorKinds[k],
          count: count(k),
        }));
    case 'kind':
      return STATEMENT_KINDS.map((k) => ({
        value: k,
        label: t.statementKinds[k],
        count: count(k),
      }));
    case 'theme':
      return alphabetical(
        record.themes.map((th) => ({ value: th.id, label: th.name[lang], count: count(th.id) })),
      );
    case 'callToAction':
      return alphabetical(
        record.callsToAction.map((c) => ({ value: c.id, label: c.name[lang], count: count(c.id) })),
      );
    case 'legalRef':
      return record.instruments.map((i) => ({
        value: i.id,
        label: i.symbol ?? i.title[lang],
        count: count(i.id),
      }));
    case 'year':
      return [...counts.keys()]
        .sort()
        .reverse()
        .map((y) => ({ value: y, label: y, count: count(y) }));
    case 'read':
      return (['full', 'excerpt'] as const).map((r) => ({
        value: r,
        label: t.readValues[r],
        count: count(r),
      }));
    case 'lang':
      return [...counts.keys()].map((l) => ({
        value: l,
        label: languageName(lang, l),
        count: count(l),
      }));
    case 'country':
      return alphabetical(
        [...counts.keys()].map((c) => ({ value: c, label: countryName(lang, c), count: count(c) })),
      );
    case 'issuer':
    case 'signatory':
    case 'speaker':
      return alphabetical(
        [...counts.keys()].map((id) => ({
          value: id,
          label: record.actor(id).name[lang],
          count: count(id),
        })),
      );
  }
}

export function filterLabel(lang: Lang, key: SetFilter): string {
  return strings(lang)[filterLabelKey(key)];
}

function checkboxGroup(lang: Lang, key: SetFilter): Html {
  const options = optionsOf(lang, key);
  const group = html`<fieldset class="filter" data-filter="${key}">
    <legend>${filterLabel(lang, key)}</legend>
    <ul role="list">${options.map(
      (o) =>
        html`<li><label><input type="checkbox" name="${key}" value="${o.value}"> <span class="filter__label">${o.label}</span> <span class="count" data-count>${formatNumber(lang, o.count)}</span></label></li>`,
    )}</ul>
  </fieldset>`;
  return COLLAPSED_FILTERS.has(key)
    ? html`<details class="filter-more"><summary>${filterLabel(lang, key)}</summary>${group}</details>`
    : group;
}

function selectFilter(lang: Lang, key: SetFilter): Html {
  const t = strings(lang);
  return html`<div class="filter filter--select" data-filter="${key}">
    <label for="filter-${key}">${filterLabel(lang, key)}</label>
    <select id="filter-${key}" name="${key}">
      <option value="">${t.anyOption}</option>
      ${optionsOf(lang, key).map((o) => html`<option value="${o.value}" data-label="${o.label}">${o.label} (${formatNumber(lang, o.count)})</option>`)}
    </select>
  </div>`;
}

export function statementsPage(lang: Lang): Page {
  const t = strings(lang);
  const statements = record.query(undefined, { sort: '-date' }).items;
  return {
    path: '/statements/',
    lang,
    title: t.statementsTitle,
    description: t.statementsDescription,
    section: 'statements',
    scripts: ['statements'],
    // serve.ts points this at the view a request's query string asks for.
    head: oembedLink(lang, '/statements/', t.statementsTitle),
    jsonLd: [breadcrumbs(lang, [[t.statementsTitle, '/statements/']])],
    body: html`${pageHeader(t.statementsTitle, t.statementsDescription)}
<div class="browse">
  <form class="browse__filters" id="filters" method="get" action="${link(lang, '/statements/')}" role="search" aria-label="${t.filters}">
    <div class="filter filter--search">
      <label for="q">${t.searchLabel}</label>
      <div class="search-row">
        <input id="q" name="${QUERY_PARAM}" type="search" placeholder="${t.searchPlaceholder}" autocomplete="off">
        <button class="button" type="submit">${t.searchButton}</button>
      </div>
      <p class="search-note" id="q-too-long" aria-live="polite" data-message="${fill(t.queryTooLong, { n: MAX_QUERY_LENGTH })}"></p>
    </div>
    <details class="filters-drawer" id="filters-drawer">
      <summary class="filters-drawer__toggle">${t.filters} <span class="filters-drawer__count" id="filters-count">${plural(lang, t.resultsCount, statements.length)}</span></summary>
      <div class="filters-drawer__body">
    <noscript><p class="notice">${t.filtersNoScript}</p></noscript>
    <div class="filter filter--select">
      <label for="sort">${t.sortLabel}</label>
      <select id="sort" name="${SORT_PARAM}">
        <option value="">${t.sortDefault}</option>
        <option value="relevance">${t.sortRelevance}</option>
        <option value="-date">${t.sortNewest}</option>
        <option value="date">${t.sortOldest}</option>
        <option value="title">${t.sortTitle}</option>
        <option value="-title">${t.sortTitleDesc}</option>
      </select>
    </div>
    <fieldset class="filter filter--dates">
      <legend>${t.filterDates}</legend>
      <div class="date-row">
        <div><label for="from">${t.fromLabel}</label><input id="from" name="from" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2022" aria-describedby="date-hint"></div>
        <div><label for="to">${t.toLabel}</label><input id="to" name="to" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2024-03" aria-describedby="date-hint"></div>
      </div>
      <p class="field-error" id="from-error" hidden></p>
      <p class="field-error" id="to-error" hidden></p>
      <p class="hint" id="date-hint">${t.dateHint}</p>
    </fieldset>
    ${CHECKBOX_FILTERS.map((key) => checkboxGroup(lang, key))}
    ${SELECT_FILTERS.map((key) => selectFilter(lang, key))}
      </div>
    </details>
  </form>
  <section class="browse__results" aria-labelledby="results-heading">
    <h2 id="results-heading" class="visually-hidden">${t.results}</h2>
    <div class="results-bar">
      <p id="results-status" class="results-status" role="status" data-listed="${fill(t.resultsListed, { count: plural(lang, t.resultsCount, statements.length) })}">${plural(lang, t.resultsCount, statements.length)}</p>
      <button type="button" class="button button--quiet" id="clear-filters" hidden>${t.clearFilters}</button>
    </div>
    <ul class="chips" id="active-filters" aria-label="${t.activeFilters}" hidden></ul>
    <div class="notice" id="no-results" hidden>
      <p><strong>${t.noResults}</strong></p>
      <p id="no-results-hint"></p>
    </div>
    <ol class="statement-list" id="results" role="list">${statements.map((s) => statementItem(lang, s))}</ol>
    <p class="show-more"><button type="button" class="button" id="show-more" hidden data-label="${t.showMore}" data-page="${PAGE_SIZE}"></button></p>
    ${citeListLinks(lang)}
  </section>
</div>`,
  };
}
