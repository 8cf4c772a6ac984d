/**
 * Starts everything the WordPress test reads: the Null & Void site, built and served on a free
 * port of `localhost` (the demo's own e2e setup), and a real WordPress on `127.0.0.1` (another
 * origin) with its own MariaDB. Tears all of it down afterwards; a run that died is cleaned up by
 * the next one (run-state.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSiteUnderTest } from 'demo/e2e/site-under-test';
import type { TestProject } from 'vitest/node';
import { RunState } from './run-state.js';
import { startMariaDB } from './start-mariadb.js';
import { checkConfigFile, startWordPress } from './start-wordpress.js';
import { installWordPressPackages } from './wordpress-packages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    wordpressUrl: string;
    wordpressHost: string;
    admin: { user: string; password: string };
    logs: string[];
    setupSeconds: number;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  installWordPressPackages();
  const state = new RunState();
  await state.claim();
  let site: Awaited<ReturnType<typeof startSiteUnderTest>> | undefined;
  try {
    checkConfigFile();
    const dir = mkdtempSync(join(tmpdir(), 'nv-wordpress-'));
    state.addPath(dir);
    site = await startSiteUnderTest();
    state.addPath(site.dir);
    const db = await startMariaDB(dir, state);
    const wordpress = await startWordPress({
      pluginDir: fileURLToPath(new URL('../dist/null-and-void', import.meta.url)),
      sitePort: Number(new URL(site.url).port),
      db,
      dir,
      state,
    });
    project.provide('siteUrl', site.url);
    project.provide('wordpressUrl', wordpress.url);
    project.provide('wordpressHost', wordpress.host);
    project.provide('admin', wordpress.admin);
    project.provide('logs', wordpress.logs);
    project.provide('setupSeconds', (performance.now() - started) / 1000);
  } catch (error) {
    await state.release();
    await site?.close();
    throw error;
  }
  return async () => {
    await state.release();
    await site?.close();
  };
}
