/**
 * What a reader sees of sources and corrections: each link's kind beside it, the "only copies"
 * notice, the updated date and the record's corrections, the site-wide corrections page and its
 * feed, and the data page's counts of source kinds, which must equal the data's.
 */
import { catalog, SOURCE_KINDS, sourceKindCounts } from '@null-and-void/statements';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate, formatNumber } from '../src/format.js';
import { strings } from '../src/i18n/index.js';
import { launchBrowser } from './browser.js';
import { inLang, url, visit } from './helpers.js';
import { readerSees, unseen } from './reader.js';

let browser: Browser;
// The site scrolls smoothly unless the reader asks for less motion; the sightings scroll at once.
let reader: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  reader = await browser.newContext({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

const LANGS = ['en', 'uk'] as const;

describe.each(LANGS)('a corrected statement page (%s)', (lang) => {
  const t = strings(lang);
  const biden = catalog.get('biden-2022-10-12');

  test('shows each source link with its kind, the updated date and the corrections', async () => {
    const { page, errors } = await visit(reader, inLang(lang, '/statements/biden-2022-10-12/'));
    const kinds = [biden.source.kind!, ...(biden.source.alsoAt ?? []).map((a) => a.kind)];
    const entries = catalog.correctionsOf(biden.id);
    const sightings = await readerSees(page, 'main', [
      biden.source.url!,
      `(${t.sourceKinds[kinds[0]!]})`,
      `(${t.sourceKinds[kinds[1]!]})`,
      t.updated,
      formatDate(lang, biden.updated!),
      t.corrections,
      ...entries.map((e) => e.what[lang]),
      ...entries.map((e) => e.why[lang]),
    ]);
    expect(unseen(sightings)).toEqual([]);
    // The kind sits beside its own link, in the same list item.
    const item = await page
      .locator('.source-url', { hasText: biden.source.alsoAt![0]!.url })
      .locator('xpath=..')
      .textContent();
    expect(item).toContain(`(${t.sourceKinds[biden.source.alsoAt![0]!.kind]})`);
    expect(
      await page
        .locator('#corrections ~ ol li.correction, section:has(#corrections) li.correction')
        .count(),
    ).toBe(entries.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('tells the reader when only copies were found, and when it came before the vote', async () => {
    const { page } = await visit(reader, inLang(lang, '/statements/nato-2022-09-22/'));
    const sightings = await readerSees(page, 'main', [t.onlyCopiesNote, t.beforeVoteNote]);
    expect(unseen(sightings)).toEqual([]);
    await page.close();
  });
});

describe.each(LANGS)('the corrections page and feed (%s)', (lang) => {
  const t = strings(lang);

  test('lists every correction, grouped under the record it corrects', async () => {
    const { page, errors } = await visit(reader, inLang(lang, '/corrections/'));
    expect(await page.locator('li.correction').count()).toBe(catalog.corrections.length);
    const newest = catalog.corrections[0]!;
    const sightings = await readerSees(page, 'main', [
      t.correctionsTitle,
      catalog.find(newest.statement)!.title[lang],
      newest.what[lang],
    ]);
    expect(unseen(sightings)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('publishes an Atom feed with one entry per correction, each with a unique id', async () => {
    const response = await fetch(url(inLang(lang, '/corrections.xml')));
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    const ids = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(catalog.corrections.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test('the sitemap lists the corrections page in both languages', async () => {
  const sitemap = await (await fetch(url('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>${url('/corrections/')}</loc>`);
  expect(sitemap).toContain(`href="${url('/uk/corrections/')}"`);
});

describe.each(LANGS)('the data page (%s)', (lang) => {
  const t = strings(lang);

  test('counts the source kinds as the data does, in a table a reader sees', async () => {
    const { page } = await visit(reader, inLang(lang, '/data/'));
    const counts = sourceKindCounts(catalog.statements);
    const rows = await page
      .locator('section:has(#source-kinds) tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())),
      );
    expect(rows).toEqual(
      SOURCE_KINDS.map((kind) => [
        t.sourceKinds[kind],
        formatNumber(lang, counts[kind].cited),
        formatNumber(lang, counts[kind].alsoAt),
      ]),
    );
    const official = `${formatNumber(lang, counts.official.cited)} ${t.sourceKinds.official}`;
    expect(unseen(await readerSees(page, '#source-kinds + p', [official]))).toEqual([]);
    await page.close();
  });
});
