/**
 * A real WordPress on 127.0.0.1 from Debian's package: Debian's per-host config file
 * (/etc/wordpress/config-127.0.0.1.php) pointing at the test's database and at a writable copy
 * of wp-content holding the plugin, PHP's built-in server, and the install form posted as a
 * person would.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from 'demo/e2e/free-port';
import { MARKER, type RunState } from './run-state.js';
import type { Database } from './start-mariadb.js';
import { waitUntil } from './wait-until.js';
import { PHP, WORDPRESS_DIR } from './wordpress-packages.js';

export const CONFIG_FILE = '/etc/wordpress/config-127.0.0.1.php';

export interface WordPress {
  /** e.g. `http://127.0.0.1:41235` (no trailing slash). */
  url: string;
  /** `127.0.0.1:<port>`, the Host header Debian's wp-config.php picks the config file by. */
  host: string;
  admin: { user: string; password: string };
  /** WordPress's debug log (WP_DEBUG_LOG) and PHP's error log. */
  logs: string[];
}

export interface WordPressOptions {
  /** The built plugin folder, copied into wp-content/plugins. */
  pluginDir: string;
  /** The Null & Void site's port, which WordPress's safe HTTP client must be allowed to reach. */
  sitePort: number;
  db: Database;
  dir: string;
  state: RunState;
}

const php = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** Test site only: WordPress's safe HTTP client refuses loopback hosts and ports but 80, 443, 8080. */
function loopbackPlugin(sitePort: number): string {
  return `<?php
/**
 * ${MARKER}
 * Lets WordPress's safe HTTP client (oEmbed discovery and fetches) reach the Null & Void site
 * under test, which runs on loopback on port ${sitePort}.
 */
add_filter( 'http_request_host_is_external', '__return_true' );
add_filter(
	'http_allowed_safe_ports',
	static function ( $ports ) {
		$ports[] = ${sitePort};
		return $ports;
	}
);
`;
}

function configFile(
  wp: { url: string },
  db: Database,
  contentDir: string,
  debugLog: string,
): string {
  const constants: [string, string | boolean][] = [
    ['DB_NAME', db.name],
    ['DB_USER', db.user],
    ['DB_PASSWORD', db.password],
    ['DB_HOST', db.host],
    ['WP_HOME', wp.url],
    ['WP_SITEURL', wp.url],
    ['WP_CONTENT_DIR', contentDir],
    ['WP_DEBUG', true],
    ['WP_DEBUG_DISPLAY', false],
    ['WP_DEBUG_LOG', debugLog],
    // No cron requests to itself and no calls home: the test measures only what it asks for.
    ['DISABLE_WP_CRON', true],
    ['AUTOMATIC_UPDATER_DISABLED', true],
    ['WP_HTTP_BLOCK_EXTERNAL', true],
    ...['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name): [string, string][] => [
      [`${name}_KEY`, randomBytes(32).toString('hex')],
      [`${name}_SALT`, randomBytes(32).toString('hex')],
    ]),
  ];
  const lines = constants.map(
    ([name, value]) =>
      `define( '${name}', ${typeof value === 'boolean' ? String(value) : php(value)} );`,
  );
  return `<?php\n// ${MARKER}\n${lines.join('\n')}\n`;
}

async function install(url: string, admin: WordPress['admin']): Promise<void> {
  const form = new URLSearchParams({
    weblog_title: 'Newsroom',
    user_name: admin.user,
    admin_password: admin.password,
    admin_password2: admin.password,
    pw_weak: '1',
    admin_email: 'editor@example.org',
    blog_public: '0',
    language: '',
  });
  const response = await fetch(`${url}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: form,
  });
  const page = await response.text();
  if (!page.includes('Success!'))
    throw new Error(`WordPress did not install (${response.status}):\n${page.slice(0, 2000)}`);
}

/** Refuses to touch a config file for 127.0.0.1 that someone else wrote. */
export function checkConfigFile(): void {
  if (existsSync(CONFIG_FILE) && !readFileSync(CONFIG_FILE, 'utf8').includes(MARKER)) {
    throw new Error(
      `${CONFIG_FILE} exists and was not written by this test, which would replace it: move it away first`,
    );
  }
}

export async function startWordPress(options: WordPressOptions): Promise<WordPress> {
  const { dir, state, db } = options;
  checkConfigFile();
  const contentDir = join(dir, 'wp-content');
  cpSync(join(WORDPRESS_DIR, 'wp-content'), contentDir, { recursive: true, dereference: true });
  cpSync(options.pluginDir, join(contentDir, 'plugins', 'null-and-void'), { recursive: true });
  mkdirSync(join(contentDir, 'mu-plugins'));
  writeFileSync(
    join(contentDir, 'mu-plugins', 'loopback-for-tests.php'),
    loopbackPlugin(options.sitePort),
  );

  const host = `127.0.0.1:${await freePort('127.0.0.1')}`;
  const url = `http://${host}`;
  const logs = [join(dir, 'debug.log'), join(dir, 'php-errors.log')];
  state.addPath(CONFIG_FILE);
  writeFileSync(CONFIG_FILE, configFile({ url }, db, contentDir, logs[0]!));

  const output = openSync(join(dir, 'php-server.log'), 'a');
  const server = spawn(PHP, ['-d', `error_log=${logs[1]}`, '-S', host, '-t', WORDPRESS_DIR], {
    detached: true,
    stdio: ['ignore', output, output],
    // Several workers, so that a request WordPress makes to itself cannot deadlock the server.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  if (!server.pid) throw new Error(`could not start ${PHP} -S ${host}`);
  state.addGroup(server.pid, logs[1]!);
  await waitUntil(`WordPress at ${url}`, async () => {
    if (server.exitCode !== null)
      throw new Error(`php -S stopped: ${readFileSync(join(dir, 'php-server.log'), 'utf8')}`);
    return fetch(`${url}/wp-admin/install.php`).then(
      (r) => r.ok,
      () => false,
    );
  });
  const admin = { user: 'editor', password: randomBytes(12).toString('hex') };
  await install(url, admin);
  return { url, host, admin, logs };
}
