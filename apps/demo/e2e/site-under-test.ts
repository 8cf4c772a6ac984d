/**
 * Builds the site for a free local port and serves it there, so that every absolute URL the
 * pages and snippets carry (canonical links, widget scripts, iframe embeds, oEmbed answers)
 * points at the server under test, whatever else is running on the default port. Used by this
 * app's e2e setup and by the WordPress end-to-end test (apps/wordpress).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

export interface SiteUnderTest {
  /** The site's address, ending in `/`, e.g. `http://localhost:41234/`. */
  url: string;
  /** The folder the site was built into. */
  dir: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

export async function startSiteUnderTest(): Promise<SiteUnderTest> {
  const app = fileURLToPath(new URL('..', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'nv-demo-e2e-'));
  try {
    const port = await freePort();
    const env = { ...process.env, NV_SITE_URL: `http://localhost:${port}`, NV_OUT_DIR: out };
    const bin = (name: string) => join(app, 'node_modules', '.bin', name);
    execFileSync(bin('vite'), ['build', '--outDir', out, '--logLevel', 'warn'], {
      cwd: app,
      env,
      stdio: 'inherit',
    });
    execFileSync(bin('tsx'), ['src/prerender.ts'], { cwd: app, env, stdio: 'inherit' });
    // Imported after NV_SITE_URL is known: the server reads the base path from it.
    process.env.NV_SITE_URL = env.NV_SITE_URL;
    const { startServer } = await import('../src/serve.js');
    const server = await startServer({ root: out, port });
    return {
      url: server.url,
      dir: out,
      close: async () => {
        await server.close();
        rmSync(out, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
}
