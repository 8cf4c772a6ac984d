/**
 * Every snippet the embed builder hands out, pasted unchanged into a bare page on another origin
 * (127.0.0.1 instead of the site's localhost), shows a reader what the builder's preview shows:
 * the same text, visible and unclipped, at the same height. Script snippets also carry fallback
 * content that a reader without JavaScript can read.
 */
import { type Catalog, catalog as typedCatalog } from '@null-and-void/statements';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_SITE } from '../../../packages/widgets/src/base/project-site.js';
import { CDN_SCRIPT_BASE } from '../src/widget-bundles.js';
import { launchBrowser } from './browser.js';
import { serveCdnFromBuild } from './cdn.js';
import { siteOrigin, url, visit } from './helpers.js';
import { articlePage, type HostSite, startHost } from './host.js';
import { readerSees, unseen } from './reader.js';

type Lang = 'en' | 'uk';
type Form = 'script' | 'iframe';

let host: HostSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await serveCdnFromBuild(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin });
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Ids as plain strings: the cases name records the catalog has. */
const catalog: Catalog = typedCatalog;
const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ');
const nato = catalog.get('nato-2022-09-22');
const es114 = catalog.instrument('unga-es-11-4');
const event = catalog.event('annexation-referendums-2022');
const listed = catalog.query({ event: event.id }, { sort: '-date', limit: 3 }).items;
// Every hit of this search has the same first issuer, so near-ties in the ranking cannot change
// whose name the reader sees first.
const searched = catalog.search('Stoltenberg', undefined, { limit: 10 });

/** Each widget: the builder's URL for it, and the texts a reader must see once it has loaded. */
const CASES: Record<
  string,
  { query: string; sees: (lang: Lang) => string[]; withoutScript?: (lang: Lang) => string[] }
> = {
  statement: {
    query: `widget=statement&statement=${nato.id}`,
    sees: (lang) => [
      nato.title[lang],
      words(nato.summary[lang], 6),
      catalog.actor(nato.source.publisher).name[lang],
    ],
  },
  quote: {
    query: `widget=quote&statement=${nato.id}&quote=1`,
    sees: (lang) => [
      words(nato.quotes[1]!.text, 5),
      catalog.actor(nato.quotes[1]!.speaker).name[lang],
    ],
  },
  'statement-list': {
    query: `widget=statement-list&event=${event.id}&limit=3`,
    sees: (lang) => listed.map((s) => s.title[lang]),
  },
  search: {
    query: 'widget=search&query=Stoltenberg&limit=3',
    sees: (lang) => [
      lang === 'en' ? 'Search the statements' : 'Пошук заяв',
      catalog.actor(searched.items[0]!.statement.issuers[0]!).name[lang],
    ],
    // Without JavaScript, a search form that opens the site's statements page.
    withoutScript: (lang) => [lang === 'en' ? 'Search the statements' : 'Пошук у заявах'],
  },
  timeline: {
    query: `widget=timeline&event=${event.id}&limit=3`,
    sees: (lang) => [event.name[lang]],
  },
  tally: {
    query: `widget=tally&instrument=${es114.id}`,
    sees: (lang) => [es114.symbol!, es114.title[lang], String(es114.votes!.yes)],
  },
  // The legend's words and a state named in its group, with the script; the groups without it.
  'vote-map': {
    query: `widget=vote-map&instrument=${es114.id}`,
    sees: (lang) => [
      es114.symbol!,
      es114.title[lang],
      lang === 'en' ? 'Did not vote' : 'Не голосували',
      lang === 'en' ? 'Turkmenistan' : 'Туркменістан',
    ],
  },
};

/** The preview frames are 640 px wide inside a 1 px border: the bare page is 638 px wide. */
const PREVIEW_WIDTH = 640;

/** Clicks a copy button in the builder and returns what landed on the clipboard. */
async function copy(page: Page, id: string): Promise<string> {
  // On a loaded machine headless Chromium now and then drops a click on the Copy button (seen in
  // two CI runs: the status line stayed empty for 30 s, one case of 28 each time). A reader whose
  // click did nothing clicks again: so does the test, once; a second silence fails.
  for (let attempt = 1; ; attempt++) {
    // The clipboard takes writes from the focused page only.
    await page.bringToFront();
    await page.click(`button[data-copy="${id}"]`);
    const status = await page
      .waitForFunction(
        (target) => document.querySelector(`[data-status-for="${target}"]`)?.textContent || false,
        id,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    if (status) {
      expect(await status.jsonValue()).toBe('Copied to the clipboard');
      return page.evaluate(() => navigator.clipboard.readText());
    }
    if (attempt === 2) throw new Error(`The Copy button of #${id} said nothing after two clicks.`);
  }
}

/** The embed's box in a page or frame: the `nv-*` element, or the iframe of an iframe snippet. */
const EMBED =
  'body > [data-nv-embed], body > :is(nv-statement, nv-quote, nv-statement-list, nv-search, nv-timeline, nv-tally, nv-vote-map)';

/** Waits until the embed shows every text and its height has held still for half a second. */
async function settle(
  page: Page | Frame,
  form: Form,
  texts: readonly string[],
): Promise<Frame | Page> {
  let inner: Page | Frame = page;
  if (form === 'iframe') {
    await page.waitForSelector('iframe[data-nv-embed]');
    const handle = await page.$('iframe[data-nv-embed]');
    inner = (await handle!.contentFrame())!;
  }
  // Texts rendered by a widget, in its shadow root (not the fallback in the light DOM).
  await inner.waitForFunction(
    (needles) => {
      const shown: string[] = [];
      const walk = (node: Node, inShadow: boolean) => {
        if (inShadow && node.nodeType === Node.TEXT_NODE) shown.push((node as Text).data);
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot, true);
        for (const child of node.childNodes) walk(child, inShadow);
      };
      walk(document.body, false);
      const text = shown.join(' ');
      return needles.every((n) => text.includes(n));
    },
    texts,
    { timeout: 20_000 },
  );
  let last = -1;
  for (let stable = 0; stable < 5; ) {
    await page.waitForTimeout(100);
    const height = await embedHeight(page);
    stable = Math.abs(height - last) < 0.5 ? stable + 1 : 0;
    last = height;
  }
  return inner;
}

function embedHeight(page: Page | Frame): Promise<number> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    return el ? el.getBoundingClientRect().height : -1;
  }, EMBED);
}

/** Opens the builder for a widget and returns its snippet and what its preview shows. */
async function fromBuilder(widget: string, lang: Lang, form: Form) {
  const query = `${CASES[widget]!.query}&lang=${lang}&preview-width=${PREVIEW_WIDTH}`;
  const { page, errors } = await visit(context, `/embed-builder/?${query}`);
  const snippet = await copy(page, form === 'script' ? 'snippet-script' : 'snippet-iframe');
  const previewFrame = (await (await page.$(`#preview-${form}`))!.contentFrame())!;
  await settle(previewFrame, form, CASES[widget]!.sees(lang));
  const height = await embedHeight(previewFrame);
  const width = await page.$eval(`#preview-${form}`, (el) => el.clientWidth);
  expect(errors, 'console errors in the builder').toEqual([]);
  await page.close();
  return { snippet, height, width };
}

/** Pastes a snippet into the host page and waits until the embed has settled. */
async function paste(snippet: string, lang: Lang, width: number, javaScript = true) {
  host.serve(articlePage(snippet, lang));
  const pageContext = javaScript ? context : await browser.newContext({ javaScriptEnabled: false });
  const page = await pageContext.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Layout shifts from the first paint on, as a page's Cumulative Layout Shift counts them.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(host.url, { waitUntil: 'load' });
  return { page, errors, close: () => (javaScript ? page.close() : pageContext.close()) };
}

const WIDGETS = Object.keys(CASES);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(['en', 'uk'] as const)('pasted snippets (%s)', (lang) => {
  for (const widget of WIDGETS) {
    for (const form of ['script', 'iframe'] as const) {
      test(`${widget}, ${form} snippet: the reader sees what the preview showed`, async () => {
        const sees = CASES[widget]!.sees(lang);
        const preview = await fromBuilder(widget, lang, form);
        // A script snippet loads the released version from the public CDN, pinned by its hash.
        if (form === 'script') {
          expect(preview.snippet).toMatch(
            new RegExp(
              `src="${escapeRegExp(CDN_SCRIPT_BASE)}${widget}\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"`,
            ),
          );
        } else
          expect(preview.snippet).toContain(url(`${lang === 'uk' ? '/uk' : ''}/embed/${widget}/`));

        const pasted = await paste(preview.snippet, lang, preview.width);
        const inner = await settle(pasted.page, form, sees);
        const missed = unseen(await readerSees(inner, form === 'script' ? EMBED : 'body', sees));
        expect(missed, 'texts a reader cannot see').toEqual([]);
        // The credit links to the page of the site that shows the same view.
        const credit = await inner.evaluate(() => {
          const find = (root: ParentNode): string | undefined => {
            for (const el of root.querySelectorAll('*')) {
              const link = el.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="credit-link"]');
              if (link) return link.href;
              const inside = el.shadowRoot && find(el.shadowRoot);
              if (inside) return inside;
            }
            return undefined;
          };
          return find(document);
        });
        if (form === 'iframe') {
          expect(credit, 'credit link').toMatch(/^http:\/\/localhost:\d+\//);
          expect((await fetch(credit!)).status, credit).toBe(200);
        } else {
          // Loaded from the CDN, the bundle links to the project's site (decision 0017), to the
          // page this site has at the same path.
          const site = `${PROJECT_SITE}${lang === 'uk' ? 'uk/' : ''}`;
          expect(credit?.startsWith(site), `credit link from the CDN: ${credit}`).toBe(true);
          const path = `/${credit!.slice(PROJECT_SITE.length)}`;
          expect((await fetch(url(path))).status, path).toBe(200);
          const creditText = lang === 'uk' ? 'Джерело: Null & Void' : 'Source: Null & Void';
          expect(unseen(await readerSees(inner, EMBED, [creditText])), 'credit').toEqual([]);
        }
        const height = await embedHeight(pasted.page);
        expect(
          Math.abs(height - preview.height),
          `pasted ${height} px, preview ${preview.height} px`,
        ).toBeLessThanOrEqual(2);
        if (form === 'iframe') {
          // The frame shows all of its page: nothing below its bottom edge.
          const content = await inner.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
        }
        const shift = await pasted.page.evaluate(() =>
          (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
        );
        console.log(
          `${lang} ${widget} ${form}: ${Math.round(height)} px high at ${preview.width} px, layout shift ${shift.toFixed(3)}`,
        );
        // What the article around the embed moves by, as Core Web Vitals count it: "good" is
        // under 0.1. A frame that reported its loading placeholder's height scored 0.25 to 0.5.
        expect(shift).toBeLessThan(0.1);
        expect(pasted.errors, 'console errors on the host page').toEqual([]);
        await pasted.close();

        if (form === 'script') {
          // Without JavaScript the fallback is there to read, and the widget is taller than it.
          const plain = await paste(preview.snippet, lang, preview.width, false);
          const fallbackHeight = await embedHeight(plain.page);
          const readable = (CASES[widget]!.withoutScript ?? CASES[widget]!.sees)(lang);
          expect(unseen(await readerSees(plain.page, EMBED, readable)), 'fallback').toEqual([]);
          expect(height).toBeGreaterThan(fallbackHeight);
          await plain.close();
        }
      });
    }
  }
});

test('an iframe snippet resizes to its content, and only its own frame can resize it', async () => {
  const { page: builder } = await visit(
    context,
    '/embed-builder/?widget=quote&statement=nato-2022-09-22&quote=1',
  );
  const snippet = await copy(builder, 'snippet-iframe');
  await builder.close();
  expect(snippet).toMatch(
    /<iframe src="[^"]+\/embed\/quote\/\?statement=nato-2022-09-22&amp;quote=1&amp;id=nv-[a-z0-9]+"/,
  );
  expect(snippet).toContain(`<script src="${url('/embed.js')}" async></script>`);

  // A rogue frame on the host page tries to resize the embed with the embed's own id.
  const id = /id=(nv-[a-z0-9]+)/.exec(snippet)![1];
  const rogue = `<iframe id="rogue" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'nv:resize', id: '${id}', height: 7 }, '*'), 50)</script>"></iframe>`;
  const { page, errors, close } = await paste(snippet + rogue, 'en', 1280);
  const frame = page.locator('iframe[data-nv-embed]');
  await page.waitForFunction(
    () => document.querySelector<HTMLIFrameElement>('iframe[data-nv-embed]')?.style.height !== '',
  );
  const embedFrame = page.frames().find((f) => f.url().includes('/embed/quote/'))!;
  await embedFrame.waitForFunction(() =>
    document.querySelector('nv-quote')?.shadowRoot?.textContent?.includes('We condemn'),
  );
  // The frame takes the height of its content, whatever the snippet's starting height was.
  await page.waitForFunction(async () => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-nv-embed]')!;
    return iframe.style.height !== '' && iframe.style.height !== '260px';
  });
  const contentHeight = await embedFrame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  await page.waitForTimeout(300);
  const height = await frame.evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(height - contentHeight)).toBeLessThanOrEqual(1);
  expect(height).toBeGreaterThan(7);
  // A message from the host page itself is ignored too.
  await page.evaluate(
    (frameId) => window.postMessage({ type: 'nv:resize', id: frameId, height: 9 }, '*'),
    id,
  );
  await page.waitForTimeout(200);
  expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
  expect(errors).toEqual([]);
  await close();
});

test('the statement page’s snippets are the builder’s, and its preview is the pasted card', async () => {
  const { page, errors } = await visit(
    context,
    '/embed-builder/?widget=statement&statement=nato-2022-09-22',
  );
  const builderScript = await page.locator('#snippet-script').textContent();
  const { page: statement } = await visit(context, '/statements/nato-2022-09-22/');
  expect(await statement.locator('#embed-script').textContent()).toBe(builderScript);
  // The builder's URL keeps only what differs from the defaults.
  await page.selectOption('#variant', 'compact');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-script')?.textContent?.includes('variant="compact"'),
  );
  expect(new URL(page.url()).search).toBe('?statement=nato-2022-09-22&variant=compact');
  await page.selectOption('#lang', 'uk');
  expect(await page.locator('#snippet-iframe').textContent()).toContain('/uk/embed/statement/?');
  expect(errors).toEqual([]);
  await page.close();
  await statement.close();
});

test('the builder: filter chips, the credit switch, the statement finder', async () => {
  const { page, errors } = await visit(context, '/embed-builder/?widget=statement-list');
  await page.check('input[name="filters"][value="event"]');
  await page.check('input[name="filters"][value="year"]');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-script')?.textContent?.includes('filters="event,year"'),
  );
  expect(new URL(page.url()).searchParams.get('filters')).toBe('event,year');
  await page.uncheck('input[name="credit"]');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-script')?.textContent?.includes(' no-credit'),
  );
  expect(await page.locator('#snippet-iframe').textContent()).toContain('no-credit=');

  await page.check('input[name="widget"][value="statement"]');
  await page.fill('#statement-find', 'Херсон');
  const options = await page.$$eval('#statement option:not([hidden])', (o) => o.length);
  const expected = catalog.search('Херсон', undefined, { limit: 200 }).total;
  expect(options).toBeGreaterThanOrEqual(Math.min(expected, 200));
  expect(options).toBeLessThan(catalog.statements.length);
  const first = await page.$eval(
    '#statement option:not([hidden])',
    (o) => (o as HTMLOptionElement).value,
  );
  await page.selectOption('#statement', first);
  await page.waitForFunction(
    (id) => document.querySelector('#snippet-script')?.textContent?.includes(`statement="${id}"`),
    first,
  );
  expect(errors).toEqual([]);
  await page.close();
});

test.each(['en', 'uk'] as const)(
  'the builder opened without a query shows the newest statement (%s)',
  async (lang) => {
    const { page, errors } = await visit(
      context,
      lang === 'uk' ? '/uk/embed-builder/' : '/embed-builder/',
    );
    const newest = catalog.query(undefined, { sort: '-date' }).items[0]!;
    expect(await page.inputValue('#statement')).toBe(newest.id);
    await page.waitForFunction(
      (id) => document.querySelector('#snippet-script')?.textContent?.includes(`statement="${id}"`),
      newest.id,
    );
    // The reader of the preview sees the card's title, not a set-up error.
    const frame = (await (await page.$('#preview-script'))!.contentFrame())!;
    const inner = await settle(frame, 'script', [newest.title[lang]]);
    const [seen] = await readerSees(inner, 'nv-statement', [newest.title[lang]]);
    expect(seen).toMatchObject({ found: true });
    expect(seen!.clippedBy).toBeUndefined();
    expect(seen!.hiddenBy).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  },
);

test('the statement finder takes 200 characters of a 6,000-letter paste, and answers', async () => {
  const { page, errors } = await visit(context, '/embed-builder/');
  await page.fill('#statement-find', 'kherson'.repeat(858));
  // The box keeps what it searches: the reader sees the words cut.
  expect((await page.inputValue('#statement-find')).length).toBe(200);
  await page.waitForFunction(() =>
    /\(0 /.test(document.querySelector('#statement-matches')?.textContent ?? ''),
  );
  await page.fill('#statement-find', 'Kherson');
  await page.waitForFunction(
    () => !/\(0 /.test(document.querySelector('#statement-matches')?.textContent ?? ''),
  );
  expect(await page.$$eval('#statement option:not([hidden])', (o) => o.length)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('every record page offers its view to embed, as its oEmbed answer does', async () => {
  for (const [path, tag] of [
    [
      '/events/annexation-referendums-2022/',
      '<nv-statement-list event="annexation-referendums-2022"',
    ],
    ['/uk/actors/nato/', '<nv-statement-list issuer="nato"'],
    ['/regions/UA-65/', '<nv-statement-list region="UA-65"'],
    ['/instruments/unga-es-11-4/', '<nv-tally instrument="unga-es-11-4"'],
    ['/statements/nato-2022-09-22/quotes/2/', '<nv-quote statement="nato-2022-09-22" quote="1"'],
  ] as const) {
    const { page, errors } = await visit(context, path);
    expect(await page.locator('#embed-script').textContent(), path).toContain(tag);
    expect(await page.locator('#embed-iframe').textContent(), path).toContain('data-nv-embed');
    // The preview is the snippet in a bare page, loaded as it nears the screen.
    await page.locator('iframe[data-embed-preview]').scrollIntoViewIfNeeded();
    const preview = (await (await page.$('iframe[data-embed-preview]'))!.contentFrame())!;
    await preview.waitForFunction(
      (name) =>
        (document.querySelector(name)?.shadowRoot?.textContent ?? '').includes('Null & Void'),
      tag.slice(1, tag.indexOf(' ')),
    );
    expect(errors, path).toEqual([]);
    await page.close();
  }
});
