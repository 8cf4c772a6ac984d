import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

/** The site under test, e.g. `http://localhost:41234/`. */
export const siteUrl = inject('siteUrl');
export const siteDir = inject('siteDir');
export const siteOrigin = new URL(siteUrl).origin;

export function url(path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/** One page of every kind, by the path it has in English (Ukrainian adds `/uk`). */
export const PAGE_TYPES = {
  home: '/',
  statements: '/statements/',
  statement: '/statements/nato-2022-09-22/',
  'statement (excerpt)': '/statements/g7-2014-03-12/',
  quote: '/statements/nato-2022-09-22/quotes/2/',
  event: '/events/annexation-referendums-2022/',
  actor: '/actors/ukraine/',
  region: '/regions/UA-65/',
  'vote map': '/instruments/unga-es-11-4/map/',
  instrument: '/instruments/unga-es-11-4/',
  'embed builder': '/embed-builder/',
  data: '/data/',
  corrections: '/corrections/',
  'events index': '/events/',
  'actors index': '/actors/',
  'instruments index': '/instruments/',
  'regions index': '/regions/',
  about: '/about/',
  method: '/method/',
  contact: '/contact/',
  countries: '/countries/',
  country: '/countries/br/',
  matrix: '/countries/matrix/',
} as const;

export const inLang = (lang: 'en' | 'uk', path: string) => (lang === 'en' ? path : `/uk${path}`);

export interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin but the site's. */
  foreign: string[];
}

/**
 * Opens a page and records console errors and requests that leave the site. `settled` waits
 * until the network is idle, so that widgets have loaded their data.
 */
export async function visit(
  context: BrowserContext | Browser,
  path: string,
  wait: 'load' | 'settled' = 'load',
): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== siteOrigin)
      foreign.push(request.url());
  });
  await page.goto(url(path), { waitUntil: wait === 'settled' ? 'networkidle' : 'load' });
  return { page, errors, foreign };
}
