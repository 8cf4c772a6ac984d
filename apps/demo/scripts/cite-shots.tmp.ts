import { launchBrowser } from '../e2e/browser.js';
import { freePort } from '../e2e/free-port.js';
import { startServer } from '../src/serve.js';
const out = '/tmp/cite-shots/';
const server = await startServer({ port: await freePort() });
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const lang of ['en', 'uk'] as const) {
      const p = lang === 'uk' ? '/uk' : '';
      await page.goto(new URL(`${p}/statements/nato-2022-09-22/`, server.url).href, { waitUntil: 'networkidle' });
      await page.locator('section[aria-labelledby="cite"]').screenshot({ path: `${out}cite-${lang}-${width}-${scheme}.png` });
      await page.locator('.site-footer').screenshot({ path: `${out}footer-${lang}-${width}-${scheme}.png` });
      await page.goto(new URL(`${p}/statements/?event=crimea-referendum-2014`, server.url).href, { waitUntil: 'networkidle' });
      await page.locator('#cite-list').screenshot({ path: `${out}list-${lang}-${width}-${scheme}.png` });
      await page.goto(new URL(`${p}/data/`, server.url).href, { waitUntil: 'networkidle' });
      await page.locator('section[aria-labelledby="downloads"]').screenshot({ path: `${out}data-${lang}-${width}-${scheme}.png` });
    }
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
