/**
 * The pages of the site that the catalog alone decides, in both languages: every page but the
 * data pages (which state the sizes of the downloads the prerender writes) and the 404 pages.
 * The prerender writes them; the share-image task renders their cards ahead of it.
 */
import { unMembers } from '@null-and-void/statements';
import { LANGS } from './i18n/index.js';
import type { Page } from './layout.js';
import { correctionsPage } from './pages/corrections.js';
import { countriesPage, countryPage, matrixPage } from './pages/countries.js';
import { embedBuilderPage } from './pages/embed-builder.js';
import { embedFramePage } from './pages/embed-frames.js';
import { homePage } from './pages/home.js';
import {
  actorsIndexPage,
  eventsIndexPage,
  instrumentsIndexPage,
  regionsIndexPage,
} from './pages/index-pages.js';
import { aboutPage, contactPage, methodPage } from './pages/project-pages.js';
import { quotePage } from './pages/quote.js';
import { actorPage, eventPage, instrumentPage, regionPage } from './pages/records.js';
import { statementPage } from './pages/statement.js';
import { statementsPage } from './pages/statements.js';
import { voteMapPage } from './pages/vote-map.js';
import { record } from './record.js';
import { WIDGETS } from './snippets.js';

export function sitePages(): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    pages.push(homePage(lang), statementsPage(lang), embedBuilderPage(lang), correctionsPage(lang));
    pages.push(eventsIndexPage(lang), actorsIndexPage(lang), instrumentsIndexPage(lang));
    pages.push(regionsIndexPage(lang), aboutPage(lang), methodPage(lang), contactPage(lang));
    for (const statement of record.statements) {
      pages.push(statementPage(lang, statement));
      pages.push(...statement.quotes.map((_, index) => quotePage(lang, statement, index)));
    }
    for (const event of record.events) pages.push(eventPage(lang, event));
    for (const actor of record.actors) pages.push(actorPage(lang, actor));
    for (const region of record.regions) pages.push(regionPage(lang, region));
    for (const instrument of record.instruments) pages.push(instrumentPage(lang, instrument));
    for (const instrument of record.instruments.filter((i) => i.votes)) {
      pages.push(voteMapPage(lang, instrument));
    }
    for (const widget of WIDGETS) pages.push(embedFramePage(lang, widget));
    pages.push(countriesPage(lang), matrixPage(lang));
    for (const country of unMembers()) pages.push(countryPage(lang, country));
  }
  return pages;
}
