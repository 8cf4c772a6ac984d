/**
 * Renders nv-statement-list and nv-search from the CDN build in English and Ukrainian, light and
 * dark, at a phone's and a desktop's width, to `screenshots/` for a person to look at.
 * Run after `pnpm build`: `tsx scripts/screenshots-list.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
const widgets: Record<string, { markup: string; act?: (page: Page) => Promise<void> }> = {
  'statement-list': {
    markup: '<nv-statement-list filters="event,issuerKind,year" limit="4"></nv-statement-list>',
  },
  search: {
    markup: '<nv-search region="UA-65" limit="3"></nv-search>',
    act: async (page) => {
      await page.locator('nv-search input').fill('Kherson');
      await page.locator('nv-search .items').waitFor();
    },
  },
  'search-empty': {
    markup: '<nv-search event="crimea-referendum-2014"></nv-search>',
    act: async (page) => {
      await page.locator('nv-search input').fill('Zaporizhzhia Kakhovka');
      await page.locator('nv-search .status.empty').waitFor();
    },
  },
};

function page(name: string, lang: string, theme: string): string {
  const dark = theme === 'dark';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;padding:24px 16px;font:18px/1.5 Georgia,serif;background:${dark ? '#111316' : '#fafaf7'};color:${dark ? '#eee' : '#222'}}
main{max-width:720px;margin:auto}</style>
<script type="module" src="/dist/cdn/${name.startsWith('search') ? 'search' : name}.js"></script></head>
<body><main><p>An article paragraph before the widget, in the page's own font.</p>
${widgets[name]!.markup.replace('>', ` theme="${theme}">`)}
<p>The article goes on after it.</p></main></body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const [, name, lang, theme] = url.pathname.split('/');
  if (name === 'page' && lang && theme) {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page(url.searchParams.get('w') ?? '', lang, theme));
    return;
  }
  const file = normalize(join(root, url.pathname));
  if (!file.startsWith(join(root, 'dist'))) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const name of Object.keys(widgets)) {
    for (const lang of ['en', 'uk']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [360, 1000]) {
          const tab = await browser.newPage({ viewport: { width, height: 800 } });
          tab.on('response', (r) => r.status() >= 400 && console.log('page 404', r.url()));
          tab.on('pageerror', (e) => console.log('page error:', e.message));
          await tab.goto(`http://localhost:${port}/page/${lang}/${theme}?w=${name}`);
          await tab.locator('[part~="list"], [part~="search"]').first().waitFor();
          await widgets[name]!.act?.(tab);
          const file = join(out, `${name}-${lang}-${theme}-${width}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          await tab.close();
          console.log(file);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
