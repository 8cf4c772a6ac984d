/**
 * `pnpm screenshots`: every widget from its own built CDN bundle (`statement.js` for
 * `<nv-statement>`, as an editor embeds it), in English and Ukrainian, light and dark, at 360 px
 * and 1000 px (the vote map and the newer card scenes at 390 and 1280 px), as PNGs in `screenshots/`, for a person to look at. The bundles are served at
 * `/widgets/`, as the demo site serves them, so the credit lines link to the record's pages.
 * `pnpm screenshots [filter]` renders only the widgets whose name contains `filter`.
 * `NV_SHOTS_DIR` writes them elsewhere, and `NV_SHOTS_WIDTHS=390,720` takes every widget at those
 * widths: a before-and-after comparison of a style change wants the same pictures in two folders.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '@null-and-void/testing/chromium';
import { chromium, type Page } from 'playwright';
import { serve } from '../test/serve.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.env.NV_SHOTS_DIR ?? join(root, 'screenshots');
const widths = process.env.NV_SHOTS_WIDTHS?.split(',').map(Number);
mkdirSync(out, { recursive: true });

/** Each widget as an editor would embed it. */
const WIDGETS: Record<string, string> = {
  statement: '<nv-statement statement="nato-2022-09-22"></nv-statement>',
  // As the embed builder's snippet carries it: one line and a link.
  'statement-short-fallback':
    '<nv-statement statement="nato-2022-09-22"><blockquote><p>One line of fallback text the page gave.</p><footer><a href="https://example.org/">A link</a></footer></blockquote></nv-statement>',
  // A fallback taller than the card: the card keeps its height, the source line at the bottom.
  'statement-tall-fallback': `<nv-statement statement="ukraine-eu-56-states-2024-03-15" variant="compact"><blockquote>${'<p>Fallback text the page gave, taller than the compact card.</p>'.repeat(10)}</blockquote></nv-statement>`,
  // The kind of each link (issue 17) and a quote in its own words, the other version opened.
  'statement-link-kinds': '<nv-statement statement="g7-2014-03-12" variant="full"></nv-statement>',
  'statement-original': '<nv-statement statement="ukraine-mfa-2023-09-08"></nv-statement>',
  'statement-no-credit': '<nv-statement statement="nato-2022-09-22" no-credit></nv-statement>',
  'statement-compact':
    '<nv-statement statement="ukraine-eu-56-states-2024-03-15" variant="compact"></nv-statement>',
  'statement-full':
    '<nv-statement statement="ukraine-eu-56-states-2024-03-15" variant="full"></nv-statement>',
  'statement-error':
    '<nv-statement statement="nato-typo"><blockquote><p>Fallback text the page gave.</p></blockquote></nv-statement>',
  quote: '<nv-quote statement="nato-2022-09-22"></nv-quote>',
  'tally-es-11-4': '<nv-tally instrument="unga-es-11-4"></nv-tally>',
  'tally-68-262': '<nv-tally instrument="unga-68-262"></nv-tally>',
  'tally-unsc-2022': '<nv-tally instrument="unsc-draft-2022-09-30"></nv-tally>',
  'tally-event': '<nv-tally event="annexation-referendums-2022"></nv-tally>',
  'tally-error':
    '<nv-tally instrument="unga-es-11-4" event="annexation-referendums-2022"></nv-tally>',
  'vote-map-es-11-4': '<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>',
  'vote-map-chosen': '<nv-vote-map instrument="unga-68-262"></nv-vote-map>',
  'vote-map-unsc-2022': '<nv-vote-map instrument="unsc-draft-2022-09-30"></nv-vote-map>',
  'vote-map-error':
    '<nv-vote-map instrument="unga-99-1"><p>Fallback text the page gave.</p></nv-vote-map>',
  timeline: '<nv-timeline></nv-timeline>',
  'timeline-event': '<nv-timeline event="annexation-referendums-2022" limit="8"></nv-timeline>',
  'timeline-range': '<nv-timeline from="2023" to="2024-03"></nv-timeline>',
  'statement-list':
    '<nv-statement-list filters="event,issuerKind,year" limit="4"></nv-statement-list>',
  search: '<nv-search region="UA-65" limit="3"></nv-search>',
  'search-empty': '<nv-search event="crimea-referendum-2014"></nv-search>',
  // On a page whose CSS does its worst (HOSTILE_CSS): the widgets keep their own text layout.
  'hostile-statement':
    '<nv-statement statement="nato-2022-09-22"><blockquote><p>Fallback text the page gave.</p></blockquote></nv-statement>',
  'hostile-timeline': '<nv-timeline event="crimea-referendum-2014"></nv-timeline>',
  'hostile-vote-map': '<nv-vote-map instrument="unga-es-11-4"></nv-vote-map>',
  'hostile-statement-list':
    '<nv-statement-list filters="event,issuerKind,year" limit="3"></nv-statement-list>',
};

/** What a reader does before the picture is taken. */
const ACTIONS: Record<string, (page: Page) => Promise<void>> = {
  'vote-map-chosen': async (page) => {
    await page.locator('nv-vote-map button[data-state="CN"]').focus();
  },
  'statement-original': async (page) => {
    await page.locator('nv-statement button[part="version"]').click();
  },
  search: async (page) => {
    await page.locator('nv-search input').fill('Kherson');
    await page.locator('nv-search .items').waitFor();
  },
  'search-empty': async (page) => {
    await page.locator('nv-search input').fill('Zaporizhzhia Kakhovka');
    await page.locator('nv-search .status.empty').waitFor();
  },
};

const page = (widget: string, lang: string, theme: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/host.css"><script type="module" src="/widgets/${widget.match(/^<nv-([a-z-]+)/)![1]}.js"></script></head>
<body class="${theme}"><main><p class="lede">${lang === 'uk' ? 'Абзац статті перед віджетом.' : 'An article paragraph before the widget.'}</p>
${widget.replace(/^<(nv-[a-z-]+)/, `<$1 theme="${theme}"`)}
<p>${lang === 'uk' ? 'Абзац статті після віджета.' : 'An article paragraph after the widget.'}</p></main></body></html>`;

const HOST_CSS = `body{margin:0;font:17px/1.55 Georgia,serif;background:#fff;color:#222}
body.dark{background:#101114;color:#ddd}main{max-width:40em;margin:0 auto;padding:1em}`;

/** Every element unset, the widgets' hosts made inline, every inherited text property at its worst. */
const HOSTILE_CSS = `*{all:unset!important}html,body,main,p,blockquote{display:block!important}
body{font:italic 15px/.4 Georgia,serif!important;white-space:nowrap!important;direction:rtl!important;
letter-spacing:.3em!important;word-spacing:1em!important;text-indent:3em!important;
text-transform:uppercase!important;text-align:justify!important;background:#fff!important;color:#222!important}
body.dark{background:#101114!important;color:#ddd!important}main{padding:1em!important}
main>p{margin:1em 0!important;white-space:normal!important}`;

const only = process.argv[2] ?? '';
const pages: Record<string, string> = {};
const sceneOf: Record<string, string> = {};
for (const [name, widget] of Object.entries(WIDGETS)) {
  if (!name.includes(only)) continue;
  for (const lang of ['en', 'uk']) {
    for (const theme of ['light', 'dark']) {
      pages[`/${name}-${lang}-${theme}.html`] = page(widget, lang, theme);
      sceneOf[`/${name}-${lang}-${theme}.html`] = name;
    }
  }
}
const site = await serve(join(root, 'dist/cdn'), pages, {}, '/widgets/');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let count = 0;
for (const path of Object.keys(pages)) {
  // The vote map at the widths of a phone and a wide desktop, the rest as they always were.
  const wide = /vote-map|link-kinds|original/.test(sceneOf[path]!);
  for (const width of widths ?? (wide ? [390, 1280] : [360, 1000])) {
    const tab = await browser.newPage({ viewport: { width, height: 800 } });
    const css = sceneOf[path]!.startsWith('hostile-') ? HOSTILE_CSS : HOST_CSS;
    await tab.route('**/host.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: css }),
    );
    await tab.goto(`${site.url}${path}`);
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('main > *')]
        .filter((el) => el.localName.startsWith('nv-'))
        .every((el) => (el as unknown as { status?: string }).status !== 'loading'),
    );
    await ACTIONS[sceneOf[path]!]?.(tab);
    await tab.waitForTimeout(150);
    await tab.screenshot({ path: join(out, `${path.slice(1, -5)}-${width}.png`), fullPage: true });
    await tab.close();
    count++;
  }
}
await browser.close();
site.server.close();
console.log(`${count} screenshots in ${out}`);
