/**
 * The project's repository address, read at build time from the root `package.json`'s
 * `repository` field, its one home (npm provenance reads the same field).
 */
import { readFileSync } from 'node:fs';

export function repositoryUrl(): string {
  const file = new URL('../../../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { repository?: unknown };
  const field = manifest.repository;
  const url =
    typeof field === 'string'
      ? field
      : typeof field === 'object' && field !== null && 'url' in field
        ? field.url
        : undefined;
  if (typeof url !== 'string' || !/^(git\+)?https:\/\//.test(url)) {
    throw new Error(
      `The root package.json needs a repository field with an https URL (the Contact page links to it); found ${JSON.stringify(field)}.`,
    );
  }
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}
