import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per element (`statement.js` loads `<nv-statement>` only) and the index of them all.
// React, @lit/react and the widgets stay external: the app's bundler dedupes them.
const components = Object.fromEntries(
  readdirSync('src/generated')
    .filter((file) => file !== 'index.ts')
    .map((file) => [file.replace(/\.ts$/, ''), `src/generated/${file}`]),
);

export default defineConfig({
  entry: { index: 'src/index.ts', ...components },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
