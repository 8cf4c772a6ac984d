/**
 * Builds the site for a free local port and serves it there, so that every absolute URL the
 * pages and snippets carry (canonical links, widget scripts, iframe embeds) points at the server
 * under test, whatever else is running on the default port.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject) {
  const app = fileURLToPath(new URL('..', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'nv-demo-e2e-'));
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
  project.provide('siteUrl', server.url);
  project.provide('siteDir', out);
  return async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  };
}
