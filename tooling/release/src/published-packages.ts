/** The workspace's published packages: every package under `packages/` that is not private. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo.js';

export interface PublishedPackage {
  name: string;
  version: string;
  /** The package's folder, relative to the repository root (`packages/statements`). */
  dir: string;
}

export function publishedPackages(root = REPO_ROOT): PublishedPackage[] {
  return readdirSync(join(root, 'packages'))
    .map((name) => join('packages', name))
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        private?: boolean;
      };
      return manifest.private ? [] : [{ name: manifest.name, version: manifest.version, dir }];
    });
}
