// What each component costs an app's bundle (minified, gzip), printed, not asserted: the
// component alone (its module and @lit/react; React and the widgets external), and with its
// element (the widgets and Lit bundled, with what they load lazily: string tables, the map's
// geometry; React external; the record, `@null-and-void/statements`, left out).
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzipKB = (code: Uint8Array) => (gzipSync(code).length / 1024).toFixed(1);

async function bundled(entry: string, external: string[]): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'record-left-out',
        setup(b) {
          b.onResolve({ filter: /^@null-and-void\/statements$/ }, (args) => ({
            path: args.path,
            external: true,
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.contents;
}

const entries = readdirSync('dist')
  .filter((file) => /^[a-z-]+\.js$/.test(file) && file !== 'index.js')
  .map((file) => file.replace(/\.js$/, ''));
console.log('component          alone (KB gzip)  with its element (KB gzip)');
for (const entry of entries) {
  const path = `./dist/${entry}.js`;
  const alone = await bundled(path, [
    'react',
    '@null-and-void/widgets',
    '@null-and-void/widgets/*',
  ]);
  const withElement = await bundled(path, ['react']);
  console.log(
    `${entry.padEnd(19)}${gzipKB(alone).padStart(15)}${gzipKB(withElement).padStart(28)}`,
  );
}
