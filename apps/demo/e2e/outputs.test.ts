import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CSV_COLUMNS,
  catalog,
  createCatalog,
  unMembers,
  VOTE_CSV_COLUMNS,
} from '@null-and-void/statements';
import { expect, test } from 'vitest';
import { siteDir, url } from './helpers.js';

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(url(path), init);
  expect(response.status, path).toBe(200);
  return response;
};

test('the downloads are the catalog: JSON validates, NDJSON and CSV have every statement', async () => {
  const json = await (await get('/data/statements.json')).json();
  expect(createCatalog(json).statements).toHaveLength(catalog.statements.length);
  const ndjson = (await (await get('/data/statements.ndjson')).text()).trimEnd().split('\n');
  expect(ndjson.map((line) => JSON.parse(line).id)).toEqual(catalog.statements.map((s) => s.id));
  const csv = await (await get('/data/statements.csv')).text();
  expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  expect(csv.split('\r\n')[0]).toContain('source_read');
  const votes = (await (await get('/data/un-votes.csv')).text()).split('\r\n');
  expect(votes[0]).toBe(VOTE_CSV_COLUMNS.join(','));
  // Every UN member's vote, from the roll call.
  expect(votes.filter((row) => row.startsWith('unga-es-11-4,'))).toHaveLength(193);
  const schema = await (await get('/data/catalog.schema.json')).json();
  expect(schema.properties.statements.type).toBe('array');
  expect(await (await get('/data/LICENSE-DATA.txt')).text()).toContain('4.0');
});

test('the feeds list every statement, newest first', async () => {
  const feed = await (await get('/feed.json')).json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items).toHaveLength(catalog.statements.length);
  expect(feed.items[0].url).toBe(
    url(`/statements/${catalog.query(undefined, { sort: '-date', limit: 1 }).items[0]!.id}/`),
  );
  const ukFeed = await (await get('/uk/feed.json')).json();
  expect(ukFeed.items[0].url).toContain('/uk/statements/');
  const rss = await (await get('/feed.xml')).text();
  expect(rss.match(/<item>/g)).toHaveLength(catalog.statements.length);
  expect(rss).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
});

test('the sitemap lists every page in both languages with its alternates', async () => {
  const sitemap = await (await get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pagesPerLang =
    4 +
    catalog.statements.length +
    catalog.statements.reduce((n, s) => n + s.quotes.length, 0) +
    catalog.events.length +
    catalog.actors.length +
    catalog.regions.length +
    catalog.instruments.length +
    // corrections, the countries index, the matrix and the elements reference; a page per UN
    // member; a map per vote
    4 +
    // the indexes of events, actors, instruments and regions; About, Method, Contact
    7 +
    unMembers().length +
    catalog.instruments.filter((i) => i.votes).length;
  // …and the API reference, which is in English only.
  expect(locs).toHaveLength(pagesPerLang * 2 + 1);
  expect(locs).toContain(url('/docs/api/'));
  expect(locs).not.toContain(url('/uk/docs/api/'));
  expect(locs).toContain(url('/uk/statements/nato-2022-09-22/'));
  expect(locs).toContain(url('/statements/nato-2022-09-22/quotes/2/'));
  expect(new Set(locs).size).toBe(locs.length);
  expect(await (await get('/robots.txt')).text()).toContain(`Sitemap: ${url('/sitemap.xml')}`);
});

test('what host pages and sandboxed frames load from another origin is served with CORS', async () => {
  const frame = await (await get('/embed/statement/')).text();
  const frameScripts = [
    ...frame.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g),
  ].map((m) => m[1]!);
  expect(frameScripts.some((path) => path.includes('/assets/'))).toBe(true);
  for (const path of [
    '/embed.js',
    '/widgets/statement.js',
    '/widgets/data/statements/nato-2022-09-22.json',
    ...frameScripts,
  ]) {
    const response = await get(path, { headers: { Origin: 'https://news.example' } });
    expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
  }
  const page = await get('/statements/');
  expect(page.headers.get('access-control-allow-origin')).toBeNull();
});

test('embed.js is a classic script with no imports', () => {
  const script = readFileSync(join(siteDir, 'embed.js'), 'utf8');
  expect(script).not.toMatch(/\bimport\b|\bexport\b/);
  expect(script.length).toBeLessThan(1500);
});
