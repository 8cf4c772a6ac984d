/**
 * The CDN build: self-contained bundles in `dist/cdn/` (Lit and the engine included), one per
 * element plus `all.js` and `loader.js`, and the data they fetch next to them in `dist/cdn/data/`:
 * per statement and language the card view a card or quote fetches (`cards/<lang>/<id>.json`),
 * one small catalog document per statement, instrument and event, and the whole catalog for the
 * lists. Widgets resolve `./data/` against their own script, so any mirror of the npm package works.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, toCatalogJSON, toSubsetJSON } from '@null-and-void/statements';
import { build, type Plugin } from 'esbuild';
import { toCardView } from '../src/data/card-view.js';
import { LANGS } from '../src/i18n/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cdn');
rmSync(out, { recursive: true, force: true });

// The npm build imports the data package for its data; the CDN build fetches JSON instead.
const fetchData: Plugin = {
  name: 'fetch-data',
  setup(b) {
    b.onResolve({ filter: /\/data\/source\.js$/ }, () => ({
      path: join(root, 'src/data/source-cdn.ts'),
    }));
  },
};

// Lit's css\`\` templates are strings to esbuild: squeeze their whitespace so they gzip smaller.
const squeezeCss: Plugin = {
  name: 'squeeze-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, ({ path }) => ({
      loader: 'ts',
      contents: readFileSync(path, 'utf8').replace(/css`([^`]*)`/g, (_, body: string) => {
        const squeezed = body
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${squeezed}\``;
      }),
    }));
  },
};

const entryPoints = Object.fromEntries([
  ...readdirSync(join(root, 'src/define')).map((file) => [
    file.replace(/\.ts$/, ''),
    join(root, 'src/define', file),
  ]),
  ['loader', join(root, 'src/loader.ts')],
]);

await build({
  entryPoints,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  entryNames: '[name]',
  // Chunks sit next to the entries, so `./data/` resolves the same from every module.
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  plugins: [fetchData, squeezeCss],
  charset: 'utf8',
  logLevel: 'warning',
  logOverride: { 'ignored-bare-import': 'silent' },
});

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
console.log(
  `CDN bundles: ${Object.keys(entryPoints).join(', ')}; data: ${catalog.statements.length} statements, ${catalog.instruments.length} instruments, ${catalog.events.length} events`,
);
