/**
 * `pnpm size`: what the CDN bundles cost a reader, gzip -9 per file as a server would send it,
 * against the budgets of the widgets. Prints a table; exits 1 when a budget is exceeded.
 *
 * - One card: `statement.js`, every module it imports statically, its language's string table
 *   (and whatever that imports), and the card data it fetches (the largest of all statements, in
 *   that language). Each file counts once. Budget 12 KB.
 * - All-in-one: `all.js` and every module it can ever load (the query engine and both
 *   languages included), without the record's data. Budget 46 KB: 40 KB until search learned
 *   prefixes and typos (issue 14, +2 KB), then typed argument checks (issue 15) and source kinds
 *   and corrections (issue 17) in the engine it carries (45 KB), then quotes' originals in the
 *   engine and the card (issue 19, 46 KB). It loads nothing but the string tables:
 *   anything else (a chunk with a second engine) fails the check.
 * - The vote map, not in `all.js`: its own code, `vote-map.js` and the chunks no other element
 *   loads (Lit and the base class are shared with them), budget 10 KB; what a page with only a
 *   map loads (informative); and the geometry it fetches, budget 45 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const cdn = join(dirname(fileURLToPath(import.meta.url)), '../dist/cdn');
const gz = (file: string) => gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const STATIC = /(?:from|import)\s*"\.\/([^"]+\.js)"/g;
const DYNAMIC = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

/** The files a module loads: statically only, or also through `import()`. */
function closure(entry: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(cdn, file), 'utf8');
    for (const m of code.matchAll(STATIC)) visit(m[1]!);
    if (dynamic) for (const m of code.matchAll(DYNAMIC)) visit(m[1]!);
  };
  visit(entry);
  return seen;
}
const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gz(f), 0);

/** The string table `entry` loads for a language: the `import()` of `<lang>-<hash>.js`. */
function strings(entry: string, lang: string): string {
  const code = readFileSync(join(cdn, entry), 'utf8');
  const table = [...code.matchAll(DYNAMIC)].map((m) => m[1]!).find((f) => f.startsWith(`${lang}-`));
  if (!table) throw new Error(`${entry} loads no ${lang} string table`);
  return table;
}
const cards = (lang: string) =>
  readdirSync(join(cdn, 'data/cards', lang))
    .filter((f) => !f.endsWith('.full.json'))
    .map((f) => gz(`data/cards/${lang}/${f}`))
    .sort((a, b) => a - b);

const rows: [string, number, number?][] = [];
const cardFiles = closure('statement.js', false);
for (const lang of ['en', 'uk']) {
  const sizes = cards(lang);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  const max = sizes.at(-1)!;
  const code = sum(new Set([...cardFiles, ...closure(strings('statement.js', lang), false)]));
  rows.push([`one card (${lang}): code + strings + median card data`, code + median]);
  rows.push([`one card (${lang}): code + strings + largest card data`, code + max, 12 * 1024]);
}
rows.push(['  of which statement.js and its static imports', sum(cardFiles)]);
const quoteCode = sum(closure('quote.js', false));
rows.push(['one quote: quote.js and its static imports', quoteCode]);
const allFiles = closure('all.js', true);
const allExtra = [...allFiles].filter(
  (f) => f !== 'all.js' && !/^(collections-)?[a-z]{2}-/.test(f),
);
if (allExtra.length) {
  console.error(`all.js loads more than its string tables: ${allExtra.join(', ')}`);
  process.exit(1);
}
const allCode = sum(allFiles);
rows.push(['all-in-one: all.js and everything it can load, no data', allCode, 46 * 1024]);
// The map's own code: what a page that already shows another element (and so has Lit and the
// base class) adds for it. Then what a page with nothing but a map loads.
const mapFiles = closure('vote-map.js', false);
const otherFiles = new Set(
  ['tally.js', 'timeline.js', 'search.js', 'statement-list.js'].flatMap((entry) => [
    ...closure(entry, false),
  ]),
);
const mapOwn = [...mapFiles].filter((f) => !otherFiles.has(f));
rows.push([
  'vote map: its own code (vote-map.js, chunks no other element loads)',
  sum(mapOwn),
  10 * 1024,
]);
const mapTables = (lang: string) =>
  [...closure('vote-map.js', true)].filter((f) => new RegExp(`^(collections-)?${lang}-`).test(f));
for (const lang of ['en', 'uk']) {
  const page = new Set([...mapFiles, ...mapTables(lang)]);
  rows.push([`  a page with only a map (${lang}): with Lit, the base and strings`, sum(page)]);
}
rows.push(['vote map geometry (data/world-110m.json)', gz('data/world-110m.json'), 45 * 1024]);
rows.push(['loader.js alone', gz('loader.js')]);
rows.push(['the whole catalog (data/catalog.json), for lists and search', gz('data/catalog.json')]);

let over = 0;
console.log('| what | gzip | bytes | budget |\n| --- | ---: | ---: | ---: |');
for (const [what, bytes, budget] of rows) {
  const verdict =
    budget === undefined ? '' : bytes <= budget ? `≤ ${kb(budget)} ✓` : `> ${kb(budget)} ✗`;
  if (budget !== undefined && bytes > budget) over++;
  // Bytes too: a budget is passed or failed by a few of them.
  console.log(`| ${what} | ${kb(bytes)} | ${bytes.toLocaleString('en')} | ${verdict} |`);
}
if (over) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
