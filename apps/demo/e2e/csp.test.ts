/**
 * The site under the security headers its server sends (README, "Security headers"): every page
 * type in both languages, the statements page with its search engine, the iframe embed pages, and
 * the embed builder with both previews of every widget, with zero Content-Security-Policy or
 * Trusted Types violations, in the page and in every frame in it. The builder refuses to be
 * framed; the embed pages can be framed by another site.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalog } from '@null-and-void/statements';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { inLang, PAGE_TYPES, url } from './helpers.js';
import { type HostSite, startHost } from './host.js';
import { readerSees, unseen } from './reader.js';

let browser: Browser;
let host: HostSite;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  frame: string;
}

interface Watched {
  context: BrowserContext;
  /** `securitypolicyviolation` events of every document in the context, frames included. */
  violations: Violation[];
  /** Console errors and uncaught exceptions of every page and frame. */
  errors: string[];
  open(path: string): Promise<Page>;
}

/** A browser context that records every policy violation, in every frame of every page. */
async function watchedContext(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const violations: Violation[] = [];
  const errors: string[] = [];
  await context.exposeBinding('nvViolation', ({ frame }, found: Omit<Violation, 'frame'>) => {
    violations.push({ ...found, frame: frame.url() });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { nvViolation(v: object): void }).nvViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return {
    context,
    violations,
    errors,
    async open(path) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(url(path), { waitUntil: 'load' });
      // The policy the page runs under is the one the README documents (server.test.ts).
      expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      return page;
    },
  };
}

/** Waits until every `nv-*` widget in a frame shows its content, not its loading placeholder. */
function widgetsDrawn(frame: Frame): Promise<unknown> {
  return frame.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('nv-'))
        .every(
          (element) =>
            (element.shadowRoot?.childElementCount ?? 0) > 0 &&
            !element.shadowRoot!.querySelector('[part~="skeleton"]'),
        ),
    undefined,
    { timeout: 20_000 },
  );
}

/**
 * Brings everything a page loads on approach into view (widgets, embed previews and the frames
 * inside them) and waits until every widget in every frame has drawn.
 */
async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  const frames = await page.locator('iframe').all();
  for (const frame of frames) {
    await frame.scrollIntoViewIfNeeded();
    const inner = await (await frame.elementHandle())!.contentFrame();
    if (!inner) continue;
    await inner.waitForLoadState('load');
    for (const nested of await inner.locator('iframe').all()) {
      await nested.scrollIntoViewIfNeeded();
      const innermost = await (await nested.elementHandle())!.contentFrame();
      if (innermost) {
        await innermost.waitForLoadState('load');
        await widgetsDrawn(innermost);
      }
    }
    await widgetsDrawn(inner);
  }
  for (const frame of page.frames()) {
    await frame.waitForFunction(() => document.readyState === 'complete');
    await widgetsDrawn(frame);
  }
}

const LANGS = ['en', 'uk'] as const;
const PAGES = LANGS.flatMap((lang) =>
  [
    ...Object.values(PAGE_TYPES),
    '/statements/?q=kherson&region=UA-65&sort=date',
    '/no-such-page/',
  ].map((path) => ({ lang, path: inLang(lang, path) })),
);

describe('zero policy violations', () => {
  test.each(PAGES)('$path', async ({ path }) => {
    const watched = await watchedContext();
    const page = await watched.open(path);
    await loadEverything(page);
    if (path.includes('?q=')) {
      await page.waitForFunction(
        () => !/^139\b/.test(document.querySelector('#results-status')?.textContent ?? ''),
      );
    }
    expect(watched.violations).toEqual([]);
    // The 404 page's own status is logged as an error; nothing else may be.
    const notFound = `${url(path)}: Failed to load resource: the server responded with a status of 404 (Not Found)`;
    expect(watched.errors.filter((error) => error !== notFound)).toEqual([]);
    if (path.endsWith('no-such-page/')) expect(watched.errors).toEqual([notFound]);
    await watched.context.close();
  });

  const nato = catalog.get('nato-2022-09-22');
  const FRAMES = [
    `/embed/statement/?statement=${nato.id}`,
    `/embed/quote/?statement=${nato.id}&quote=1`,
    '/embed/statement-list/?event=annexation-referendums-2022&limit=3&filters=region',
    '/embed/search/?query=Kherson&limit=3',
    '/embed/timeline/?event=annexation-referendums-2022&theme=dark',
    '/embed/tally/?instrument=unga-es-11-4',
    `/uk/embed/statement/?statement=${nato.id}`,
    '/uk/embed/tally/?instrument=unga-es-11-4&theme=auto',
    '/embed/vote-map/?instrument=unga-es-11-4',
    '/uk/embed/vote-map/?instrument=unga-68-262&theme=dark',
  ];
  test.each(FRAMES)('the embed page %s', async (path) => {
    const watched = await watchedContext();
    const page = await watched.open(path);
    await widgetsDrawn(page.mainFrame());
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  const BUILDER = [
    `/embed-builder/?statement=${nato.id}`,
    `/embed-builder/?widget=quote&statement=${nato.id}&quote=1`,
    '/embed-builder/?widget=statement-list&event=annexation-referendums-2022&limit=3&filters=region%2Cyear',
    '/embed-builder/?widget=search&query=Kherson&limit=3&theme=dark',
    '/embed-builder/?widget=timeline&event=annexation-referendums-2022&theme=auto',
    '/embed-builder/?widget=tally&instrument=unga-es-11-4',
    '/embed-builder/?widget=vote-map&instrument=unga-es-11-1',
    `/uk/embed-builder/?widget=statement&statement=${nato.id}&variant=compact`,
  ];
  test.each(BUILDER)('the builder and both previews: %s', async (path) => {
    const watched = await watchedContext();
    const page = await watched.open(path);
    await loadEverything(page);
    // Both previews show the widget: the script one in its bare page, the iframe one in a frame.
    const script = (await page.locator('#preview-script').elementHandle())!;
    const scriptFrame = (await script.contentFrame())!;
    expect(
      await scriptFrame.evaluate(() => document.querySelector('script[type="module"]') !== null),
    ).toBe(true);
    const widgetText = await scriptFrame.evaluate(() => {
      const widget = [...document.body.children].find((e) => e.localName.startsWith('nv-'));
      return widget?.shadowRoot?.textContent?.trim().length ?? 0;
    });
    expect(widgetText).toBeGreaterThan(20);
    const iframe = (await page.locator('#preview-iframe').elementHandle())!;
    const iframeDoc = (await iframe.contentFrame())!;
    const embed = (await (await iframeDoc.$('iframe[data-nv-embed]'))!.contentFrame())!;
    expect(embed.url()).toContain('/embed/');
    const embedText = await embed.evaluate(
      () => document.querySelector('#frame > [lang]')?.shadowRoot?.textContent?.trim().length ?? 0,
    );
    expect(embedText).toBeGreaterThan(20);
    // Choosing another widget writes new previews: still no violation.
    await page.check('input[name="widget"][value="tally"]');
    await page.waitForFunction(() =>
      document.querySelector<HTMLIFrameElement>('#preview-script')?.srcdoc.includes('nv-tally'),
    );
    await loadEverything(page);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  test('the check sees a violation, in the page and in a preview frame', async () => {
    const watched = await watchedContext();
    const page = await watched.open(`/embed-builder/?statement=${nato.id}`);
    await loadEverything(page);
    const preview = (await (await page
      .locator('#preview-script')
      .elementHandle())!.contentFrame())!;
    await preview.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    const thrown = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>markup from a string</b>');
        return '';
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown).toMatch(/TrustedHTML/);
    await expect
      .poll(() => watched.violations.map((v) => v.directive).sort())
      .toEqual(['require-trusted-types-for', 'style-src-attr']);
    expect(watched.violations.find((v) => v.directive === 'style-src-attr')!.frame).toBe(
      'about:srcdoc',
    );
    await watched.context.close();
  });
});

describe('framing', () => {
  const nato = catalog.get('nato-2022-09-22');
  const embedPath = `/embed/statement/?statement=${nato.id}`;
  /** Console lines of Chromium refusing a frame for its `frame-ancestors`. */
  const refusals = (page: Page) => {
    const lines: string[] = [];
    page.on('console', (message) => {
      if (
        /violates the following Content Security Policy directive: "frame-ancestors/.test(
          message.text(),
        )
      )
        lines.push(message.text());
    });
    return lines;
  };
  /** The frame in `#id` on the page, or in the frame `#within` of it. */
  const frameIn = async (page: Page | Frame, id: string) =>
    (await (await page.$(`#${id}`))!.contentFrame())!;

  test('the builder and the other pages refuse to be framed; the embed pages are framed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const embedInSandbox = `<iframe id="inner" src="${url(embedPath)}" title="embed" width="560" height="460"></iframe>`;
    host.serve(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title></head><body>
<iframe id="builder" src="${url('/embed-builder/')}" title="builder" width="600" height="300"></iframe>
<iframe id="home" src="${url('/uk/')}" title="home" width="600" height="300"></iframe>
<iframe id="embed" src="${url(embedPath)}" title="embed" width="600" height="500"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" srcdoc="${embedInSandbox.replaceAll('"', '&quot;')}" title="a sandboxed article" width="600" height="500"></iframe>
</body></html>`,
    );
    const page = await context.newPage();
    const refused = refusals(page);
    await page.goto(host.url);
    // The embed page, framed by another origin and inside a sandboxed (opaque-origin) document.
    for (const embed of [
      await frameIn(page, 'embed'),
      await frameIn(await frameIn(page, 'sandboxed'), 'inner'),
    ]) {
      await widgetsDrawn(embed);
      expect(embed.url()).toBe(url(embedPath));
      expect(unseen(await readerSees(embed, '#frame', [nato.title.en]))).toEqual([]);
    }
    // The builder and the home page: refused, an error page in their place.
    await expect.poll(() => refused.length).toBe(2);
    expect(refused.every((line) => line.includes(`"frame-ancestors 'none'"`))).toBe(true);
    for (const id of ['builder', 'home']) {
      const frame = await frameIn(page, id);
      expect(frame.url()).toBe('chrome-error://chromewebdata/');
      expect(await frame.evaluate(() => document.querySelector('.site-header'))).toBeNull();
    }
    await context.close();
  });

  test('a page of the site cannot frame the builder either', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused = refusals(page);
    await page.goto(url('/data/'));
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'framed';
      frame.src = src;
      document.body.append(frame);
    }, url('/embed-builder/'));
    await expect.poll(() => refused.length).toBe(1);
    expect((await frameIn(page, 'framed')).url()).toBe('chrome-error://chromewebdata/');
    await context.close();
  });

  test('why the embed pages carry no frame-ancestors: Chromium refuses "*" under a sandboxed page', async () => {
    // The same embed page, served with `frame-ancestors *` by a server of this test.
    const page = await fetch(url(embedPath)).then((response) => response.text());
    const server = createServer((_, response) => {
      response
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': 'frame-ancestors *',
        })
        .end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    const star = `http://localhost:${(server.address() as AddressInfo).port}/`;
    host.serve(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title></head><body>
<iframe id="open" src="${star}" title="embed"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" srcdoc="&lt;iframe id=&quot;inner&quot; src=&quot;${star}&quot;&gt;&lt;/iframe&gt;" title="a sandboxed article"></iframe>
</body></html>`,
    );
    const context = await browser.newContext();
    const tab = await context.newPage();
    const refused = refusals(tab);
    await tab.goto(host.url);
    await expect.poll(() => refused.length).toBe(1);
    expect(refused[0]).toContain('"frame-ancestors *"');
    expect((await frameIn(tab, 'open')).url()).toBe(star);
    const inner = await frameIn(await frameIn(tab, 'sandboxed'), 'inner');
    expect(inner.url()).toBe('chrome-error://chromewebdata/');
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  });
});
