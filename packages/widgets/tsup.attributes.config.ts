import { defineConfig } from 'tsup';

/**
 * The entries without Lit, into `attributes/`: `attributes.js` (the filter attributes and the
 * site's page addresses) and `format.js` (dates, numbers, plurals and names, which the site
 * formats as the widgets do). They are built first, by their own Turbo task, so that the demo's
 * share images (which need them, not the elements) can render while the rest of this package
 * builds.
 */
export default defineConfig({
  entry: { index: 'src/attributes.ts', format: 'src/i18n/format.ts' },
  outDir: 'attributes',
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
});
