import { CHROMIUM, CHROMIUM_ARGS } from '@null-and-void/testing/chromium';
import { type Browser, chromium, type Page } from 'playwright';

/**
 * The Content-Security-Policy the README gives a host page that serves the bundles itself, as the
 * tests serve it: Lit's Trusted Types policy is `lit-html`, and each element script carries its
 * own Lit, so two of them on a page create it twice.
 */
export const HOST_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** A host page: an article with `body` between two paragraphs, in `lang`. */
export const hostPage = (body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Host article</title></head>
<body><main><h1>An article</h1><p>Text before.</p>${body}<p>Text after.</p></main></body></html>`;

/** The system Chromium, as the browser tests run it. */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** What a page records before any of its scripts runs; read back with `recorded`. */
export interface Recorded {
  /** Calls of the canary (`nvPwned`, `alert`, `confirm`, `prompt`, `print`): any is a script that ran. */
  pwned: string[];
  /** Content-Security-Policy violations: `directive blocked-uri`. */
  violations: string[];
  /** Layout shifts without recent input, with the time they happened. */
  shifts: { value: number; time: number }[];
}

declare global {
  interface Window {
    __recorded: Recorded;
  }
}

/**
 * Opens `url` in a new tab and collects what went wrong: console errors and warnings, uncaught
 * errors, and (in `window.__recorded`) the canary's calls, CSP violations and layout shifts.
 */
export async function open(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; before?: (tab: Page) => Promise<unknown> } = {},
): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const problems: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await tab.addInitScript(() => {
    const recorded: Recorded = { pwned: [], violations: [], shifts: [] };
    window.__recorded = recorded;
    const canary =
      (name: string) =>
      (...args: unknown[]) => {
        recorded.pwned.push(`${name}(${args.map(String).join(', ')})`);
      };
    for (const name of ['nvPwned', 'alert', 'confirm', 'prompt', 'print']) {
      Object.defineProperty(window, name, { value: canary(name), writable: false });
    }
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        recorded.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput)
          recorded.shifts.push({ value: entry.value, time: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await options.before?.(tab);
  await tab.goto(url, { waitUntil: 'commit' });
  return { tab, problems };
}

/** What the page recorded so far. */
export const recorded = (tab: Page): Promise<Recorded> => tab.evaluate(() => window.__recorded);

/** Waits until no `nv-*` element of the page is loading any more. */
export async function settledAll(tab: Page, timeout = 60_000): Promise<void> {
  await tab.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('nv-'),
      );
      return (
        widgets.length > 0 &&
        widgets.every(
          (e) =>
            customElements.get(e.localName) &&
            (e as unknown as { status: string }).status !== 'loading',
        )
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}
