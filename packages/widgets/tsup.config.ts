import { readdirSync } from 'node:fs';
import { libraryPreset } from '@null-and-void/tsup-preset';
import { defineConfig } from 'tsup';

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
  // The site the widgets link to when an app bundles them: `src/base/credit-url.ts`.
  define: { __NV_SITE__: JSON.stringify(process.env.NV_SITE_URL ?? '') },
});
