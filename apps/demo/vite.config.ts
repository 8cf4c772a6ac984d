import { defineConfig } from 'vite';
import { BASE_PATH } from './src/site.js';

/**
 * Vite builds the client scripts and the stylesheet only; `src/prerender.ts` then writes every
 * page, so the HTML never depends on JavaScript running.
 */
export default defineConfig({
  base: BASE_PATH,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // The search chunk is the whole catalog; it loads only when a reader uses the search.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        site: 'src/client/site.ts',
        statements: 'src/client/statements.ts',
        builder: 'src/client/builder.ts',
        frame: 'src/client/frame.ts',
        embed: 'src/client/embed.ts',
        style: 'src/styles/site.css',
      },
      output: {
        // embed.js is pasted into host pages by address, so it keeps a fixed name (moved to /).
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'assets/embed.js' : 'assets/[name]-[hash].js',
      },
    },
  },
});
