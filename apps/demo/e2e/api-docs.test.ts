/**
 * The API reference (`/docs/api/`) and the elements reference (`/docs/elements/`): every named
 * export of every entry in both packages' `exports` (read from their built `.d.ts` with the
 * compiler, not from a list written here) has a page, the reader sees `statementsAbout`'s
 * signature and description, and every element of `custom-elements.json` is on the elements page
 * in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { customElements } from '../src/pages/elements.js';
import { launchBrowser } from './browser.js';
import { inLang, siteDir, visit } from './helpers.js';
import { readerSees, unseen } from './reader.js';

const require = createRequire(import.meta.url);

/** Each `exports` entry with named exports, by the TypeDoc module page that documents it. */
const MODULE_PAGES: Record<string, Record<string, string>> = {
  '@null-and-void/statements': {
    '.': 'index',
    './engine': 'engine',
    './light': 'light',
    './schema': 'schema',
    './cite': 'cite',
    './country-names': 'country-names',
  },
  '@null-and-void/widgets': {
    '.': 'index',
    './statement.js': 'define_statement',
    './quote.js': 'define_quote',
    './statement-list.js': 'define_statement-list',
    './search.js': 'define_search',
    './timeline.js': 'define_timeline',
    './tally.js': 'define_tally',
    './vote-map.js': 'define_vote-map',
    './attributes.js': 'attributes',
    './format.js': 'i18n_format',
    './kind-labels.js': 'i18n_kind-labels',
    './types/jsx': 'types_jsx',
    './types/react': 'types_react',
    './types/preact': 'types_preact',
    './types/solid': 'types_solid',
    './types/vue': 'types_vue',
    './types/svelte': 'types_svelte',
  },
};

type Exports = Record<string, string | { types?: string; import?: { types?: string } }>;

/** The `.d.ts` of each entry of a package's `exports` (patterns and JSON files left out). */
function typeEntries(pkg: string): [string, string][] {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Exports };
  return Object.entries(exports).flatMap(([key, target]) => {
    if (typeof target === 'string' || key.includes('*')) return [];
    const types = target.types ?? target.import?.types;
    return types ? [[key, join(dirname(manifest), types)] as [string, string]] : [];
  });
}

/** The names a `.d.ts` exports, types included, as the compiler sees them. */
function exportedNames(file: string): string[] {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!);
  return module ? checker.getExportsOfModule(module).map((s) => s.name) : [];
}

const apiDir = join(siteDir, 'docs', 'api');
const modulePage = (pkg: string, module: string) =>
  join(apiDir, 'modules', `${pkg.replace('@', '_').replace('/', '_')}.${module}.html`);

describe.each(Object.keys(MODULE_PAGES))('the API reference of %s', (pkg) => {
  const entries = typeEntries(pkg).map(([key, file]) => ({ key, names: exportedNames(file) }));

  test('documents every entry with named exports', () => {
    const withNames = entries.filter((e) => e.names.length > 0).map((e) => e.key);
    expect(withNames.sort()).toEqual(Object.keys(MODULE_PAGES[pkg]!).sort());
  });

  test('has a page for every export of every entry', () => {
    const missing: string[] = [];
    for (const { key, names } of entries.filter((e) => e.names.length > 0)) {
      const file = modulePage(pkg, MODULE_PAGES[pkg]![key]!);
      const page = existsSync(file) ? readFileSync(file, 'utf8') : '';
      for (const name of names) {
        const linked = new RegExp(`href="([^"#]+)[^"]*"[^>]*>(?:<[^>]+>)*${name}<`).exec(page);
        if (!linked || !existsSync(join(dirname(file), linked[1]!))) missing.push(`${key} ${name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(entries.reduce((n, e) => n + e.names.length, 0)).toBeGreaterThan(20);
  });
});

/** The files a page's links lead to (within the site), fragments and queries left out. */
function linksOf(file: string): string[] {
  const hrefs = [...readFileSync(file, 'utf8').matchAll(/href="([^"#?]+)/g)].map((m) => m[1]!);
  return hrefs
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => (href.startsWith('/') ? join(siteDir, href) : join(dirname(file), href)))
    .map((target) => (target.endsWith('/') ? join(target, 'index.html') : target));
}

describe('the framework types of @null-and-void/widgets', () => {
  const pages = Object.entries(MODULE_PAGES['@null-and-void/widgets']!).filter(([key]) =>
    key.startsWith('./types/'),
  );

  test.each(pages)(
    '%s: its page has a description, and every link leads to a page',
    (_, module) => {
      const file = modulePage('@null-and-void/widgets', module);
      const page = readFileSync(file, 'utf8');
      // The module comment's first paragraph, which the generator writes.
      expect(page).toMatch(/<div class="tsd-comment tsd-typography"><p>\S[\s\S]{40,}?<\/p>/);
      // The pages it links to, and theirs: there the element classes the types name link to the
      // documented classes.
      const linked = linksOf(file).flatMap((target) =>
        existsSync(target) ? [target, ...linksOf(target)] : [target],
      );
      expect(linked.filter((target) => !existsSync(target))).toEqual([]);
      expect(linked.filter((target) => target.includes('/classes/'))).not.toEqual([]);
      expect(linked.length).toBeGreaterThan(5);
    },
  );
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('what a reader sees', () => {
  test.each([
    [
      "statementsAbout's page shows its signature, description, id kind, error and example",
      '/docs/api/functions/_null-and-void_statements.index.statementsAbout.html',
      [
        'statementsAbout',
        'eventId',
        'Statements about a vote event, oldest first.',
        'A vote event id',
        'UnknownIdError',
        // The example, as highlighted: one token of its code.
        "'annexation-referendums-2022'",
      ],
    ],
    [
      "types/react's page shows its description, what it exports and its example",
      '/docs/api/modules/_null-and-void_widgets.types_react.html',
      [
        // The description's words between its code spans (`<nv-*>`, `JSX.IntrinsicElements`).
        "elements to React's JSX",
        'JSX.IntrinsicElements',
        'CustomElements',
        "'@null-and-void/widgets/types/react'",
      ],
    ],
  ] as const)('%s', async (_, path, texts) => {
    const { page, errors } = await visit(browser, path);
    expect(unseen(await readerSees(page, 'body', texts))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['en', 'uk'] as const)('the elements page (%s) shows every element', async (lang) => {
    const elements = customElements();
    expect(elements.length).toBeGreaterThanOrEqual(7);
    const { page, errors } = await visit(browser, inLang(lang, '/docs/elements/'));
    const sightings = await readerSees(
      page,
      'main',
      elements.flatMap((e) => [
        `<${e.tagName}>`,
        e.summary ?? '',
        ...(e.cssParts ?? []).slice(0, 1).map((p) => `::part(${p.name})`),
        ...(e.events ?? []).slice(0, 1).map((ev) => ev.name),
      ]),
    );
    expect(unseen(sightings)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
