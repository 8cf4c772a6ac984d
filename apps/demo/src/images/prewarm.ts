/**
 * The build task `images`: renders the share cards of the catalog's pages into the cache. It
 * needs the data package only, so Turbo runs it beside the widgets' build; the prerender, which
 * waits for both, then copies the cards from the cache and renders only what is missing (the
 * data pages' cards, or everything when run on its own).
 */
import { sitePages } from '../site-pages.js';
import { describeReport, shareImagesOf, writeShareImages } from './share-images.js';

console.log(describeReport(await writeShareImages(shareImagesOf(sitePages()), undefined)));
