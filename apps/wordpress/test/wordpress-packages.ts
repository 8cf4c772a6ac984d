/**
 * Debian's WordPress, MariaDB and PHP, installed when the machine lacks them (about 40 s on a
 * fresh machine), with `sudo` only when not root, as scripts/setup.sh does for Chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];
export const PHP = '/usr/bin/php';
export const MARIADBD = '/usr/sbin/mariadbd';
export const MARIADB = '/usr/bin/mariadb';
export const MARIADB_INSTALL_DB = '/usr/bin/mariadb-install-db';
export const WORDPRESS_DIR = '/usr/share/wordpress';

function missing(): boolean {
  const files = [PHP, MARIADBD, MARIADB, MARIADB_INSTALL_DB, `${WORDPRESS_DIR}/wp-load.php`];
  if (files.some((file) => !existsSync(file))) return true;
  const mysqli = spawnSync(PHP, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
  return mysqli.status !== 0;
}

export function installWordPressPackages(): void {
  if (!missing()) return;
  console.log(`› installing ${PACKAGES.join(' ')} (Debian packages) for the WordPress test`);
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    execFileSync(root ? args[0]! : 'sudo', root ? args.slice(1) : args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...PACKAGES]);
  if (missing())
    throw new Error(
      `apt-get installed ${PACKAGES.join(' ')}, but PHP with mysqli, MariaDB or WordPress is still missing`,
    );
}
