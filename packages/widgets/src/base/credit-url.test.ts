import { describe, expect, it } from 'vitest';
import {
  eventPath,
  instrumentPath,
  pageUrl,
  quotePath,
  siteOf,
  statementPath,
  statementsPath,
} from './credit-url.js';

const site = new URL('https://null-and-void.example/');

describe('siteOf', () => {
  it('is the folder above widgets/ when a site serves the bundles there', () => {
    expect(siteOf('https://null-and-void.example/widgets/statement.js')?.href).toBe(
      'https://null-and-void.example/',
    );
    expect(siteOf('http://127.0.0.1:4173/widgets/chunk-6L4RELRF.js?v=2')?.href).toBe(
      'http://127.0.0.1:4173/',
    );
    expect(siteOf('https://example.org/record/widgets/all.js')?.href).toBe(
      'https://example.org/record/',
    );
  });

  it('is none for a package CDN, an npm bundle or a dev server', () => {
    for (const url of [
      'https://cdn.jsdelivr.net/npm/@null-and-void/widgets@0.1.0/dist/cdn/statement.js',
      'https://unpkg.com/@null-and-void/widgets/dist/statement.js',
      'https://news.example/assets/index-4f2a.js',
      'http://localhost:5173/src/base/credit-url.ts',
      'https://news.example/widgets/statement.ts',
      'https://news.example/widgets/cdn/statement.js',
    ]) {
      expect(siteOf(url), url).toBeUndefined();
    }
  });

  it('is the site the bundle was built for when no site of ours served it', () => {
    const cdn = 'https://cdn.jsdelivr.net/npm/@null-and-void/widgets@0.1.0/dist/cdn/statement.js';
    expect(siteOf(cdn, 'https://record.example/nv')?.href).toBe('https://record.example/nv/');
    expect(siteOf(cdn, '')).toBeUndefined();
    // The site that serves the bundle wins: its previews link to itself.
    expect(
      siteOf('http://127.0.0.1:4173/widgets/statement.js', 'https://record.example/')?.href,
    ).toBe('http://127.0.0.1:4173/');
  });
});

describe('pageUrl', () => {
  const cases: [string, string, string, string][] = [
    [
      'a statement',
      statementPath('nato-2022-09-22'),
      'https://null-and-void.example/statements/nato-2022-09-22/',
      'https://null-and-void.example/uk/statements/nato-2022-09-22/',
    ],
    [
      'a quote (its attribute counts from 0, the page from 1)',
      quotePath('nato-2022-09-22', 1),
      'https://null-and-void.example/statements/nato-2022-09-22/quotes/2/',
      'https://null-and-void.example/uk/statements/nato-2022-09-22/quotes/2/',
    ],
    [
      'a vote event (tally or one-event timeline)',
      eventPath('annexation-referendums-2022'),
      'https://null-and-void.example/events/annexation-referendums-2022/',
      'https://null-and-void.example/uk/events/annexation-referendums-2022/',
    ],
    [
      'an instrument (tally)',
      instrumentPath('unga-es-11-4'),
      'https://null-and-void.example/instruments/unga-es-11-4/',
      'https://null-and-void.example/uk/instruments/unga-es-11-4/',
    ],
    [
      'the home page (a timeline of every event)',
      '',
      'https://null-and-void.example/',
      'https://null-and-void.example/uk/',
    ],
    [
      'an unfiltered list',
      statementsPath({}),
      'https://null-and-void.example/statements/',
      'https://null-and-void.example/uk/statements/',
    ],
    [
      'a filtered list, a key repeated per value',
      statementsPath(
        { event: 'annexation-referendums-2022', issuerKind: ['state', 'media'], lang: 'de' },
        '',
        'date',
      ),
      'https://null-and-void.example/statements/?event=annexation-referendums-2022&issuerKind=state&issuerKind=media&lang=de&sort=date',
      'https://null-and-void.example/uk/statements/?event=annexation-referendums-2022&issuerKind=state&issuerKind=media&lang=de&sort=date',
    ],
    [
      'a search with its text and dates',
      statementsPath({ theme: 'annexation', from: '2022-09', to: '2023' }, 'null and void'),
      'https://null-and-void.example/statements/?theme=annexation&from=2022-09&to=2023&q=null+and+void',
      'https://null-and-void.example/uk/statements/?theme=annexation&from=2022-09&to=2023&q=null+and+void',
    ],
  ];
  for (const [what, path, en, uk] of cases) {
    it(`links ${what} in English and Ukrainian`, () => {
      expect(pageUrl(site, 'en', path)).toBe(en);
      expect(pageUrl(site, 'uk', path)).toBe(uk);
    });
  }

  it('follows a site served from a folder', () => {
    const folder = siteOf('https://example.org/record/widgets/statement.js');
    expect(pageUrl(folder, 'uk', statementPath('nato-2022-09-22'))).toBe(
      'https://example.org/record/uk/statements/nato-2022-09-22/',
    );
  });

  it('is none without a site: the credit is then plain text', () => {
    expect(pageUrl(undefined, 'en', statementPath('nato-2022-09-22'))).toBeUndefined();
  });
});
