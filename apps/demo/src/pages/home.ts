/** The front page: what the record is, figures, the timeline of staged votes, latest statements. */
import { paths, regionName, statementList } from '../components.js';
import { formatDateRange, formatNumber } from '../format.js';
import { html } from '../html.js';
import { type Lang, plural, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { record } from '../record.js';
import { absolute, href, SITE_NAME } from '../site.js';
import { hasBundle } from '../widget-bundles.js';
import { voteFigure } from './records.js';

/** The figures strip: counts straight from the catalog. */
function figures(lang: Lang) {
  const t = strings(lang);
  const years = record.facets(undefined, ['year']).year.map((y) => Number(y.value));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const figure = (n: number | string, label: string, path: string) =>
    html`<li class="figure"><a href="${link(lang, path)}"><span class="figure__number">${typeof n === 'number' ? formatNumber(lang, n) : n}</span> <span class="figure__label">${label}</span></a></li>`;
  const countWord = (forms: Parameters<typeof plural>[1], n: number) =>
    plural(lang, forms, n).replace(/^[\d\s  ]+/, '');
  return html`<ul class="figures" role="list">
  ${figure(record.statements.length, countWord(t.figureStatements, record.statements.length), '/statements/')}
  ${figure(record.actors.length, countWord(t.figureActors, record.actors.length), '/statements/')}
  ${figure(record.events.length, countWord(t.figureEvents, record.events.length), '/#timeline')}
  ${figure(`${first}–${last}`, t.figureYears, '/statements/?sort=date')}
</ul>`;
}

function timeline(lang: Lang) {
  const t = strings(lang);
  const events = [...record.events].sort((a, b) => a.start.localeCompare(b.start));
  const items = html`<ol class="timeline" role="list">${events.map((event) => {
    const count = record.statementsAbout(event.id).length;
    return html`<li class="timeline__item">
    <p class="timeline__date"><time datetime="${event.start}">${formatDateRange(lang, event.start, event.end)}</time></p>
    <div class="timeline__body">
      <h3><a href="${link(lang, paths.event(event.id))}">${event.name[lang]}</a></h3>
      <p class="hint">${event.regions.map((code) => regionName(lang, code)).join(' · ')}</p>
      <p><a href="${link(lang, paths.filtered('event', event.id))}">${plural(lang, t.statementsCount, count)}</a></p>
    </div>
  </li>`;
  })}</ol>`;
  return hasBundle('timeline')
    ? html`<nv-timeline lang="${lang}" theme="auto" limit="2" data-widget-src="${href('/widgets/timeline.js')}">${items}</nv-timeline>`
    : items;
}

export function homePage(lang: Lang): Page {
  const t = strings(lang);
  const latest = record.query(undefined, { sort: '-date', limit: 6 }).items;
  const es114 = record.instrument('unga-es-11-4');
  const tally = voteFigure(lang, es114);
  return {
    path: '/',
    lang,
    title: t.homeTitle,
    description: t.homeDescription,
    section: 'home',
    scripts: ['site'],
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: SITE_NAME,
        url: absolute(lang === 'en' ? '/' : '/uk/'),
        inLanguage: lang,
        description: t.homeDescription,
        potentialAction: {
          '@type': 'SearchAction',
          target: `${absolute(lang === 'en' ? '/statements/' : '/uk/statements/')}?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        },
      },
    ],
    body: html`<section class="hero">
  <h1>${t.homeHeading}</h1>
  <p class="lede">${t.homeLead}</p>
  <form class="hero__search" role="search" method="get" action="${link(lang, '/statements/')}">
    <label for="home-q">${t.searchLabel}</label>
    <div class="search-row">
      <input id="home-q" name="q" type="search" placeholder="${t.searchPlaceholder}" autocomplete="off">
      <button class="button" type="submit">${t.searchButton}</button>
    </div>
  </form>
</section>
<section aria-labelledby="figures">
  <h2 id="figures" class="visually-hidden">${t.homeFigures}</h2>
  ${figures(lang)}
</section>
<div class="home-grid">
  <div class="home-grid__top">
    <section aria-labelledby="vote">
      <h2 id="vote">${t.homeVote}</h2>
      ${hasBundle('tally') ? html`<nv-tally instrument="unga-es-11-4" lang="${lang}" theme="auto" data-widget-src="${href('/widgets/tally.js')}">${tally}</nv-tally>` : tally}
      <p><a href="${link(lang, paths.instrument(es114.id))}">${t.homeVoteMore}</a></p>
    </section>
    <section aria-labelledby="latest">
      <h2 id="latest">${t.homeLatest}</h2>
      ${statementList(lang, latest)}
      <p><a class="button" href="${link(lang, '/statements/')}">${t.homeBrowse}</a></p>
    </section>
  </div>
  <section aria-labelledby="timeline-heading" id="timeline">
    <h2 id="timeline-heading">${t.homeTimeline}</h2>
    <p class="hint">${t.homeTimelineIntro}</p>
    ${timeline(lang)}
  </section>
</div>`,
  };
}
