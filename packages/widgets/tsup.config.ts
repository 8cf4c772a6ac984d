import { readdirSync } from 'node:fs';
import { libraryPreset } from '@null-and-void/tsup-preset';
import { defineConfig } from 'tsup';
import { SITE_DEFINE } from './src/base/project-site.js';

// One entry per element that defines it (`statement.js`), `all.js`, the autoloader, and the
// classes without registration (`index.js`). Lit and the data package stay external on npm.
const defining = Object.fromEntries(
  readdirSync('src/define').map((file) => [file.replace(/\.ts$/, ''), `src/define/${file}`]),
);

export default defineConfig({
  ...libraryPreset,
  entry: {
    index: 'src/index.ts',
    loader: 'src/loader.ts',
    ...defining,
  },
  format: ['esm'],
  // The site the widgets link to when an app bundles them: `src/base/project-site.ts`.
  define: SITE_DEFINE,
});
