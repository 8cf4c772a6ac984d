/**
 * Renders widgets from the CDN build in each language and theme, at a phone's and a desktop's
 * width, to `screenshots/*.png`, so that a person can look at them. Run `pnpm build` first.
 * `pnpm screenshots [filter]` renders only the scenes whose name contains `filter`.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const out = join(root, 'screenshots');

/** One thing to look at: a name for the file, and the markup that shows it. */
const scenes: Record<string, string> = {
  'tally-es-11-4': '<nv-tally instrument="unga-es-11-4"></nv-tally>',
  'tally-68-262': '<nv-tally instrument="unga-68-262"></nv-tally>',
  'tally-unsc-2022': '<nv-tally instrument="unsc-draft-2022-09-30"></nv-tally>',
  'tally-event': '<nv-tally event="annexation-referendums-2022"></nv-tally>',
  'tally-error':
    '<nv-tally instrument="unga-es-11-4" event="annexation-referendums-2022"></nv-tally>',
  timeline: '<nv-timeline></nv-timeline>',
  'timeline-event': '<nv-timeline event="annexation-referendums-2022" limit="8"></nv-timeline>',
  'timeline-range': '<nv-timeline from="2023" to="2024-03"></nv-timeline>',
};
const langs = ['en', 'uk'] as const;
const themes = ['light', 'dark'] as const;
const widths = [360, 1000] as const;

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    const { lang, theme, scene } = Object.fromEntries(url.searchParams);
    const markup = (scenes[scene ?? ''] ?? '').replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`);
    const background = theme === 'dark' ? '#101215' : '#ffffff';
    const color = theme === 'dark' ? '#eceef2' : '#1b1d21';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width">
      <style>body{margin:0;padding:20px;font:17px/1.5 Georgia,serif;background:${background};color:${color}}</style>
      <script type="module" src="/all.js"></script></head><body>${markup}</body></html>`);
    return;
  }
  const path = normalize(join(cdn, url.pathname));
  if (!path.startsWith(cdn)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(path);
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const only = process.argv[2] ?? '';
// `CLIP=y,height` keeps only that band of each page: a long timeline, looked at a part at a time.
const clip = (width: number, pageHeight: number) => {
  const [y = 0, height] = (process.env.CLIP ?? '').split(',').map(Number);
  if (!height || y >= pageHeight) return {};
  return { clip: { x: 0, y, width, height: Math.max(1, Math.min(height, pageHeight - y)) } };
};
try {
  for (const scene of Object.keys(scenes).filter((name) => name.includes(only))) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const lang of langs) {
        for (const theme of themes) {
          await page.goto(`http://127.0.0.1:${port}/?scene=${scene}&lang=${lang}&theme=${theme}`);
          await page.waitForFunction(() => {
            const widget = document.body.firstElementChild as
              | (Element & { status?: string })
              | null;
            return widget?.shadowRoot && (widget as { status?: string }).status !== 'loading';
          });
          await page.waitForTimeout(100);
          const file = join(out, `${scene}-${lang}-${theme}-${width}.png`);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({ path: file, fullPage: true, ...clip(width, height) });
        }
      }
      await page.close();
    }
  }
  console.log(`Screenshots in ${out}`);
} finally {
  await browser.close();
  server.close();
}
