import { chromium } from 'playwright-core';
import { startServer } from './src/serve.js';
import { freePort } from './e2e/free-port.js';
const port = await freePort();
const server = await startServer({ root: 'dist', port });
const base = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const targets = (process.argv[2] ?? '/countries/br/,/countries/,/countries/matrix/').split(',');
for (const path of targets)
  for (const lang of ['en', 'uk'])
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${base}${lang === 'uk' ? '/uk' : ''}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\//g, '_')}-${lang}-${scheme}-${width}.png`;
        const at = process.argv[3];
        if (at) await page.locator(at).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/countries-shots/${at ? 'at-' : ''}${name}`, fullPage: false });
        await page.close();
      }
await browser.close();
server.close?.();
process.exit(0);
