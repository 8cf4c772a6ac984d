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
  screenshotPage,
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
function blockPost(url: string, shortcode?: string): string {
  return `<!-- wp:paragraph -->
<p>What NATO said, as the record has it:</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"null-void"} -->
<figure class="wp-block-embed is-type-rich is-provider-null-void wp-block-embed-null-void"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->

${
  shortcode
    ? `<!-- wp:paragraph -->
<p>And the UN General Assembly's vote:</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
${shortcode}
<!-- /wp:shortcode -->`
    : ''
}`;
}

/** The Ukrainian post as the classic editor saves it: the address alone on its line. */
function classicPost(url: string, shortcode?: string): string {
  const tally = shortcode ? `І голосування Генеральної Асамблеї ООН:\n\n${shortcode}\n` : '';
  return `Що заявила НАТО, за записом:\n\n${url}\n\n${tally}`;
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
      const card = reader.locator(`iframe[data-nv-embed][src*="/embed/statement/"]`);
      // The trusted provider's answer keeps its embed.js right after its frame; the shortcode
      // enqueues the same script (WordPress's id on it) at the end of the page.
      const answerScript = card.locator('xpath=following-sibling::script[1]');
      expect(await answerScript.getAttribute('src')).toBe(`${siteUrl}embed.js`);
      const enqueued = reader.locator('script#null-and-void-embed-js');
      expect(await enqueued.getAttribute('src')).toBe(`${siteUrl}embed.js`);
      expect(await enqueued.getAttribute('async')).not.toBeNull();
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
      await screenshotPage(reader, new URL(`post-${lang}-plugin.png`, SCREENSHOTS).pathname);
    },
  );

  test('a mistaken shortcode tells those who can edit the post what is wrong; readers see nothing', async () => {
    const post = wpCommand<{ url: string }>(host, 'publish', {
      title: 'A shortcode with mistakes',
      content: `Text before.\n\n[null-and-void widget="statment" statement="${statement.id}"]\n\n[null-and-void widget="tally" instrument="${instrument.id}" colour="red"]\n\nText after.`,
    });
    const html = await openPost(reader, post.url);
    expectNoPhpMessages(html);
    expect(html).toContain(
      '<!-- Null & Void: There is no Null &amp; Void widget “statment”. Use one of: statement, quote, statement-list, search, timeline, tally, vote-map. -->',
    );
    expect(await reader.locator('.null-and-void-notice').count()).toBe(0);
    expect(await reader.getByText('statment').count()).toBe(0);
    expect(await reader.getByText('Text after.').isVisible()).toBe(true);

    await openPost(editor, post.url);
    const notes = editor.locator('.null-and-void-notice');
    await expect.poll(() => notes.count()).toBe(2);
    for (const note of await notes.all()) expect(await note.isVisible()).toBe(true);
    expect(await notes.nth(0).textContent()).toContain(
      'There is no Null & Void widget “statment”.',
    );
    expect(await notes.nth(1).textContent()).toContain(
      'The tally widget has no attribute colour. It takes: instrument, event, lang, theme',
    );
    await editor.screenshot({ path: new URL('shortcode-mistakes-en.png', SCREENSHOTS).pathname });

    // In a Ukrainian WordPress the editor reads the note in Ukrainian.
    wpCommand(host, 'set-option', { name: 'WPLANG', value: 'uk' });
    try {
      await openPost(editor, post.url);
      expect(await notes.nth(0).textContent()).toContain('Віджета Null & Void «statment» немає.');
      expect(await notes.nth(1).textContent()).toContain('Віджет tally не має атрибута colour.');
      await editor.screenshot({ path: new URL('shortcode-mistakes-uk.png', SCREENSHOTS).pathname });
    } finally {
      wpCommand(host, 'set-option', { name: 'WPLANG', value: '' });
    }
    expectNoPhpMessages();
  });

  test.each([
    ['no attributes', '[null-and-void]', 'needs a widget attribute'],
    ['a bare widget', '[null-and-void widget]', 'needs a widget attribute'],
    [
      'an unknown language',
      `[null-and-void widget="statement" statement="${statement.id}" lang="fr"]`,
      'lang must be en or uk, not “fr”',
    ],
    [
      'two unknown attributes',
      '[null-and-void widget="quote" colour="red" size="big"]',
      'has no attributes colour, size',
    ],
  ])(
    'a shortcode with %s explains itself to an editor without a PHP message',
    (_, shortcode, message) => {
      const forEditor = wpCommand<{ html: string }>(host, 'shortcode', { user: 1, shortcode });
      expect(forEditor.html).toContain('class="null-and-void-notice"');
      expect(forEditor.html).toContain(message);
      const forReader = wpCommand<{ html: string }>(host, 'shortcode', { user: 0, shortcode });
      expect(forReader.html).toMatch(/^<!-- Null & Void: [\s\S]*? -->$/);
      expectNoPhpMessages();
    },
  );
  test('a shortcode hands the widget its attributes, a bare one as a boolean, in the frame’s address', () => {
    const { html } = wpCommand<{ html: string }>(host, 'shortcode', {
      user: 0,
      shortcode: `[null-and-void widget="quote" statement="${statement.id}" quote="1" theme="dark" lang="uk" no-credit]`,
    });
    const src = /<iframe data-nv-embed src="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#038;', '&');
    expect(src).toMatch(
      new RegExp(
        `^${siteUrl}uk/embed/quote/\\?statement=${statement.id}&quote=1&theme=dark&no-credit=no-credit&id=nv-[a-z0-9]{8}$`,
      ),
    );
    // The link card leads to the quote's own page, which counts quotes from 1.
    expect(html).toContain(`<a href="${siteUrl}uk/statements/${statement.id}/quotes/2/">`);
    expectNoPhpMessages();
  });
});

describe('without the plugin', () => {
  beforeAll(() => {
    expect(wpCommand<{ active: boolean }>(host, 'deactivate')).toEqual({ active: false });
    expectNoPhpMessages();
  });

  test.each(LANGS)(
    'a post in %s with a pasted address shows a link card, or the sandboxed frame sized to its content',
    async (lang) => {
      const url = pageUrl(lang);
      const post = wpCommand<{ url: string }>(host, 'publish', {
        title: `Pasted without the plugin (${lang})`,
        content: lang === 'en' ? blockPost(url) : classicPost(url),
      });

      // Where no script runs, WordPress shows the answer's link card and keeps the frame hidden.
      const noScript = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 900 },
      });
      const plain = await noScript.newPage();
      expectNoPhpMessages(await openPost(plain, post.url));
      const link = plain.locator('blockquote.wp-embedded-content a');
      expect(await link.textContent()).toBe(statement.title[lang]);
      expect(await link.getAttribute('href')).toBe(url);
      expect(await link.isVisible()).toBe(true);
      const hidden = plain.locator('iframe.wp-embedded-content');
      expect(await hidden.evaluate((frame) => getComputedStyle(frame).clip)).toBe(
        'rect(1px, 1px, 1px, 1px)',
      );
      await screenshotPage(
        plain,
        new URL(`post-${lang}-plugin-free-no-script.png`, SCREENSHOTS).pathname,
      );
      await noScript.close();

      // A reader's browser: the sandboxed frame speaks WordPress's protocol, so wp-embed.js shows
      // it, sized to its content, and hides the card.
      const html = await openPost(reader, post.url);
      expectNoPhpMessages(html);
      const frame = reader.locator('iframe.wp-embedded-content');
      expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
      await expectFrameShows(frame, [statement.title[lang], firstWords(statement.summary[lang])]);
      const heights = await expectFrameFitsContent(frame);
      expect(await reader.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
      console.log(`${lang} post without the plugin: sandboxed frame ${JSON.stringify(heights)}`);
      await screenshotPage(reader, new URL(`post-${lang}-plugin-free.png`, SCREENSHOTS).pathname);
    },
  );
});
