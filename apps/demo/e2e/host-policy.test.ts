/**
 * The embed builder states the Content-Security-Policy a news site's page needs (issue 15): the
 * test reads the line from the builder as a reader sees it, serves a page on another origin with
 * exactly that header and the builder's own snippet, and checks that the card shows with no
 * policy or Trusted Types violation. The same snippet under the policy without the CDN's origin
 * is blocked, so the check can fail. The CDN's URLs are answered from the local build (cdn.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalog } from '@null-and-void/statements';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CDN_BASE } from '../src/widget-bundles.js';
import { launchBrowser } from './browser.js';
import { serveCdnFromBuild } from './cdn.js';
import { inLang, visit } from './helpers.js';
import { articlePage } from './host.js';
import { expectReaderSeesCard, expectSeen, readerSees } from './reader.js';

const STATEMENT = 'nato-2022-09-22';
let browser: Browser;
let context: BrowserContext;
let server: Server;
let hostUrl: string;
let served = { html: '', policy: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await serveCdnFromBuild(context);
  server = createServer((_, response) => {
    response
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': served.policy,
      })
      .end(served.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** The policy line and the script snippet, as the builder shows them. */
async function fromBuilder(lang: 'en' | 'uk') {
  const { page, errors } = await visit(
    context,
    inLang(lang, `/embed-builder/?widget=statement&statement=${STATEMENT}`),
  );
  await page.waitForFunction(() => document.querySelector('#snippet-script')?.textContent);
  const policy = (await page.locator('#host-policy').textContent())!;
  // The site scrolls smoothly: bring the block into view first, as a reader scrolling to it would.
  await page.locator('#host-policy').scrollIntoViewIfNeeded();
  const [line] = await readerSees(page, '#host-policy', [policy]);
  expectSeen(line, 'the policy line as a reader sees it');
  const snippet = (await page.locator('#snippet-script').textContent())!;
  expect(errors).toEqual([]);
  await page.close();
  return { policy, snippet };
}

/** Opens the snippet on the host under `policy`; returns the violations and errors it met. */
async function embedUnder(policy: string, snippet: string, lang: 'en' | 'uk') {
  served = { html: articlePage(snippet, lang), policy };
  const page: Page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeBinding('nvViolation', (_, text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { nvViolation(text: string): void }).nvViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(hostUrl, { waitUntil: 'load' });
  expect(response!.headers()['content-security-policy']).toBe(policy);
  return { page, violations, errors };
}

describe.each(['en', 'uk'] as const)('the host policy the builder states (%s)', (lang) => {
  test('the builder snippet runs under exactly that policy: no violation, the card in view', async () => {
    const { policy, snippet } = await fromBuilder(lang);
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("trusted-types lit-html 'allow-duplicates'");
    const { page, violations, errors } = await embedUnder(policy, snippet, lang);
    const title = catalog.get(STATEMENT).title[lang];
    await expectReaderSeesCard(page, title);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('without the CDN in script-src the same snippet is blocked (the check can fail)', async () => {
  const { policy, snippet } = await fromBuilder('en');
  const without = policy.replaceAll(` ${new URL(CDN_BASE).origin}`, '');
  expect(without).not.toBe(policy);
  const { page, violations } = await embedUnder(without, snippet, 'en');
  await page.waitForTimeout(500);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  await page.close();
});
