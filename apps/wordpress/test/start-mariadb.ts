/**
 * MariaDB for the test only: a fresh datadir in the run's temporary folder, its own socket, and
 * a free port on 127.0.0.1, with one database and user for WordPress.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from 'demo/e2e/free-port';
import type { RunState } from './run-state.js';
import { waitUntil } from './wait-until.js';
import { MARIADB, MARIADB_INSTALL_DB, MARIADBD } from './wordpress-packages.js';

export interface Database {
  /** `127.0.0.1:<port>`, WordPress's DB_HOST. */
  host: string;
  name: string;
  user: string;
  password: string;
}

export async function startMariaDB(dir: string, state: RunState): Promise<Database> {
  const data = join(dir, 'mysql');
  const socket = join(dir, 'mysqld.sock');
  const log = join(dir, 'mysqld.log');
  // mariadbd refuses to run as root unless told to; as another user it runs as that user.
  const asUser = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    MARIADB_INSTALL_DB,
    [
      '--no-defaults',
      `--datadir=${data}`,
      ...asUser,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'pipe' },
  );
  const port = await freePort('127.0.0.1');
  const server = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${log}`,
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=32M',
      ...asUser,
    ],
    { detached: true, stdio: 'ignore' },
  );
  if (!server.pid) throw new Error(`could not start ${MARIADBD}`);
  state.addGroup(server.pid, data);
  const sql = (statement: string) =>
    execFileSync(MARIADB, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {
      stdio: 'pipe',
    });
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  await waitUntil('MariaDB to accept connections', () => {
    if (exited)
      throw new Error(`mariadbd stopped: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  });
  const db = {
    host: `127.0.0.1:${port}`,
    name: 'wordpress',
    user: 'wordpress',
    password: randomBytes(12).toString('hex'),
  };
  sql(
    `CREATE DATABASE ${db.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
     CREATE USER '${db.user}'@'127.0.0.1' IDENTIFIED BY '${db.password}';
     GRANT ALL PRIVILEGES ON ${db.name}.* TO '${db.user}'@'127.0.0.1';`,
  );
  return db;
}
