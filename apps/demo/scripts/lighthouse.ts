/**
 * Lighthouse (mobile, simulated throttling) on the home, statements and statement pages in both
 * languages, against the built site served on the port of NV_SITE_URL (so that canonical links
 * match), in the system Chromium. Prints the four category scores of each page.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '@null-and-void/testing/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { absolute } from '../src/site.js';
import { serveBuiltSite } from './site-server.js';

const PATHS = ['/', '/statements/', '/statements/nato-2022-09-22/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveBuiltSite();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: string[] = [];
let failed = false;
try {
  for (const lang of ['en', 'uk']) {
    for (const path of PATHS) {
      const target = absolute(lang === 'en' ? path : `/uk${path}`);
      const result = await lighthouse(target, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${target}`);
      const scores = CATEGORIES.map((c) =>
        Math.round((result.lhr.categories[c]?.score ?? 0) * 100),
      );
      if (scores[0]! < 95 || scores.slice(1).some((s) => s < 100)) failed = true;
      const misses = Object.values(result.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      rows.push(`| ${lang === 'en' ? path : `/uk${path}`} | ${scores.join(' | ')} |`);
      console.log(
        `${target}: ${scores.join(' / ')}${misses.length ? `  (not full marks: ${misses.join(', ')})` : ''}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(
  `\n| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
);
process.exitCode = failed ? 1 : 0;
