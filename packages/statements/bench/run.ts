/**
 * `pnpm bench`: this package's query and search against MiniSearch and Orama on the same
 * synthetic corpus and queries, in one run, at 1k, 10k and 100k statements; then the gzip sizes
 * of what each library adds to a browser bundle and of the package's own entries.
 * Writes bench/results.md. Figures are for comparison within one run, not absolute.
 *
 *   node --expose-gc --import tsx bench/run.ts [--sizes 1000,10000,100000]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { build, type Plugin } from 'esbuild';
import MiniSearch from 'minisearch';
import { Catalog } from '../src/catalog.js';
import { catalogData } from '../src/generated/catalog-data.js';
import type { CatalogInput, Statement } from '../src/schema.js';
import { fieldTexts } from '../src/search.js';
import { generateCatalog } from './generate.js';
import { textSection } from './results-file.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,100000' } },
});
const sizes = values.sizes!.split(',').map(Number);

const QUERIES = [
  'referendum',
  'Kherson',
  'Херсон',
  'gunpoint',
  'null void',
  'Crimean Tatar',
  'Запоріжжя',
  'sanctions observers',
  'анексія',
  'State Duma',
  'passports deportation',
  'референдуми Крим',
  'zaporizhzhia',
  'Mejlis boycott',
  'незаконний',
  'Security Council veto',
  'turnout falsified',
  'територіальна цілісність',
  'Kremlin propaganda',
  'примус',
];
const FILTER = {
  event: 'annexation-referendums-2022',
  region: 'UA-65',
  issuerKind: 'state',
} as const;
const FACETS = ['event', 'region', 'issuerKind', 'theme', 'kind'] as const;

/** Bundles `src/catalog.ts` with `bench/minisearch-index.ts` in the place of `src/search.ts`. */
const withMiniSearch: Plugin = {
  name: 'minisearch-in-catalog',
  setup(b) {
    b.onResolve({ filter: /^\.\/search\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'catalog.ts'))
        ? { path: join(here, 'minisearch-index.ts') }
        : undefined,
    );
  },
};

/** This package's Catalog class with MiniSearch as its search index (see `withMiniSearch`). */
async function catalogWithMiniSearch(): Promise<typeof Catalog> {
  const result = await build({
    entryPoints: [join(root, 'src', 'catalog.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [withMiniSearch],
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.contents).toString('base64')}`;
  return ((await import(url)) as { Catalog: typeof Catalog }).Catalog;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap in use plus array buffers: typed arrays keep their contents outside the JS heap. */
function heap(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

async function timeAsync<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const out = await fn();
  return [out, performance.now() - start];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  library: string;
  build: number;
  heap: number;
  queryFacets: number;
  searchP50: number;
  searchP95: number;
  filteredP50: number;
  filteredP95: number;
}

/** Flat documents for the peers: the same texts and the same filter fields. */
function documents(input: CatalogInput) {
  const kinds = new Map(input.actors.map((a) => [a.id, a.kind]));
  return input.statements.map((s: Statement, id) => ({
    id: String(id),
    title: `${s.title.en}\n${s.title.uk}`,
    summary: `${s.summary.en}\n${s.summary.uk}`,
    quotes: s.quotes.map((q) => q.text).join('\n'),
    event: s.events,
    region: s.regions,
    issuerKind: [...new Set(s.issuers.map((i) => kinds.get(i)!))],
    theme: s.themes,
    kind: s.kind,
  }));
}

type Doc = ReturnType<typeof documents>[number];

function handFacets(docs: readonly Doc[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const key of FACETS) {
    const counts: Record<string, number> = {};
    for (const doc of docs) {
      const value = doc[key];
      for (const v of Array.isArray(value) ? value : [value]) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[key] = counts;
  }
  return out;
}

const matchesFilter = (d: Doc) =>
  d.event.includes(FILTER.event) &&
  d.region.includes(FILTER.region) &&
  d.issuerKind.includes(FILTER.issuerKind);

/** How one library builds its index, answers the query with facets, and searches. */
interface Contender<T> {
  library: string;
  build: () => Promise<T> | T;
  queryAndFacets: (index: T) => Promise<unknown> | unknown;
  search: (index: T, text: string, filtered: boolean) => Promise<unknown> | unknown;
}

/**
 * The same measurements for every library: build time and heap, then one untimed warm-up of
 * each operation, then the timed runs.
 */
async function measure<T>(contender: Contender<T>, runs: number): Promise<Row> {
  const before = heap();
  const [index, build] = await timeAsync(contender.build);
  const used = heap() - before;
  await contender.queryAndFacets(index);
  const [, q] = await timeAsync(async () => {
    for (let i = 0; i < runs; i++) await contender.queryAndFacets(index);
  });
  for (const text of QUERIES) {
    await contender.search(index, text, false);
    await contender.search(index, text, true);
  }
  const plain: number[] = [];
  const filtered: number[] = [];
  for (const text of QUERIES) {
    plain.push((await timeAsync(() => contender.search(index, text, false)))[1]);
    filtered.push((await timeAsync(() => contender.search(index, text, true)))[1]);
  }
  return {
    library: contender.library,
    build,
    heap: used,
    queryFacets: q / runs,
    searchP50: percentile(plain, 50),
    searchP95: percentile(plain, 95),
    filteredP50: percentile(filtered, 50),
    filteredP95: percentile(filtered, 95),
  };
}

/** A Catalog class answering the benchmark's query, facets and searches. */
function catalogContender(
  library: string,
  CatalogClass: typeof Catalog,
  input: CatalogInput,
): Contender<Catalog> {
  return {
    library,
    build: () => {
      const catalog = new CatalogClass(input);
      catalog.search('warm'); // builds the search index
      catalog.facets(FILTER, FACETS); // builds the filter indexes used below
      return catalog;
    },
    queryAndFacets: (catalog) => {
      catalog.query(FILTER, { limit: 20 });
      catalog.facets(FILTER, FACETS);
    },
    search: (catalog, text, filtered) =>
      catalog.search(text, filtered ? FILTER : undefined, { limit: 20 }),
  };
}

async function benchSize(size: number): Promise<Row[]> {
  const input = generateCatalog(size, 42);
  const docs = documents(input);
  const runs = size >= 100_000 ? 10 : 30;
  const rows: Row[] = [];

  // This package: the catalog with its filter indexes and its search index; then the same
  // catalog with MiniSearch as its search index.
  rows.push(await measure(catalogContender('@null-and-void/statements', Catalog, input), runs));
  rows.push(
    await measure(
      catalogContender(
        "MiniSearch 7 in this package's Catalog",
        await catalogWithMiniSearch(),
        input,
      ),
      runs,
    ),
  );

  // MiniSearch with its defaults; filters and facets as a user would write them around it.
  const options = { prefix: true, fuzzy: 0.2, boost: { title: 3 } };
  rows.push(
    await measure(
      {
        library: 'MiniSearch 7',
        build: () => {
          const m = new MiniSearch<Doc>({ fields: ['title', 'summary', 'quotes'], idField: 'id' });
          m.addAll(docs);
          return m;
        },
        queryAndFacets: () => {
          const hits = docs.filter(matchesFilter);
          hits.slice(0, 20);
          handFacets(hits);
        },
        search: (m, text, filtered) =>
          m
            .search(text, {
              ...options,
              ...(filtered ? { filter: (r) => matchesFilter(docs[Number(r.id)]!) } : {}),
            })
            .slice(0, 20),
      },
      runs,
    ),
  );

  // Orama with its own filters and facets.
  const where = {
    event: { containsAll: [FILTER.event] },
    region: { containsAll: [FILTER.region] },
    issuerKind: { containsAll: [FILTER.issuerKind] },
  };
  const facets = Object.fromEntries(FACETS.map((k) => [k, {}]));
  rows.push(
    await measure(
      {
        library: 'Orama 3',
        build: async () => {
          const o = create({
            schema: {
              title: 'string',
              summary: 'string',
              quotes: 'string',
              event: 'enum[]',
              region: 'enum[]',
              issuerKind: 'enum[]',
              theme: 'enum[]',
              kind: 'enum',
            } as const,
          });
          await insertMultiple(o, docs as never, 2000);
          return o;
        },
        queryAndFacets: (o) => oramaSearch(o, { term: '', where, facets, limit: 20 } as never),
        search: (o, text, filtered) =>
          oramaSearch(o, {
            term: text,
            limit: 20,
            tolerance: 1,
            ...(filtered ? { where } : {}),
          } as never),
      },
      runs,
    ),
  );
  return rows;
}

async function gzipOfBundle(
  contents: string,
  name: string,
  plugins: Plugin[] = [],
): Promise<number> {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir: here, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

function gzipOfFile(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * What the issue asks of search (case, script, transliteration, inflection, typos, prefixes),
 * asked of the real catalog: for each query, the statements whose texts contain the word in any
 * of its forms (a regular expression over titles, summaries, quotes and bodies), and how many of
 * them each setup finds. A setup that finds fewer does less than the job, whatever its size.
 */
const CHECKS = [
  {
    query: 'zaporizhzhia',
    tests: 'lower case',
    expect: /zaporiz|zaporozh|запоріж|запоріз|запорож/i,
  },
  {
    query: 'Запоріжжя',
    tests: 'the other script',
    expect: /zaporiz|zaporozh|запоріж|запоріз|запорож/i,
  },
  {
    query: 'Zaporozhye',
    tests: 'another transliteration',
    expect: /zaporiz|zaporozh|запоріж|запоріз|запорож/i,
  },
  { query: 'Херсонської', tests: 'a Ukrainian case ending', expect: /kherson|херсон/i },
  { query: 'Kherzon', tests: 'one typo', expect: /kherson|херсон/i },
  { query: 'референдумів', tests: 'a Ukrainian plural', expect: /referend|референд/i },
  { query: 'annex', tests: 'a prefix', expect: /annex|анекс/i },
] as const;

async function requirementChecks(): Promise<string[]> {
  // Every indexed text but the names of people (given no actors, that field is empty).
  const texts = (s: Statement) => fieldTexts(s, new Map()).flat().join('\n');
  const ours = new Catalog(catalogData);
  const swapped = new (await catalogWithMiniSearch())(catalogData);
  const bare = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  bare.addAll(catalogData.statements.map((s, id) => ({ id, text: texts(s) })));
  const lines = [
    '## Does each setup do what the issue asks of search?',
    '',
    `The bundled catalog (${catalogData.statements.length} statements). "Expected" counts the statements whose titles, summaries, quotes or bodies contain the word in any form (the regular expression shown); each cell is how many of those the setup finds, with how many others it also returns. MiniSearch "as in its row" is the setup of the timing and bytes rows (prefix, fuzzy 0.2) over the same texts.`,
    '',
    "| query | tests | expected | this package | MiniSearch with the same analysis, in this package's Catalog | MiniSearch as in its row |",
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const check of CHECKS) {
    const expected = new Set(
      catalogData.statements.filter((s) => check.expect.test(texts(s))).map((s) => s.id),
    );
    const cell = (ids: string[]) => {
      const found = ids.filter((id) => expected.has(id)).length;
      return `${found}${ids.length > found ? ` (+${ids.length - found})` : ''}`;
    };
    const ofCatalog = (c: Catalog) => c.search(check.query).items.map((h) => h.statement.id);
    const ofBare = bare
      .search(check.query, { prefix: true, fuzzy: 0.2 })
      .map((r) => catalogData.statements[r.id as number]!.id);
    lines.push(
      `| ${check.query} | ${check.tests} | ${expected.size} \`${check.expect.source}\` | ${cell(ofCatalog(ours))} | ${cell(ofCatalog(swapped))} | ${cell(ofBare)} |`,
    );
  }
  lines.push('');
  return lines;
}

async function main() {
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Generated by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}.`,
    'One run on a shared machine: compare the rows of one table with each other, not with another run. Each library gets one untimed warm-up pass before its timed runs.',
    `Corpus: synthetic statements (\`tooling/testing/src/synthetic-catalog.ts\`, seed 42) with English and Ukrainian titles, summaries and quotes. Query: ${JSON.stringify(FILTER)}, limit 20, plus facet counts for ${FACETS.join(', ')}. Search: ${QUERIES.length} queries in both languages, limit 20, with and without that filter; typo tolerance on.`,
    '',
    "MiniSearch has no filters or facets of its own. It appears twice: in this package's Catalog as its search index (`bench/minisearch-index.ts`: the same fields, boosts, analysis, filters, facets and highlights; its query + facets column runs this package's code, so it differs from ours only by noise), and on its own with the array filter and counting loop a user would write around it. Ratios are this package ÷ the peer (below 1 is better for times, heap and bytes).",
    '',
  ];
  for (const size of sizes) {
    console.log(`› ${size.toLocaleString('en')} statements`);
    const rows = await benchSize(size);
    const ours = rows[0]!;
    lines.push(
      `## ${size.toLocaleString('en')} statements`,
      '',
      '| library | build (ms) | heap | query + facets (ms) | search p50 (ms) | search p95 (ms) | filtered search p50 (ms) | filtered search p95 (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of rows) {
      lines.push(
        `| ${r.library} | ${ms(r.build)} | ${mb(r.heap)} | ${ms(r.queryFacets)} | ${ms(r.searchP50)} | ${ms(r.searchP95)} | ${ms(r.filteredP50)} | ${ms(r.filteredP95)} |`,
      );
    }
    for (const peer of rows.slice(1)) {
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '—');
      lines.push(
        `| *ratio to ${peer.library}* | ${ratio(ours.build, peer.build)} | ${ratio(ours.heap, peer.heap)} | ${ratio(ours.queryFacets, peer.queryFacets)} | ${ratio(ours.searchP50, peer.searchP50)} | ${ratio(ours.searchP95, peer.searchP95)} | ${ratio(ours.filteredP50, peer.filteredP50)} | ${ratio(ours.filteredP95, peer.filteredP95)} |`,
      );
    }
    lines.push('');
    for (const r of rows)
      console.log(
        `  ${r.library.padEnd(28)} build ${ms(r.build)} ms, query+facets ${ms(r.queryFacets)} ms, filtered search p50 ${ms(r.filteredP50)} ms`,
      );
  }

  // What each library adds to do what the benchmark does, and the search part on its own.
  const ourSearch = await gzipOfBundle(
    `import { SearchIndex } from '../src/search.js'; console.log(new SearchIndex([], new Map()).search('x', null));`,
    'ours-search',
  );
  // The benchmark's job with a Catalog: search, filters and facets.
  const job = `import { Catalog } from '../src/catalog.js'; const c = new Catalog(globalThis.data); console.log(c.query({}), c.facets(), c.search('x'));`;
  const ourJob = await gzipOfBundle(job, 'ours-job');
  const ourValidated = await gzipOfBundle(
    `import { createCatalog } from '../src/catalog.js'; const c = createCatalog(globalThis.data); console.log(c.query({}), c.facets(), c.search('x'));`,
    'ours-validated',
  );
  const miniSearch = await gzipOfBundle(
    `import MiniSearch from 'minisearch'; console.log(new MiniSearch({ fields: ['title'] }).search('x'));`,
    'minisearch',
  );
  const miniSearchAnalysed = await gzipOfBundle(
    `import MiniSearch from 'minisearch'; import { searchKey } from '../src/text.js'; import { words } from '../src/tokenize.js';
     console.log(new MiniSearch({ fields: ['title'], tokenize: words, processTerm: (t) => searchKey(t) ?? false }).search('x'));`,
    'minisearch-analysed',
  );
  const miniInCatalog = await gzipOfBundle(job, 'minisearch-catalog', [withMiniSearch]);
  // The filter and facet loop of MiniSearch's timing row, without and with the analysis.
  const loop = (analysed: boolean) => `import MiniSearch from 'minisearch';
     ${analysed ? "import { searchKey } from '../src/text.js'; import { words } from '../src/tokenize.js';" : ''}
     const docs = globalThis.docs;
     const m = new MiniSearch({ fields: ['title', 'summary', 'quotes'], idField: 'id'${analysed ? ', tokenize: words, processTerm: (t) => searchKey(t) ?? false' : ''} });
     m.addAll(docs);
     const ok = (d) => d.event.includes('e') && d.region.includes('r') && d.issuerKind.includes('k');
     const facets = (hits) => Object.fromEntries(['event', 'region', 'issuerKind', 'theme', 'kind'].map((key) => {
       const counts = {};
       for (const doc of hits) for (const v of [].concat(doc[key])) counts[v] = (counts[v] ?? 0) + 1;
       return [key, counts];
     }));
     const hits = docs.filter(ok);
     console.log(hits.slice(0, 20), facets(hits), m.search('x', { prefix: true, fuzzy: 0.2, filter: (r) => ok(docs[r.id]) }));`;
  const miniLoop = await gzipOfBundle(loop(false), 'minisearch-loop');
  const miniLoopAnalysed = await gzipOfBundle(loop(true), 'minisearch-loop-analysed');
  const orama = await gzipOfBundle(
    `import { create, insertMultiple, search } from '@orama/orama'; console.log(create, insertMultiple, search);`,
    'orama',
  );
  const dist = join(root, 'dist');
  const getOnly = await gzipOfBundle(
    `import { get } from '../dist/index.js'; console.log(get('nato-2022-09-22'));`,
    'get',
  );
  const recordOnly = await gzipOfBundle(
    `import { statement } from '../dist/records/nato-2022-09-22.js'; console.log(statement);`,
    'record',
  );
  const lightOnly = await gzipOfBundle(
    `import { lightIndex } from '../dist/light.js'; console.log(lightIndex);`,
    'light',
  );
  const dataModule = gzipOfFile(join(root, 'src', 'generated', 'catalog-data.ts'));

  lines.push(...(await requirementChecks()));
  lines.push(
    '## Bytes added to a browser bundle (minified, gzip -9)',
    '',
    "Each cell is a bundle, minified by esbuild, that does the row's job with that library and nothing else. The issue asks search to work in English and Ukrainian, across scripts and transliterations, with stemming (see the checks above): this package does that with its analysis (`src/text.ts`: the `@orama/stemmers` English and Ukrainian stemmers, transliteration, folding), and MiniSearch does it only when given the same analysis. MiniSearch has no filters or facets: in the job rows it gets either this package's Catalog around it (the same filters, facets, sorting, paging, highlights and typed errors as this package) or the three-filter loop of its timing row, which validates nothing. Orama has no search without its own filters and facets, and no Ukrainian stemming.",
    '',
    '| job | this package | MiniSearch 7 | Orama 3 |',
    '| --- | ---: | ---: | ---: |',
    `| full-text search, without the analysis | — | ${kb(miniSearch)} | — |`,
    `| full-text search with the English/Ukrainian analysis | ${kb(ourSearch)} (\`SearchIndex\`) | ${kb(miniSearchAnalysed)} | — |`,
    `| **the benchmark's job: search with the analysis, filters, facets** | **${kb(ourJob)}** (\`new Catalog\`) | **${kb(miniInCatalog)}** (in this package's Catalog, as its search index) | ${kb(orama)} (\`create\`, \`insertMultiple\`, \`search\`; no Ukrainian stemming) |`,
    `| *ratio: this package ÷ the peer* | — | ${(ourJob / miniInCatalog).toFixed(2)} | ${(ourJob / orama).toFixed(2)} |`,
    `| the job done with the three-filter loop of MiniSearch's timing row instead | — | ${kb(miniLoopAnalysed)} with the analysis; ${kb(miniLoop)} without | — |`,
    `| the job, validating a catalog a user brings | ${kb(ourValidated)} (\`createCatalog\`) | — | — |`,
    '',
    "## The package's own entries (gzip -9)",
    '',
    '| entry | gzip |',
    '| --- | ---: |',
    `| the whole catalog's data (every record) | ${kb(dataModule)} |`,
    `| a bundle that imports only \`get\` from the main entry (engine + all data) | ${kb(getOnly)} |`,
    `| a bundle that imports one statement from \`records/nato-2022-09-22\` | ${kb(recordOnly)} |`,
    `| a bundle that imports the light index (\`/light\`) | ${kb(lightOnly)} |`,
    `| \`dist/records/nato-2022-09-22.js\` as a file | ${kb(gzipOfFile(join(dist, 'records', 'nato-2022-09-22.js')))} |`,
    '',
    'A page that shows one card imports `records/<id>` and pays for that statement alone; `get` is for code that already holds the catalog.',
    '',
  );
  const results = join(here, 'results.md');
  const kept = existsSync(results) ? textSection(readFileSync(results, 'utf8')) : '';
  writeFileSync(results, `${lines.join('\n')}\n${kept ? `\n${kept}\n` : ''}`);
  console.log(`› wrote bench/results.md`);
}

await main();
