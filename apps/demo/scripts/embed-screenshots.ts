/**
 * Screenshots of every embed as an editor pastes it: each widget's script and iframe snippet
 * (the ones the builder writes, from the same `embedSnippets`), in English and Ukrainian, on a
 * bare page of another origin, at 390 px and 1280 px, light and dark, into
 * screenshots/embeds/. Run after `pnpm build`; a contact sheet per width and scheme is written
 * beside them (`sheet-<width>-<scheme>.png`) to look at them together.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { type Catalog, catalog } from '@null-and-void/statements';
import { launchBrowser } from '../e2e/browser.js';
import { serveCdnFromBuild } from '../e2e/cdn.js';
import { articlePage, screenshotHost, startHost } from '../e2e/host.js';
import { embedSnippets } from '../src/embeds.js';
import { absolute } from '../src/site.js';
import type { Widget } from '../src/snippets.js';
import { bundleIntegrity, CDN_SCRIPT_BASE } from '../src/widget-bundles.js';
import { forEachScreen } from './screens.js';
import { serveBuiltSite } from './site-server.js';

const CASES: [Widget, Record<string, string>][] = [
  ['statement', { statement: 'nato-2022-09-22' }],
  ['quote', { statement: 'nato-2022-09-22', quote: '1' }],
  ['statement-list', { event: 'annexation-referendums-2022', limit: '3' }],
  ['search', { query: 'Kherson', limit: '3' }],
  ['timeline', { event: 'annexation-referendums-2022', limit: '3' }],
  ['tally', { instrument: 'unga-es-11-4' }],
];

const out = new URL('../screenshots/embeds/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const server = await serveBuiltSite();
const host = await startHost();
const browser = await launchBrowser();
const files: string[] = [];
try {
  await forEachScreen(browser, async (context, { scheme, width }) => {
    await serveCdnFromBuild(context);
    const page = await context.newPage();
    for (const lang of ['en', 'uk'] as const) {
      for (const [widget, attributes] of CASES) {
        for (const form of ['script', 'iframe'] as const) {
          const integrity = bundleIntegrity(widget);
          const snippets = embedSnippets(
            { catalog: catalog as Catalog, lang, siteUrl: absolute('/') },
            {
              widget,
              attributes: {
                ...attributes,
                lang,
                ...(scheme === 'dark' ? { theme: 'dark' } : {}),
              },
              frameId: 'nv-shot',
              scriptBase: CDN_SCRIPT_BASE,
              ...(integrity ? { integrity } : {}),
            },
          );
          // A bare page; in dark mode it only says it is dark, as a dark news site would.
          const article = articlePage(snippets[form], lang);
          host.serve(
            scheme === 'dark'
              ? article.replace('<head>', '<head><meta name="color-scheme" content="dark">')
              : article,
          );
          await page.goto(host.url, { waitUntil: 'networkidle' });
          await page.waitForTimeout(600);
          const file = `${out}${widget}-${form}-${lang}-${width}-${scheme}.png`;
          await screenshotHost(page, file);
          files.push(file);
        }
      }
    }
    // One sheet per width and scheme: every embed side by side, scaled down.
    const sheet = await context.newPage();
    const shots = files.filter((f) => f.endsWith(`-${width}-${scheme}.png`));
    await sheet.setViewportSize({ width: 1600, height: 900 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;flex-wrap:wrap;gap:8px;background:#888">${shots
        .map(
          (f) =>
            `<figure style="margin:0;width:${width < 600 ? 190 : 390}px"><img style="width:100%" src="data:image/png;base64,${readFileSync(f).toString('base64')}"><figcaption style="font:11px sans-serif">${f.slice(out.length)}</figcaption></figure>`,
        )
        .join('')}</body>`,
    );
    await sheet.screenshot({ path: `${out}sheet-${width}-${scheme}.png`, fullPage: true });
  });
} finally {
  await browser.close();
  await host.close();
  await server.close();
}
console.log(`${files.length} screenshots written to ${out}`);
