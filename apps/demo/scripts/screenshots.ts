/**
 * Screenshots of every page type at 390 px and 1280 px, in both languages and both colour
 * schemes, into screenshots/ (gitignored). Run after `pnpm build`; the site is served on the port
 * of NV_SITE_URL, where the built pages point their embeds, so that previews and frames load.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../e2e/browser.js';
import { forEachScreen } from './screens.js';
import { serveBuiltSite } from './site-server.js';

const PAGES = {
  home: '/',
  statements: '/statements/',
  search: '/statements/?q=Kherson&issuerKind=state',
  'no-results': '/statements/?q=passport&event=crimea-referendum-2014&year=2026',
  statement: '/statements/nato-2022-09-22/',
  'statement-excerpt': '/statements/g7-2014-03-12/',
  quote: '/statements/nato-2022-09-22/quotes/2/',
  event: '/events/annexation-referendums-2022/',
  actor: '/actors/ukraine/',
  region: '/regions/UA-65/',
  instrument: '/instruments/unga-es-11-4/',
  'vote-map': '/instruments/unga-es-11-4/map/',
  'embed-builder': '/embed-builder/',
  data: '/data/',
  'embed-frame': '/embed/statement/?statement=nato-2022-09-22&id=nv-shot',
  'embed-quote': '/embed/quote/?statement=nato-2022-09-22&quote=1&id=nv-shot',
  'embed-vote-map': '/embed/vote-map/?instrument=unga-68-262&id=nv-shot',
  'not-found': '/no-such-page/',
  'docs-api': '/docs/api/',
  'docs-api-function': '/docs/api/functions/_null-and-void_statements.index.statementsAbout.html',
  'docs-elements': '/docs/elements/',
  'reader-events': '/events/',
  'reader-actors': '/actors/',
  'reader-instruments': '/instruments/',
  'reader-regions': '/regions/',
  'reader-about': '/about/',
  'reader-method': '/method/',
  'reader-corrections': '/corrections/',
  'reader-contact': '/contact/',
  'reader-quote-original': '/statements/ukraine-mfa-2025-09-15/',
  'reader-quote-translated': '/statements/cnn-2022-09-23/quotes/4/',
};
const only = process.argv[2];
const out = new URL('../screenshots/', import.meta.url).pathname;
mkdirSync(`${out}parts`, { recursive: true });
const server = await serveBuiltSite();
const browser = await launchBrowser();
try {
  await forEachScreen(
    browser,
    async (context, { scheme, width }) => {
      const page = await context.newPage();
      for (const lang of ['en', 'uk'] as const) {
        for (const [name, path] of Object.entries(PAGES)) {
          if (only && !name.startsWith(only)) continue;
          // Every scheme in both languages when one group of pages is asked for.
          if (scheme === 'dark' && lang === 'uk' && !only && !name.startsWith('docs-elements'))
            continue;
          // The API reference is English only.
          if (lang === 'uk' && path.startsWith('/docs/api/')) continue;
          await page.goto(new URL((lang === 'uk' ? '/uk' : '') + path, server.url).href, {
            waitUntil: 'networkidle',
          });
          const file = `${name}-${lang}-${width}-${scheme}`;
          await page.screenshot({ path: `${out}${file}.png`, fullPage: true });
          // Full pages are too tall to read at a glance: also cut them into screen-high parts.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const part = width < 600 ? 1100 : 1000;
          for (let y = 0, i = 1; y < height && i <= 4; y += part, i++) {
            await page.screenshot({
              path: `${out}parts/${file}-${i}.png`,
              fullPage: true,
              clip: { x: 0, y, width, height: Math.min(part, height - y) },
            });
          }
        }
      }
    },
    { deviceScaleFactor: 1 },
  );
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}`);
