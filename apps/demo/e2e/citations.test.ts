/**
 * Citations on the site: what a reader sees in "How to cite", the files the buttons give, the
 * `citation_*` meta tags Zotero reads on every statement page, each quote as a schema.org
 * `Quotation`, and "Cite this list" narrowed to the statements shown.
 */
import { readFileSync } from 'node:fs';
import { dataAsOf } from '@null-and-void/statements';
import { statementToCSL } from '@null-and-void/statements/cite';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '../src/format.js';
import { record } from '../src/record.js';
import { launchBrowser } from './browser.js';
import { inLang, url, visit } from './helpers.js';
import { readerSees, unseen } from './reader.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const attribute = (tag: string, name: string) =>
  tag
    .match(new RegExp(`${name}="([^"]*)"`))?.[1]
    ?.replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

/** The page's meta tags named `citation_*`, in document order. */
function citationMeta(html: string): [string, string][] {
  return [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="[^"]*">/g)].map((m) => [
    m[1]!,
    attribute(m[0], 'content')!,
  ]);
}

async function saved(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

describe('statement pages', () => {
  test.each(['en', 'uk'] as const)(
    'every %s statement page carries citation_* tags with the record’s values, and a Quotation per quote',
    async (lang) => {
      for (const s of record.statements) {
        const response = await fetch(url(inLang(lang, `/statements/${s.id}/`)));
        const html = await response.text();
        const meta = citationMeta(html);
        const item = statementToCSL(record, s, { lang });
        const values = (name: string) => meta.filter(([n]) => n === name).map(([, v]) => v);
        expect(values('citation_title'), s.id).toEqual([item.title]);
        expect(values('citation_author'), s.id).toEqual(item.author.map((a) => a.literal));
        expect(values('citation_publication_date'), s.id).toEqual([s.date.replaceAll('-', '/')]);
        expect(values('citation_date'), s.id).toEqual([s.date.replaceAll('-', '/')]);
        expect(values('citation_publisher'), s.id).toEqual([item.publisher]);
        expect(values('citation_language'), s.id).toEqual([s.language]);
        expect(values('citation_public_url'), s.id).toEqual(s.source.url ? [s.source.url] : []);
        const ld = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)]
          .map((m) => JSON.parse(m[1]!))
          .filter((entry) => entry['@type'] === 'Quotation');
        expect(
          ld.map((q) => q.text),
          s.id,
        ).toEqual(s.quotes.map((q) => q.text));
        expect(
          ld.map((q) => q.creator.name),
          s.id,
        ).toEqual(s.quotes.map((q) => record.actor(q.speaker).name[lang]));
      }
    },
  );

  test.each([
    ['en', 'Plain text: APA 7', /^North Atlantic Council\. \(2022, September 22\)\. Statement by/],
    [
      'uk',
      'Звичайний текст: ДСТУ 8302:2015',
      /^Statement by .+ : прес-реліз \/ Північноатлантична рада\. НАТО, 22\.09\.2022\./,
    ],
  ] as const)(
    'a %s reader sees the citation in the named style, and the files download',
    async (lang, label, pattern) => {
      const { page, errors } = await visit(browser, inLang(lang, '/statements/nato-2022-09-22/'));
      const citation = (await page.locator('#cite-plain').textContent())!.trim();
      expect(citation).toMatch(pattern);
      const sightings = await readerSees(page, 'section[aria-labelledby="cite"]', [
        label,
        citation.slice(0, 40),
        'RIS',
        'BibTeX',
        'CSL-JSON',
      ]);
      expect(unseen(sightings)).toEqual([]);
      for (const [button, start] of [
        ['RIS', 'TY  - ELEC'],
        ['BibTeX', '@misc{nato-2022-09-22,'],
        ['CSL-JSON', '['],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .locator('section[aria-labelledby="cite"] .cite-files a', { hasText: button })
            .click(),
        ]);
        const text = await saved(download);
        expect(text.startsWith(start), button).toBe(true);
        expect(text).toContain(
          statementToCSL(record, record.get('nato-2022-09-22'), { lang }).author[0]!.literal,
        );
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the statements list', () => {
  test('"Cite this list" gives the statements shown, in the order shown', async () => {
    const { page, errors } = await visit(browser, '/statements/?event=crimea-referendum-2014');
    await page.waitForFunction(
      () => !document.querySelector('#results-status')?.textContent?.startsWith('139'),
    );
    const shown = await page
      .locator('#results > li:not([hidden])')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id!));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(record.statements.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#cite-list a', { hasText: 'RIS' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('null-and-void-statements.ris');
    const titles = (await saved(download))
      .split('\r\n')
      .filter((line) => line.startsWith('TI  - '))
      .map((line) => line.slice(6));
    expect(titles).toEqual(shown.map((id) => statementToCSL(record, record.get(id)).title));
    const [csl] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#cite-list a', { hasText: 'CSL-JSON' }).click(),
    ]);
    expect((JSON.parse(await saved(csl)) as { id: string }[]).map((i) => i.id)).toEqual(shown);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('unfiltered, the links give the whole record', async () => {
    const text = await (await fetch(url('/data/citations.bib'))).text();
    expect(text.match(/^@misc\{/gm)).toHaveLength(record.statements.length);
    const uk = await (await fetch(url('/uk/data/citations.ris'))).text();
    expect(uk.match(/^TY {2}- /gm)).toHaveLength(record.statements.length);
    expect(uk).toContain('AU  - Північноатлантична рада');
  });
});

describe('data as of', () => {
  const asOf = dataAsOf(record)!;
  test.each([
    ['en', `Data as of ${formatDate('en', asOf)}`],
    ['uk', `Дані станом на ${formatDate('uk', asOf)}`],
  ] as const)('the %s footer shows how recent the record is', async (lang, text) => {
    const { page } = await visit(browser, inLang(lang, '/'));
    expect(await page.locator('.site-footer time.data-as-of').getAttribute('datetime')).toBe(asOf);
    expect(unseen(await readerSees(page, '.site-footer', [text]))).toEqual([]);
    await page.close();
  });
});
