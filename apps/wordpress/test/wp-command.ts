/** Runs a step inside the WordPress under test through PHP and wp-load.php (wp-command.php). */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PHP } from './wordpress-packages.js';

const SCRIPT = fileURLToPath(new URL('wp-command.php', import.meta.url));

export function wpCommand<T>(host: string, command: string, args: Record<string, unknown> = {}): T {
  const output = execFileSync(PHP, [SCRIPT, command, JSON.stringify(args)], {
    env: { ...process.env, NV_WP_HOST: host },
    encoding: 'utf8',
  });
  const [before, result] = output.split('@@result@@\n');
  if (result === undefined) throw new Error(`wp-command ${command} printed no result:\n${output}`);
  if (before?.trim()) throw new Error(`PHP printed this while running ${command}:\n${before}`);
  return JSON.parse(result) as T;
}
