/**
 * The hostile host: every element, from the CDN bundles, on pages whose CSS does its worst
 * (`* { all: unset !important }`, `white-space: nowrap`, `direction: rtl`, tiny and huge font
 * sizes and line heights, all `!important`), under `default-src 'self'` with Trusted Types and
 * the policy line the README documents, with XSS payloads in every free-text field of a valid
 * user catalog and in every attribute. Payloads are batched: one page holds many of them. The
 * page loads `all.js` and, for the map that is not in it, `vote-map.js`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CSP, launch, open, recorded, settledAll } from './browser.js';
import { unseen } from './helpers.js';
import { hostileCatalog, hostileIds } from './hostile-catalog.js';
import { serve } from './serve.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

const root = join(import.meta.dirname, '..');
const cdn = join(root, 'dist/cdn');

/** Every element and the attributes it documents (custom-elements.json, as published). */
const ATTRIBUTES: Record<string, string[]> = Object.fromEntries(
  (
    JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    }
  ).modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
);

/** Each element set up to show something of the record, but for the attribute under test. */
const BASE: Record<string, Record<string, string>> = {
  'nv-statement': { statement: 'nato-2022-09-22' },
  'nv-quote': { statement: 'nato-2022-09-22' },
  'nv-statement-list': { limit: '2' },
  'nv-search': { limit: '2', query: 'Kherson' },
  'nv-timeline': { event: 'crimea-referendum-2014', limit: '1' },
  'nv-tally': { instrument: 'unga-es-11-4' },
  'nv-vote-map': { instrument: 'unga-es-11-4' },
};

const RESET = `* { all: unset !important; }
html, body, main, h1, p, div, blockquote, footer { display: block !important; }
main > p { margin: 1.5em 0 !important; }`;
/** The page's worst: three pages' worth, each inherited by the widgets through their host. */
const HOSTILE_CSS: Record<string, string> = {
  tiny: `${RESET}
body { font: italic 900 5px/0.1 Georgia, serif !important; white-space: nowrap !important;
  direction: rtl !important; letter-spacing: 0.5em !important; word-spacing: 3em !important;
  text-indent: 120px !important; text-transform: uppercase !important; text-align: justify !important;
  text-align-last: right !important; hyphens: auto !important; text-shadow: 0 0 3px red !important;
  -webkit-text-fill-color: transparent !important; }`,
  huge: `${RESET}
body { font: 48px/4 serif !important; white-space: nowrap !important; direction: rtl !important;
  letter-spacing: 0.1em !important; word-spacing: 1em !important; text-align: right !important;
  text-transform: capitalize !important; font-variant: small-caps !important; }`,
  tight: `${RESET}
body { font: 17px/0 sans-serif !important; white-space: pre !important; direction: rtl !important;
  letter-spacing: -0.2em !important; word-spacing: -1em !important; text-indent: -50px !important;
  tab-size: 80 !important; word-break: keep-all !important; }`,
};

const attr = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const attributes = (set: Record<string, string>) =>
  Object.entries(set)
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('');

/** A page of the host: its stylesheets, one script, the widgets between two paragraphs. */
const page = (lang: string, css: string[], widgets: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>A</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head>
<body><main><h1>A</h1><p>B.</p>${widgets}<p id="after">C.</p></main>
<script type="module" src="/all.js"></script><script type="module" src="/vote-map.js"></script></body></html>`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const pages: Record<string, string> = {
  '/canary.js': 'nvPwned("canary.js")',
  ...Object.fromEntries(Object.entries(HOSTILE_CSS).map(([k, css]) => [`/hostile-${k}.css`, css])),
};

beforeAll(async () => {
  if (!existsSync(join(cdn, 'all.js'))) throw new Error('run the build first: dist/cdn is missing');
  site = await serve(cdn, pages, { 'content-security-policy': HOST_CSP });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

/** Splits the payloads into pages: the long ones alone, the others `size` at a time. */
function batches(size: number): { first: number; payloads: string[] }[] {
  const out: { first: number; payloads: string[] }[] = [];
  let batch: string[] = [];
  let first = 0;
  XSS_PAYLOADS.forEach((payload, i) => {
    if (payload.length > 10_000) {
      out.push({ first: i, payloads: [payload] });
      return;
    }
    if (batch.length === 0) first = i;
    batch.push(payload);
    if (batch.length === size) {
      out.push({ first, payloads: batch });
      batch = [];
    }
  });
  if (batch.length) out.push({ first, payloads: batch });
  return out;
}

const LANGS = ['en', 'uk'] as const;
const CSS = Object.keys(HOSTILE_CSS);
const WIDTHS = [390, 1280];

/** What the widgets may draw in their shadow roots: anything else came from a payload. */
const SHADOW_TAGS = new Set(
  'article p span time blockquote footer h4 div ul ol li a figure figcaption section label input button select option strong mark dl dt dd slot'.split(
    ' ',
  ),
);

/** What the vote map draws besides: the map. No other widget may hold them. */
const MAP_TAGS = ['svg', 'defs', 'pattern', 'rect', 'path'];

/**
 * Everything a payload could have made of the page, as a list of problems: an element or
 * attribute no widget draws, a link that is not http(s), the page wider than the window.
 */
function inspect([shadowTags, mapTags]: [string[], string[]]): string[] {
  const widgetTags = new Set(shadowTags);
  const withMap = new Set([...shadowTags, ...mapTags]);
  let allowed = widgetTags;
  const lightTags = new Set(['html', 'head', 'meta', 'title', 'link', 'body', 'main', 'h1', 'p']);
  const problems: string[] = [];
  const check = (element: Element, inShadow: boolean) => {
    const tag = element.localName;
    if (inShadow ? !allowed.has(tag) : !lightTags.has(tag) && !tag.startsWith('nv-')) {
      const src = element.getAttribute('src');
      if (!(tag === 'script' && (src === '/all.js' || src === '/vote-map.js'))) {
        problems.push(`<${tag}> ${inShadow ? 'in a widget' : 'in the page'}`);
      }
    }
    if (tag.startsWith('nv-')) return;
    for (const { name } of element.attributes) {
      if (/^on|^(srcdoc|formaction|action|data|background|poster|xlink:href)$/i.test(name)) {
        problems.push(`<${tag} ${name}>`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const { protocol } = new URL(element.getAttribute('href')!, location.href);
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`a link to ${protocol}`);
    }
  };
  const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
    for (const element of root.querySelectorAll('*')) {
      check(element, inShadow);
      if (!element.shadowRoot) continue;
      allowed = element.localName === 'nv-vote-map' ? withMap : widgetTags;
      walk(element.shadowRoot, true);
      allowed = widgetTags;
    }
  };
  walk(document, false);
  const width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (width > innerWidth)
    problems.push(`the page is ${width} px wide in a ${innerWidth} px window`);
  return problems;
}

/** The translated messages a widget may show when it fails. */
const MESSAGES = {
  en: [
    'This could not be found in the record.',
    'This widget is set up wrongly.',
    'The statements could not be loaded.',
    'The data for this widget is not valid.',
  ],
  uk: [
    'Цього не знайдено в реєстрі.',
    'Віджет налаштовано неправильно.',
    'Не вдалося завантажити заяви.',
    'Дані для цього віджета недійсні.',
  ],
};

/**
 * What each widget shows: its box, or its error message, seen and in the widget's language (its
 * own `lang`, else the page's); else what went wrong.
 */
function outcomes(messages: Record<string, string[]>): string[] {
  return [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('nv-'))
    .map((e, i) => {
      const root = e.shadowRoot!;
      const alert = root.querySelector<HTMLElement>('.error');
      if (alert) {
        const tag = e.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0];
        const text = alert.textContent?.trim() ?? '';
        if (!messages[tag === 'uk' ? 'uk' : 'en']!.includes(text)) {
          return `${i} ${e.localName}: the message "${text}"`;
        }
        if (!alert.checkVisibility() || alert.getBoundingClientRect().height < 1) {
          return `${i} ${e.localName}: its message unseen`;
        }
        return 'error';
      }
      const frame = root.querySelector<HTMLElement>('.frame');
      if (!frame?.textContent?.trim()) return `${i} ${e.localName}: nothing shown`;
      return 'shown';
    });
}

/**
 * Console lines that are not the network refusing what a payload asked for: a `src` that is not
 * there, or on another origin, which the page's own policy refuses to connect to.
 */
const unexpected = (problems: string[]) =>
  problems.filter(
    (p) =>
      !/^error: (Failed to load resource|(Connecting to '|Fetch API cannot load |CSP violation: connect-src )https?:\/\/(?!127\.0\.0\.1))/.test(
        p,
      ),
  );

/** Loads a page and checks what every payload page must hold; returns the open tab. */
async function visit(path: string, width: number): Promise<Page> {
  const { tab, problems } = await open(browser, `${site.url}${path}`, { width, height: 900 });
  await settledAll(tab);
  const { pwned, violations } = await recorded(tab);
  expect(pwned, `${path}: scripts that ran`).toEqual([]);
  expect(site.requests.filter((r) => r === '/canary.js')).toEqual([]);
  // A `src` on another origin is the page's own attribute, which its own policy refuses.
  const foreign = violations.filter((v) => !/^connect-src https?:\/\/(?!127\.0\.0\.1)/.test(v));
  expect(foreign, `${path}: CSP violations`).toEqual([]);
  expect(unexpected(problems), `${path}: errors`).toEqual([]);
  const page = await tab.evaluate(inspect, [[...SHADOW_TAGS], MAP_TAGS] as [string[], string[]]);
  expect(page.join('\n'), `${path}: what the payloads made of the page`).toBe('');
  return tab;
}

describe('the hostile host: payloads in every free-text field of a user catalog', () => {
  for (const [n, { first, payloads }] of batches(30).entries()) {
    const lang = LANGS[n % 2]!;
    const css = CSS[n % CSS.length]!;
    const width = WIDTHS[n % 2]!;
    it(`payloads ${first + 1}–${first + payloads.length} (${lang}, ${css} page, ${width} px): shown as text, in their boxes, no script, no other link`, async () => {
      const src = `/catalog-${n}.json`;
      pages[src] = JSON.stringify(hostileCatalog(payloads));
      const widgets = payloads.map((_, i) => {
        const id = hostileIds(i);
        return [
          `<nv-statement${attributes({ src, statement: id.statement })}></nv-statement>`,
          `<nv-statement${attributes({ src, statement: id.statement, variant: 'full' })}></nv-statement>`,
          `<nv-quote${attributes({ src, statement: id.statement, quote: '1' })}></nv-quote>`,
          `<nv-tally${attributes({ src, instrument: id.instrument })}></nv-tally>`,
          `<nv-tally${attributes({ src, event: id.event })}></nv-tally>`,
          `<nv-timeline${attributes({ src, event: id.event })}></nv-timeline>`,
          `<nv-search${attributes({ src, issuer: id.actor, event: id.event, topic: id.theme, 'call-to-action': id.callToAction, 'legal-ref': id.instrument, region: id.region, query: 'zzzz' })}></nv-search>`,
        ].join('');
      });
      const list = `<nv-statement-list${attributes({ src, limit: String(payloads.length), filters: 'event,region,theme,year,kind' })}></nv-statement-list>`;
      const maps = payloads.map(
        (_, i) =>
          `<nv-vote-map${attributes({ src, instrument: hostileIds(i).instrument })}></nv-vote-map>`,
      );
      const path = `/catalog-${n}.html`;
      pages[path] = page(lang, [`/hostile-${css}.css`], list + widgets.join('') + maps.join(''));
      const tab = await visit(path, width);
      expect(await tab.evaluate(outcomes, MESSAGES)).toEqual(expect.arrayContaining(['shown']));
      expect((await tab.evaluate(outcomes, MESSAGES)).filter((o) => o !== 'shown')).toEqual([]);
      const shown = await tab.evaluate(
        ({ count, listSize }) => {
          const widgets = [...document.querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('nv-'),
          );
          const text = (e: Element, selector: string) =>
            [...e.shadowRoot!.querySelectorAll(selector)].map((x) => x.textContent ?? '');
          const list = widgets[0]!;
          return Array.from({ length: count }, (_, i) => {
            const [card, full, quote, vote, about, timeline, search] = widgets.slice(
              1 + i * 7,
              8 + i * 7,
            ) as Element[];
            return {
              card: [...text(card!, '[part="title"]'), ...text(card!, '[part="summary"]')],
              full: text(full!, 'blockquote p, .text p'),
              reference: text(full!, '[part="footer"] a'),
              quote: text(quote!, '[part="text"] p'),
              vote: text(vote!, '.caption .title'),
              about: text(about!, '.caption .title'),
              timeline: [...text(timeline!, '.event-name'), ...text(timeline!, '.symbol')],
              scope: text(search!, '[part="scope"]'),
              map: text(widgets[1 + count * 7 + i]!, '.caption .title'),
              listed: text(list, '.items .title').length === listSize,
            };
          });
        },
        { count: payloads.length, listSize: payloads.length },
      );
      payloads.forEach((payload, i) => {
        const text = payload.trim();
        const seen = shown[i]!;
        expect(seen.card, `payload ${first + i + 1}`).toEqual([text, text]);
        expect(seen.full).toEqual([text, text, text, text]);
        expect(seen.reference[0]).toContain(text);
        expect(seen.quote).toEqual([text]);
        expect(seen.vote).toEqual([text]);
        expect(seen.about).toEqual([text]);
        expect(seen.timeline).toEqual([text, text]);
        expect(seen.scope[0]).toContain(text);
        expect(seen.map).toEqual([text]);
        expect(seen.listed).toBe(true);
      });
      await tab.evaluate(`globalThis.unseen = ${unseen.toString()}`);
      const hidden = await tab.evaluate((count) => {
        const cards = [...document.querySelectorAll('nv-statement:not([variant])')];
        const see = (globalThis as unknown as { unseen: typeof unseen }).unseen;
        return cards.slice(0, count).flatMap((card, i) => {
          const box = card.shadowRoot!.querySelector('.card')!;
          return ['[part="title"]', '[part="summary"]'].flatMap((part) =>
            see(card, card.shadowRoot!.querySelector(part)!, box).map((p) => `${i} ${part} ${p}`),
          );
        });
      }, payloads.length);
      expect(hidden).toEqual([]);
      await tab.close();
    });
  }
});

// Each batch renders every attribute of every element with its payloads (the last one holds the
// 200 KB strings): minutes on a loaded 2-core machine, so the batches get room beyond the default.
describe('the hostile host: payloads in every attribute of every element', {
  timeout: 240_000,
}, () => {
  for (const [n, { first, payloads }] of batches(18).entries()) {
    const lang = LANGS[(n + 1) % 2]!;
    const css = CSS[(n + 1) % CSS.length]!;
    const width = WIDTHS[(n + 1) % 2]!;
    it(`payloads ${first + 1}–${first + payloads.length} (${lang}, ${css} page, ${width} px): each widget shows itself or says what is wrong, in its language`, async () => {
      const widgets = Object.entries(ATTRIBUTES).flatMap(([tag, names]) =>
        names.flatMap((name) =>
          payloads.map(
            (payload) => `<${tag}${attributes({ ...BASE[tag], [name]: payload })}></${tag}>`,
          ),
        ),
      );
      const path = `/attributes-${n}.html`;
      pages[path] = page(lang, [`/hostile-${css}.css`], widgets.join(''));
      const tab = await visit(path, width);
      const seen = await tab.evaluate(outcomes, MESSAGES);
      expect(seen).toHaveLength(widgets.length);
      expect(seen.filter((o) => o !== 'shown' && o !== 'error')).toEqual([]);
      // The search box shows its query and placeholder as the reader's text, never as markup.
      const boxes = await tab.evaluate(() =>
        [...document.querySelectorAll('nv-search')].map((search) => {
          const input = search.shadowRoot!.querySelector('input');
          return {
            query: search.getAttribute('query') ?? '',
            placeholder: search.getAttribute('placeholder'),
            value: input?.value,
            shownPlaceholder: input?.placeholder,
          };
        }),
      );
      for (const box of boxes) {
        if (box.value === undefined) continue;
        expect(box.value).toBe(box.query.replace(/[\r\n]/g, ''));
        if (box.placeholder !== null) expect(box.shownPlaceholder).toBe(box.placeholder);
      }
      await tab.close();
    });
  }
});

describe('the hostile host: checks that see what a payload would make', () => {
  it('an element, an attribute, a script link and a wide page are all reported', async () => {
    const path = '/self-check.html';
    pages[path] = page('en', [], '<nv-statement statement="nato-2022-09-22"></nv-statement>');
    const { tab } = await open(browser, `${site.url}${path}`, { width: 390 });
    await settledAll(tab);
    await tab.evaluate(() => {
      const root = document.querySelector('nv-statement')!.shadowRoot!;
      root.append(document.createElement('img'));
      const marked = document.createElement('div');
      marked.setAttribute('background', 'x');
      const link = document.createElement('a');
      link.href = 'javascript:void 0';
      root.append(marked, link);
      document.body.append(document.createElement('iframe'));
      document.body.style.margin = '0';
      document.querySelector('h1')!.style.width = '2000px';
    });
    expect(
      (await tab.evaluate(inspect, [[...SHADOW_TAGS], MAP_TAGS] as [string[], string[]])).join(
        '\n',
      ),
    ).toBe(
      [
        '<img> in a widget',
        '<div background>',
        'a link to javascript:',
        '<iframe> in the page',
        'the page is 2000 px wide in a 390 px window',
      ].join('\n'),
    );
    await tab.close();
  });
});

/** Where the paragraph after the widget is, in the page. */
const afterTop = (tab: Page) =>
  tab.evaluate(() => document.querySelector('#after')!.getBoundingClientRect().top + scrollY);
/** Two animation frames: layout done and painted. */
const painted = (tab: Page) =>
  tab.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/**
 * The upgrade as a reader's browser does it: the page painted with the fallback while the script
 * is held back, then the script, then the widget's data. Returns where the paragraph after the
 * widget was at each step and the layout shift of it all.
 */
async function upgrade(path: string, width: number) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { tab, problems } = await open(browser, `${site.url}${path}`, {
    width,
    height: 900,
    before: (t) =>
      t.route(/\/(all|vote-map)\.js$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  await tab.waitForSelector('#after', { state: 'attached' });
  await painted(tab);
  const before = await afterTop(tab);
  release();
  await tab.waitForFunction(
    () => customElements.get('nv-tally') && customElements.get('nv-vote-map'),
  );
  await painted(tab);
  const defined = await afterTop(tab);
  await settledAll(tab);
  await painted(tab);
  const ready = await afterTop(tab);
  const { shifts, violations } = await recorded(tab);
  expect([...violations, ...problems]).toEqual([]);
  await tab.close();
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
  return { defined: defined - before, ready: ready - before, cls };
}

describe('the hostile host: the upgrade moves nothing around the widget', () => {
  // A fallback as tall as the widget, with margins of its own: nothing may move. Plain and hostile
  // pages, phone and desktop widths.
  const fallback =
    '<blockquote class="fallback"><p>The record of what the world said.</p></blockquote>';
  const widgets = Object.entries(BASE).map(([tag, set]) => `<${tag}${attributes(set)}>`);
  for (const css of ['plain', 'tiny']) {
    for (const width of WIDTHS) {
      it(`${css} page, ${width} px: every widget keeps the place of a fallback of its size`, async () => {
        const stylesheets = css === 'plain' ? [] : [`/hostile-${css}.css`];
        const measure = `/natural-${css}-${width}.html`;
        pages[measure] = page(
          'en',
          stylesheets,
          widgets.map((open, i) => `${open}</${Object.keys(BASE)[i]}><p>B.</p>`).join(''),
        );
        const { tab } = await open(browser, `${site.url}${measure}`, { width, height: 900 });
        await settledAll(tab);
        const heights = await tab.evaluate(() =>
          [...document.querySelectorAll('main > *')]
            .filter((e) => e.localName.startsWith('nv-'))
            .map((e) => e.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height),
        );
        await tab.close();
        const figures: string[] = [];
        for (const [i, tag] of Object.keys(BASE).entries()) {
          const sized = `/sized-${css}-${width}-${tag}.css`;
          pages[sized] =
            `${tag} > .fallback { display: block !important; overflow: hidden !important;
            height: ${heights[i]}px !important; margin: 37px 0 43px !important; }`;
          const path = `/upgrade-${css}-${width}-${tag}.html`;
          pages[path] = page('en', [...stylesheets, sized], `${widgets[i]}${fallback}</${tag}>`);
          const moved = await upgrade(path, width);
          figures.push(
            `${tag}: ${moved.defined.toFixed(1)} px on definition, ${moved.ready.toFixed(1)} px once ready, CLS ${moved.cls.toFixed(4)}`,
          );
          expect(moved.defined, `${tag} on definition`).toBeCloseTo(0, 0);
          expect(moved.ready, `${tag} once ready`).toBeCloseTo(0, 0);
          expect(moved.cls, tag).toBeLessThan(0.01);
        }
        console.log(
          `the paragraph after each widget (${css} page, ${width} px):\n  ${figures.join('\n  ')}`,
        );
      });
    }
  }
});
