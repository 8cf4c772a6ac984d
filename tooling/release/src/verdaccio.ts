/**
 * A real npm registry for the rehearsal: Verdaccio on 127.0.0.1, its storage in a temp folder,
 * with no uplink (nothing is fetched from or leaks to the public registry). Anyone may publish
 * `@null-and-void/*`; npm and pnpm still send a token, so the rehearsal registers a user.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Registry {
  url: string;
  token: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const VERDACCIO_BIN = join(dirname(require.resolve('verdaccio/package.json')), 'bin/verdaccio');

function config(storage: string): string {
  return `storage: ${join(storage, 'storage')}
auth:
  htpasswd:
    file: ${join(storage, 'htpasswd')}
    max_users: 10
uplinks: {}
packages:
  '@null-and-void/*':
    access: $all
    publish: $all
    unpublish: $all
  '**':
    access: $all
    publish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

async function waitForPing(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited: ${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Verdaccio did not answer within 30 s: ${output()}`);
}

/** Registers a user and returns its token, as `npm adduser` does. */
async function addUser(url: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: 'rehearsal-password', type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) {
    throw new Error(`Verdaccio refused the user: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}

export async function startVerdaccio(storage: string, port: number): Promise<Registry> {
  const configFile = join(storage, 'config.yaml');
  writeFileSync(configFile, config(storage));
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [VERDACCIO_BIN, '--config', configFile, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  try {
    await waitForPing(url, child, () => log);
    return { url, token: await addUser(url), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
