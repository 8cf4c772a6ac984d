/**
 * The build task `images`: renders the share cards of the catalog's pages into the cache. It
 * needs the data package only, so Turbo runs it beside the widgets' build; the prerender, which
 * waits for both, then copies the cards from the cache and renders only what is missing (the
 * data pages' cards, or everything when run on its own).
 */
import { sitePages } from '../site-pages.js';
import { shareImagesOf, writeShareImages } from './share-images.js';

const report = await writeShareImages(shareImagesOf(sitePages()), undefined);
const each = report.rendered ? `, ${(report.renderMs / report.rendered).toFixed(0)} ms each` : '';
console.log(
  `share cards: ${report.cards} in the cache; ${report.rendered} rendered on ${report.threads} threads${each}; ${(report.wallMs / 1000).toFixed(1)} s`,
);
