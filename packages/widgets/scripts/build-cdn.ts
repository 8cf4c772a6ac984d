/**
 * The CDN build: self-contained bundles in `dist/cdn/` (Lit and the engine included), one per
 * element plus `all.js` and `loader.js`, and the data they fetch next to them in `dist/cdn/data/`:
 * per statement and language the card view a card or quote fetches (`cards/<lang>/<id>.json`),
 * one small catalog document per statement, instrument and event, the whole catalog for the lists,
 * and the vote map's geometry (`world-110m.json`). Widgets resolve `./data/` against their own
 * script, so any mirror of the npm package works.
 *
 * Three esbuild passes (docs/decisions/0006-cdn-single-file-card.md):
 * 1. the string tables, one standalone file per table and language;
 * 2. `all.js`, `loader.js` and the collections' elements, split into shared chunks (one Lit for
 *    a page that uses several of them), with the modules they load lazily as chunks;
 * 3. `statement.js` and `quote.js`, one file each: a card is the common embed, and one gzip
 *    stream costs a reader less than six. What they load lazily is the file pass 1 or 2 wrote.
 * Then oxc minifies every script once more.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, toCatalogJSON, toSubsetJSON } from '@null-and-void/statements';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { transform as transformCss } from 'lightningcss';
import { minifySync } from 'rolldown/experimental';
import ts from 'typescript';
import { SITE_DEFINE } from '../src/base/project-site.js';
import { toCardView } from '../src/data/card-view.js';
import { LANGS } from '../src/i18n/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cdn');
rmSync(out, { recursive: true, force: true });

// The npm build imports the data package for its data, and the vote map's geometry as a module;
// the CDN build fetches JSON instead.
const fetchData: Plugin = {
  name: 'fetch-data',
  setup(b) {
    b.onResolve({ filter: /\/data\/source\.js$/ }, () => ({
      path: join(root, 'src/data/source-cdn.ts'),
    }));
    b.onResolve({ filter: /^\.\/world\.js$/ }, ({ importer }) =>
      importer.endsWith(join('src/vote-map/vote-map.ts'))
        ? { path: join(root, 'src/vote-map/world-cdn.ts') }
        : undefined,
    );
  },
};

/** The literal parts of a tagged template, e.g. `html\`<p>${x}</p>\`` → `html\`<p>${`, `}</p>\``. */
const literalParts = (template: ts.TemplateLiteral): ts.Node[] =>
  ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];

/**
 * Lit's templates are strings to esbuild. Minify the CSS of `css` templates (none interpolates),
 * and in `html` templates collapse each run of whitespace that holds a line break to one space,
 * which renders the same outside `<pre>` (no template has one).
 */
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const { tag, template } = node;
          if (tag.text === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
            const { code } = transformCss({
              filename: path,
              code: Buffer.from(template.text),
              minify: true,
            });
            const escaped = code.toString().replace(/[\\`]|\$\{/g, (s) => `\\${s}`);
            edits.push({
              start: template.getStart(file),
              end: template.end,
              text: `\`${escaped}\``,
            });
          } else if (tag.text === 'html') {
            for (const part of literalParts(template)) {
              const [start, end] = [part.getStart(file), part.end];
              edits.push({ start, end, text: source.slice(start, end).replace(/\s*\n\s*/g, ' ') });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) {
        contents = contents.slice(0, start) + text + contents.slice(end);
      }
      return { loader: 'ts', contents };
    });
  },
};

/** Source file → the file an earlier pass wrote for it, for every module it could load lazily. */
function lazyOutputs(metafile: Metafile): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint)
      outputs.set(resolve(root, output.entryPoint), `./${file.split('/').pop()}`);
  }
  return outputs;
}

/**
 * Points `import()`s at the files an earlier pass wrote instead of bundling those modules again:
 * one copy of each table and lazy module for every bundle. With `all`, a lazy module that no
 * earlier pass wrote fails the build rather than being inlined.
 */
function reuse(outputs: Map<string, string>, all: boolean): Plugin {
  return {
    name: 'reuse-lazy-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'reuse') return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'reuse',
        });
        if (resolved.errors.length) return { errors: resolved.errors };
        const file = outputs.get(resolved.path);
        if (file) return { path: file, external: true };
        if (all) return { errors: [{ text: `no earlier pass wrote ${args.path}` }] };
        return undefined;
      });
    },
  };
}

const common = {
  absWorkingDir: root,
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  logOverride: { 'ignored-bare-import': 'silent' },
  // The site the widgets link to when loaded from a package CDN: `src/base/project-site.ts`.
  define: SITE_DEFINE,
} satisfies BuildOptions;

// 1. The string tables: plain objects, no imports. Written apart from the split pass, whose every
// chunk imports esbuild's decorator helpers, so a card's table is one file that imports nothing.
const tables = await build({
  ...common,
  entryPoints: readdirSync(join(root, 'src/i18n'))
    .filter((file) => /^(collections-)?[a-z]{2}\.ts$/.test(file))
    .map((file) => join(root, 'src/i18n', file)),
  entryNames: '[name]-[hash]',
});
const tableFiles = lazyOutputs(tables.metafile);

// 2. The autoloader and the collections, sharing chunks.
const single = ['statement', 'quote', 'all'];
const sharedEntries = Object.fromEntries([
  ...readdirSync(join(root, 'src/define'))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((name) => !single.includes(name))
    .map((name) => [name, join(root, 'src/define', `${name}.ts`)]),
  ['loader', join(root, 'src/loader.ts')],
]);
const shared = await build({
  ...common,
  entryPoints: sharedEntries,
  splitting: true,
  entryNames: '[name]',
  // Chunks sit next to the entries, so `./data/` resolves the same from every module.
  chunkNames: '[name]-[hash]',
  plugins: [fetchData, minifyTemplates, reuse(tableFiles, false)],
});

// 3. The card and the quote, one file each.
const lazyFiles = new Map([...tableFiles, ...lazyOutputs(shared.metafile)]);
await build({
  ...common,
  entryPoints: Object.fromEntries(
    ['statement', 'quote'].map((name) => [name, join(root, 'src/define', `${name}.ts`)]),
  ),
  entryNames: '[name]',
  plugins: [fetchData, minifyTemplates, reuse(lazyFiles, true)],
});

// 4. The all-in-one, one file: every element, Lit and the query engine in one gzip stream; only
// the string tables (a reader needs one language) and the data stay apart.
await build({
  ...common,
  entryPoints: { all: join(root, 'src/define/all.ts') },
  entryNames: '[name]',
  plugins: [fetchData, minifyTemplates, reuse(tableFiles, false)],
});

// 5. oxc (Rolldown's minifier, and so Vite 8's) minifies esbuild's output once more: one quote
// style and names chosen by frequency gzip about 2% smaller. It targets es2022, as esbuild does.
for (const file of readdirSync(out).filter((name) => name.endsWith('.js'))) {
  const path = join(out, file);
  const minified = minifySync(file, readFileSync(path, 'utf8'), {
    module: true,
    compress: { target: 'es2022' },
  });
  if (minified.errors.length) throw new Error(`${file}: ${minified.errors[0]!.message}`);
  writeFileSync(path, minified.code);
}

const write = (path: string, data: unknown) => {
  mkdirSync(dirname(join(out, 'data', path)), { recursive: true });
  writeFileSync(join(out, 'data', path), JSON.stringify(data));
};
write('catalog.json', toCatalogJSON(catalog));
for (const s of catalog.statements) {
  const subset = toSubsetJSON(catalog, { statements: [s.id] });
  write(`statements/${s.id}.json`, subset);
  for (const lang of LANGS) {
    write(`cards/${lang}/${s.id}.json`, toCardView(subset, s.id, lang, false));
    write(`cards/${lang}/${s.id}.full.json`, toCardView(subset, s.id, lang, true));
  }
}
for (const i of catalog.instruments)
  write(`instruments/${i.id}.json`, toSubsetJSON(catalog, { instruments: [i.id] }));
for (const e of catalog.events)
  write(`events/${e.id}.json`, toSubsetJSON(catalog, { events: [e.id] }));
// The vote map's geometry (`pnpm generate`), fetched only by a page with a map.
const { inputHash: _, ...world } = JSON.parse(
  readFileSync(join(root, 'src/generated/world-110m.json'), 'utf8'),
) as Record<string, unknown>;
write('world-110m.json', world);
console.log(
  `CDN bundles: ${[...single, ...Object.keys(sharedEntries)].join(', ')}; data: ${catalog.statements.length} statements, ${catalog.instruments.length} instruments, ${catalog.events.length} events`,
);
