import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalog as bundled, type Catalog } from '@null-and-void/statements';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { inLang, siteDir, url } from './helpers.js';
import { type HostSite, screenshotHost, startHost } from './host.js';

// Ids read from other records and from addresses, as plain strings.
const catalog: Catalog = bundled;
const LANGS = ['en', 'uk'] as const;
type Lang = (typeof LANGS)[number];

interface OembedDocument {
  type: string;
  version: string;
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  html: string;
  width: number;
  height: number;
}

function endpoint(params: Record<string, string>): string {
  return url(`/oembed?${new URLSearchParams(params)}`);
}

async function oembed(pageUrl: string, extra: Record<string, string> = {}) {
  const response = await fetch(endpoint({ url: pageUrl, format: 'json', ...extra }));
  return { response, body: (await response.json()) as OembedDocument & { error?: string } };
}

const nato = catalog.get('nato-2022-09-22');
const quoteSpeaker = catalog.actor(nato.quotes[1]!.speaker);

/** Every kind of view an editor may paste, what its embed must be, and a name it must carry. */
const VIEWS = [
  {
    kind: 'statement',
    path: '/statements/nato-2022-09-22/',
    widget: 'statement',
    attributes: { statement: 'nato-2022-09-22' },
    image: 'statements/nato-2022-09-22',
    named: (lang: Lang) => nato.title[lang],
  },
  {
    kind: 'quote',
    path: '/statements/nato-2022-09-22/quotes/2/',
    widget: 'quote',
    attributes: { statement: 'nato-2022-09-22', quote: '1' },
    image: 'statements/nato-2022-09-22/quotes/2',
    named: (lang: Lang) => quoteSpeaker.name[lang],
  },
  {
    kind: 'event',
    path: '/events/annexation-referendums-2022/',
    widget: 'statement-list',
    attributes: { event: 'annexation-referendums-2022' },
    image: 'events/annexation-referendums-2022',
    named: (lang: Lang) => catalog.event('annexation-referendums-2022').name[lang],
  },
  {
    kind: 'actor',
    path: '/actors/ukraine/',
    widget: 'statement-list',
    attributes: { issuer: 'ukraine' },
    image: 'actors/ukraine',
    named: (lang: Lang) => catalog.actor('ukraine').name[lang],
  },
  {
    kind: 'region',
    path: '/regions/UA-65/',
    widget: 'statement-list',
    attributes: { region: 'UA-65' },
    image: 'regions/UA-65',
    named: (lang: Lang) => catalog.regions.find((r) => r.code === 'UA-65')!.name[lang],
  },
  {
    kind: 'instrument',
    path: '/instruments/unga-es-11-4/',
    widget: 'tally',
    attributes: { instrument: 'unga-es-11-4' },
    image: 'instruments/unga-es-11-4',
    named: () => catalog.instrument('unga-es-11-4').symbol!,
  },
  {
    kind: 'vote map',
    path: '/instruments/unga-68-262/map/',
    widget: 'vote-map',
    attributes: { instrument: 'unga-68-262' },
    image: 'instruments/unga-68-262/map',
    named: () => catalog.instrument('unga-68-262').symbol!,
  },
  {
    kind: 'filtered list',
    path: '/statements/?event=annexation-referendums-2022&issuerKind=state&issuerKind=intergovernmental&theme=annexation&from=2022-09&sort=date',
    widget: 'statement-list',
    attributes: {
      event: 'annexation-referendums-2022',
      'issuer-kind': 'state,intergovernmental',
      topic: 'annexation',
      from: '2022-09',
      sort: 'date',
    },
    image: 'statements',
    named: (lang: Lang) => catalog.event('annexation-referendums-2022').name[lang],
  },
  {
    kind: 'search text',
    path: '/statements/?q=Kherson&region=UA-65&callToAction=non-recognition',
    widget: 'search',
    attributes: { query: 'Kherson', region: 'UA-65', 'call-to-action': 'non-recognition' },
    image: 'statements',
    named: () => 'Kherson',
  },
] as const;

const cases = LANGS.flatMap((lang) => VIEWS.map((view) => ({ lang, ...view })));

/** The iframe of an answer's html: its address and size. */
function iframeOf(markup: string) {
  const tag = /<iframe [^>]*>/.exec(markup)?.[0] ?? '';
  const attribute = (name: string) =>
    new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&') ?? '';
  return {
    src: new URL(attribute('src')),
    width: Number(attribute('width')),
    height: Number(attribute('height')),
    title: attribute('title').replaceAll('&quot;', '"'),
  };
}

describe('the oEmbed endpoint', () => {
  test.each(cases)('$kind ($lang): the embed of the page', async ({ lang, ...view }) => {
    const pageUrl = url(inLang(lang, view.path));
    const { response, body } = await oembed(pageUrl);
    expect(response.status, body.error).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      provider_name: 'Null & Void',
      provider_url: url(inLang(lang, '/')),
      thumbnail_url: url(`/images/${lang}/${view.image}.png`),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(body.title).toContain(view.named(lang));
    expect(body.author_name.length).toBeGreaterThan(0);
    expect(body.cache_age).toBeGreaterThan(0);

    // The link card first (WordPress keeps it only there), then the frame, then embed.js.
    const card =
      /^<blockquote class="nv-embed-card"><a href="([^"]+)">([^<]+)<\/a>[^<]*<\/blockquote>\n/.exec(
        body.html,
      );
    expect(card?.[1]?.replaceAll('&amp;', '&')).toBe(new URL(pageUrl).href);
    expect(body.html.endsWith(`<script async src="${url('/embed.js')}"></script>`)).toBe(true);

    const frame = iframeOf(body.html);
    expect(frame.src.origin + frame.src.pathname).toBe(url(inLang(lang, `/embed/${view.widget}/`)));
    const attributes = Object.fromEntries(frame.src.searchParams);
    expect(attributes.id).toMatch(/^nv-[a-z0-9]+$/);
    delete attributes.id;
    expect(attributes).toEqual(view.attributes);
    expect(frame.title).toBe(body.title);
    expect([frame.width, frame.height]).toEqual([body.width, body.height]);
    expect(body.width).toBeLessThanOrEqual(640);
  });

  test.each(cases)('$kind ($lang): within maxwidth and maxheight', async ({ lang, path }) => {
    for (const [maxwidth, maxheight] of [
      [320, 240],
      [1000, 2000],
      [1, 1],
    ] as const) {
      const { body } = await oembed(url(inLang(lang, path)), {
        maxwidth: String(maxwidth),
        maxheight: String(maxheight),
      });
      const frame = iframeOf(body.html);
      expect(body.width).toBeGreaterThan(0);
      expect(body.height).toBeGreaterThan(0);
      expect(body.width).toBeLessThanOrEqual(maxwidth);
      expect(body.height).toBeLessThanOrEqual(maxheight);
      expect([frame.width, frame.height]).toEqual([body.width, body.height]);
      // The frame keeps within them after embed.js sizes it to its content, too (it grows up to
      // the consumer's limit, not only to the height it starts at).
      expect(body.html).toContain(`max-width:${body.width}px;max-height:${maxheight}px`);
    }
  });

  test.each([
    [
      'a page of another site',
      'https://news.example/statements/nato-2022-09-22/',
      'not a page of this site',
    ],
    [
      'an unknown statement',
      url('/statements/nato-2022-09-23/'),
      'Unknown statement id "nato-2022-09-23"',
    ],
    [
      'an unknown quote number',
      url('/statements/nato-2022-09-22/quotes/3/'),
      'there is no quote 3',
    ],
    ['quote 0', url('/uk/statements/nato-2022-09-22/quotes/0/'), 'there is no quote 0'],
    ['an unknown event', url('/events/crimea-referendum-2015/'), 'Unknown event id'],
    [
      'an unknown filter value',
      url('/statements/?event=annexation-referendums-2022&issuerKind=robot'),
      '"issuerKind" filter has no value "robot"',
    ],
    ['an unknown list parameter', url('/statements/?colour=red'), 'no "colour" parameter'],
    [
      'a search with an order it cannot keep',
      url('/statements/?q=Kherson&sort=title'),
      'sort=title cannot be kept',
    ],
    ['a bad date', url('/statements/?from=2022-02-30'), 'Invalid date for "from"'],
    ['a page with no embed', url('/data/'), 'is not a page that can be embedded'],
    ['an address that is not one', 'statements/nato-2022-09-22', 'is not an absolute address'],
  ])('404 for %s, with a message saying why', async (_, pageUrl, message) => {
    const { response, body } = await oembed(pageUrl);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.error).toContain(message);
  });

  test('501 for a format other than json; 400 for a missing url or a bad maxwidth', async () => {
    const page = url('/statements/nato-2022-09-22/');
    const xml = await fetch(endpoint({ url: page, format: 'xml' }));
    expect(xml.status).toBe(501);
    expect((await xml.json()).error).toContain('format=xml');
    const missing = await fetch(url('/oembed/?format=json'));
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toContain('url parameter is missing');
    for (const bad of ['wide', '-5', '0', '12.5']) {
      const response = await fetch(endpoint({ url: page, maxwidth: bad }));
      expect(response.status, bad).toBe(400);
      expect((await response.json()).error).toBe(
        `maxwidth must be a whole number of pixels from 1 to 999999; got "${bad}".`,
      );
    }
    // Without format the answer is JSON, the only format there is.
    expect((await fetch(url(`/oembed?${new URLSearchParams({ url: page })}`))).status).toBe(200);
  });
});

/** The oEmbed discovery links in a page's HTML, their `&amp;` undone. */
function discoveryLinks(markup: string): string[] {
  return [
    ...markup.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
  ].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );

describe('oEmbed discovery', () => {
  test.each(cases.filter((c) => !c.path.includes('?')))(
    '$kind ($lang): the page links the endpoint for its own address',
    async ({ lang, path }) => {
      const page = await (await fetch(url(inLang(lang, path)))).text();
      expect(discoveryLinks(page)).toEqual([
        endpoint({ url: url(inLang(lang, path)), format: 'json' }),
      ]);
      expect(page).toMatch(
        /<link rel="alternate" type="application\/json\+oembed" [^>]*title="[^"]+">/,
      );
    },
  );

  test.each(LANGS)(
    'the statements page (%s) discovers the view its address asks for',
    async (lang) => {
      const statements = url(inLang(lang, '/statements/'));
      expect(discoveryLinks(await (await fetch(statements)).text())).toEqual([
        endpoint({ url: statements, format: 'json' }),
      ]);
      // Other parameters and empty ones are left out; the rest is re-encoded, never echoed.
      const view =
        '?event=annexation-referendums-2022&q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&from=&utm_source=news';
      const page = await (await fetch(statements + view)).text();
      expect(page).not.toContain('<script>alert(1)');
      const [link] = discoveryLinks(page);
      const asked = new URL(link!).searchParams.get('url')!;
      expect(asked).toBe(
        `${statements}?event=annexation-referendums-2022&q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E`,
      );
      const answer = await (await fetch(link!)).json();
      expect(iframeOf(answer.html).src.searchParams.get('query')).toBe(
        '"><script>alert(1)</script>',
      );
      expect(iframeOf(answer.html).src.searchParams.get('event')).toBe(
        'annexation-referendums-2022',
      );
    },
  );

  test('every page that links the endpoint gets an embed from it, and every embeddable page links it', async () => {
    const files = htmlFiles(siteDir);
    const linked = new Map<string, string>();
    for (const file of files) {
      const links = discoveryLinks(readFileSync(file, 'utf8'));
      expect(links.length, file).toBeLessThanOrEqual(1);
      if (links[0]) linked.set(relative(siteDir, file), links[0]);
    }
    const embeddable = LANGS.flatMap((lang) => [
      inLang(lang, '/statements/'),
      ...catalog.statements.flatMap((s) => [
        inLang(lang, `/statements/${s.id}/`),
        ...s.quotes.map((_, i) => inLang(lang, `/statements/${s.id}/quotes/${i + 1}/`)),
      ]),
      ...catalog.events.map((e) => inLang(lang, `/events/${e.id}/`)),
      ...catalog.actors
        .filter((a) => catalog.query({ issuer: a.id }, { limit: 0 }).total > 0)
        .map((a) => inLang(lang, `/actors/${a.id}/`)),
      ...catalog.regions.map((r) => inLang(lang, `/regions/${r.code}/`)),
      ...catalog.instruments.map((i) => inLang(lang, `/instruments/${i.id}/`)),
      ...catalog.instruments
        .filter((i) => i.votes)
        .map((i) => inLang(lang, `/instruments/${i.id}/map/`)),
    ]);
    expect([...linked.keys()].map((file) => `/${file.replace(/index\.html$/, '')}`).sort()).toEqual(
      embeddable.sort(),
    );
    const failed: string[] = [];
    for (const [file, link] of linked) {
      const response = await fetch(link);
      if (response.status !== 200) failed.push(`${file}: ${response.status}`);
    }
    expect(failed).toEqual([]);
  });
});

describe('a pasted oEmbed answer on another site', () => {
  let browser: Browser;
  let host: HostSite;
  beforeAll(async () => {
    mkdirSync('screenshots', { recursive: true });
    browser = await launchBrowser();
    host = await startHost();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  /** Views to paste, and a text of each that the frame must show. */
  const PASTED = [
    {
      kind: 'statement',
      path: '/statements/nato-2022-09-22/',
      shows: (lang: Lang) => nato.title[lang],
    },
    {
      kind: 'quote',
      path: '/statements/nato-2022-09-22/quotes/2/',
      shows: () => nato.quotes[1]!.text,
    },
    {
      kind: 'event',
      path: '/events/annexation-referendums-2022/',
      shows: (lang: Lang) =>
        catalog.query({ event: 'annexation-referendums-2022' }, { limit: 1 }).items[0]!.title[lang],
    },
    {
      kind: 'actor',
      path: '/actors/nato-north-atlantic-council/',
      shows: (lang: Lang) =>
        catalog.query({ issuer: 'nato-north-atlantic-council' }, { limit: 1 }).items[0]!.title[
          lang
        ],
    },
    { kind: 'instrument', path: '/instruments/unga-es-11-4/', shows: () => 'A/RES/ES-11/4' },
    {
      kind: 'vote map',
      path: '/instruments/unga-68-262/map/',
      shows: (lang: Lang) => (lang === 'en' ? 'Not a UN member' : 'Не член ООН'),
    },
  ] as const;
  const pasted = LANGS.flatMap((lang) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      PASTED.map((view) => ({ lang, scheme, ...view })),
    ),
  );
  test.each(pasted)(
    '$kind ($lang, $scheme): the frame shows it and the link card gives way',
    async ({ lang, scheme, kind, path, shows }) => {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 800, height: 900 },
      });
      const { body } = await oembed(url(inLang(lang, path)), { maxwidth: '640' });
      // A news site with a dark design of its own, for the dark case.
      const darkSite =
        scheme === 'dark'
          ? '<style>:root{color-scheme:dark}body{background:#16181b;color:#e8e6e3}</style>'
          : '';
      const { page, errors } = await host.open(context, darkSite + body.html);
      const frame = page.frameLocator('iframe[data-nv-embed]');
      const text = frame.getByText(shows(lang)).first();
      await text.waitFor();
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('.nv-embed-card')!).display === 'none',
      );
      // The text is inside the frame's box, which is no wider than asked.
      const iframeBox = (await page.locator('iframe[data-nv-embed]').boundingBox())!;
      const textBox = (await text.boundingBox())!;
      expect(textBox.height).toBeGreaterThan(10);
      expect(textBox.y).toBeGreaterThanOrEqual(iframeBox.y);
      expect(textBox.y + textBox.height).toBeLessThanOrEqual(iframeBox.y + iframeBox.height);
      expect(iframeBox.width).toBeLessThanOrEqual(640);
      await screenshotHost(page, `screenshots/oembed-${kind}-${lang}-${scheme}.png`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('where the frame cannot load, the link card stays, with the record’s title and link', async () => {
    const context = await browser.newContext();
    await context.route('**/embed/**', (route) => route.abort());
    const { body } = await oembed(url('/uk/statements/nato-2022-09-22/quotes/2/'));
    const { page } = await host.open(context, body.html);
    const card = page.locator('.nv-embed-card a');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute('href')).toBe(url('/uk/statements/nato-2022-09-22/quotes/2/'));
    expect(await card.textContent()).toContain(quoteSpeaker.name.uk);
    await page.waitForTimeout(500);
    expect(await page.locator('.nv-embed-card').isVisible()).toBe(true);
    await context.close();
  });
});
