/**
 * The plugin in a real WordPress 6.1 (Debian's package) on 127.0.0.1, embedding the Null & Void
 * site served on another origin (localhost), read by a reader in Chromium: a pasted statement
 * address and a shortcode in an English and a Ukrainian post, then a pasted address in a
 * WordPress without the plugin. See setup.ts for what runs.
 */
import { mkdirSync } from 'node:fs';
import { catalog } from '@null-and-void/statements';
import { launchBrowser } from 'demo/e2e/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PhpLog } from './php-log.js';
import {
  expectFrameFitsContent,
  expectFrameShows,
  firstWords,
  openPost,
  phpMessages,
} from './reader.js';
import { wpCommand } from './wp-command.js';

const siteUrl = inject('siteUrl');
const wordpressUrl = inject('wordpressUrl');
const host = inject('wordpressHost');
const admin = inject('admin');
const SCREENSHOTS = new URL('../screenshots/', import.meta.url);
const LANGS = ['en', 'uk'] as const;
type Lang = (typeof LANGS)[number];

const statement = catalog.get('nato-2022-09-22');
const instrument = catalog.instrument('unga-es-11-4');
const pageUrl = (lang: Lang) =>
  `${siteUrl}${lang === 'uk' ? 'uk/' : ''}statements/${statement.id}/`;
const tallyShortcode = (lang: Lang) =>
  `[null-and-void widget="tally" instrument="${instrument.id}"${lang === 'uk' ? ' lang="uk"' : ''}]`;

/** The English post as the block editor saves it: a pasted address becomes an embed block. */
function blockPost(url: string, shortcode: string): string {
  return `<!-- wp:paragraph -->
<p>What NATO said, as the record has it:</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"null-void"} -->
<figure class="wp-block-embed is-type-rich is-provider-null-void wp-block-embed-null-void"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->

<!-- wp:paragraph -->
<p>And the UN General Assembly's vote:</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
${shortcode}
<!-- /wp:shortcode -->`;
}

/** The Ukrainian post as the classic editor saves it: the address alone on its line. */
function classicPost(url: string, shortcode: string): string {
  return `Що заявила НАТО, за записом:\n\n${url}\n\nІ голосування Генеральної Асамблеї ООН:\n\n${shortcode}\n`;
}

let browser: Browser;
let reader: Page;
const started = performance.now();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  reader = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `WordPress test: setup (packages, site build, MariaDB, WordPress install) ${inject('setupSeconds').toFixed(1)} s, tests ${seconds.toFixed(1)} s`,
  );
});

async function logIn(page: Page): Promise<void> {
  await page.goto(`${wordpressUrl}/wp-login.php`);
  await page.fill('#user_login', admin.user);
  await page.fill('#user_pass', admin.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}

const phpLog = new PhpLog(inject('logs'));

/** Nothing the plugin did made PHP complain, in the page or in the logs, since the last check. */
function expectNoPhpMessages(html?: string): void {
  if (html !== undefined) expect(phpMessages(html)).toEqual([]);
  expect(phpLog.problems()).toEqual([]);
  phpLog.mark();
}

describe('with the plugin', () => {
  let editor: Page;

  beforeAll(async () => {
    expect(wpCommand<{ active: boolean }>(host, 'activate')).toEqual({ active: true });
    expectNoPhpMessages();
    editor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await logIn(editor);
    // The dashboard's first calls home (to wordpress.org, blocked in the test site) log
    // WordPress's own warnings.
    phpLog.mark();
  });

  test('an administrator sets the site address in Settings → Null & Void; a non-http(s) address is refused', async () => {
    const settings = `${wordpressUrl}/wp-admin/options-general.php?page=null-and-void`;
    await editor.goto(settings);
    const field = editor.getByLabel('Site address');
    await field.fill('ftp://files.example.org/');
    await editor.getByRole('button', { name: 'Save Changes' }).click();
    await expect
      .poll(() => editor.getByText('is not an http:// or https:// address').isVisible())
      .toBe(true);
    expect(await field.inputValue()).toBe('');

    await field.fill(siteUrl);
    await editor.getByRole('button', { name: 'Save Changes' }).click();
    await expect.poll(() => editor.getByText('Settings saved.').isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(siteUrl);
    await editor.screenshot({ path: new URL('settings.png', SCREENSHOTS).pathname });
    expectNoPhpMessages();
  });

  test.each(LANGS)(
    'a post in %s shows the pasted statement and the shortcode’s tally, sized to their content',
    async (lang) => {
      const url = pageUrl(lang);
      const content =
        lang === 'en'
          ? blockPost(url, tallyShortcode(lang))
          : classicPost(url, tallyShortcode(lang));
      const post = wpCommand<{ url: string }>(host, 'publish', {
        title: `Null & Void embeds (${lang})`,
        content,
      });
      const html = await openPost(reader, post.url);
      expectNoPhpMessages(html);
      // The trusted provider's answer keeps its embed.js; the shortcode enqueues it too.
      expect(await reader.locator(`script[src="${siteUrl}embed.js"]`).count()).toBeGreaterThan(0);

      const card = reader.locator(`iframe[data-nv-embed][src*="/embed/statement/"]`);
      await expectFrameShows(card, [statement.title[lang], firstWords(statement.summary[lang])]);
      const cardHeights = await expectFrameFitsContent(card);

      const tally = reader.locator(`iframe[data-nv-embed][src*="/embed/tally/"]`);
      expect(await tally.getAttribute('src')).toContain(
        `${siteUrl}${lang === 'uk' ? 'uk/' : ''}embed/tally/?instrument=${instrument.id}&id=nv-`,
      );
      await expectFrameShows(tally, [instrument.title[lang]]);
      const tallyHeights = await expectFrameFitsContent(tally);
      console.log(
        `${lang} post with the plugin: statement frame ${JSON.stringify(cardHeights)}, tally frame ${JSON.stringify(tallyHeights)}`,
      );
      await reader.screenshot({
        path: new URL(`post-${lang}-plugin.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
    },
  );
});
