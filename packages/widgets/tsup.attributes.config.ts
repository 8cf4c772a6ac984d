import { defineConfig } from 'tsup';

/**
 * `attributes.js` on its own, into `attributes/`: the filter attributes and the site's page
 * addresses, without Lit. It is built first, by its own Turbo task, so that the demo's share
 * images (which need it, not the elements) can render while the rest of this package builds.
 */
export default defineConfig({
  entry: { index: 'src/attributes.ts' },
  outDir: 'attributes',
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
});
