/**
 * A copy of the published packages, with their built files, to version and publish: the
 * rehearsal never versions the real tree.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type PublishedPackage, publishedPackages } from './published-packages.js';
import { REPO_ROOT } from './repo.js';

const SKIP = new Set(['node_modules', 'test-results', '.turbo']);

/** Copies every published package (built files included) into `dest` as a pnpm workspace. */
export function copyWorkspace(dest: string): PublishedPackage[] {
  const packages = publishedPackages();
  const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  writeFileSync(
    join(dest, 'package.json'),
    JSON.stringify({ name: 'rehearsal', private: true, packageManager: root.packageManager }),
  );
  writeFileSync(join(dest, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  mkdirSync(join(dest, '.changeset'));
  cpSync(join(REPO_ROOT, '.changeset/config.json'), join(dest, '.changeset/config.json'));
  for (const p of packages) {
    cpSync(join(REPO_ROOT, p.dir), join(dest, p.dir), {
      recursive: true,
      filter: (source) => !SKIP.has(source.split('/').pop() ?? ''),
    });
  }
  dropPrivateDevDependencies(dest, packages);
  linkWorkspaceDependencies(dest, packages);
  return packages;
}

/**
 * Drops the development dependencies on private workspace packages (`tooling/*`, the test
 * helpers), which the copy does not hold: pnpm cannot pack a `workspace:` range it cannot
 * resolve, and a user's install never reads development dependencies.
 */
function dropPrivateDevDependencies(dest: string, packages: PublishedPackage[]): void {
  const published = new Set(packages.map((p) => p.name));
  for (const p of packages) {
    const file = join(dest, p.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const [name, spec] of Object.entries<string>(manifest.devDependencies ?? {})) {
      if (spec.startsWith('workspace:') && !published.has(name))
        delete manifest.devDependencies[name];
    }
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/**
 * Links each `workspace:` dependency (development and peer ones too) into the depending package's
 * node_modules, as an install would: pnpm reads the dependency's version there to replace
 * `workspace:^` when it packs.
 */
function linkWorkspaceDependencies(dest: string, packages: PublishedPackage[]): void {
  const dirs = new Map(packages.map((p) => [p.name, join(dest, p.dir)]));
  for (const p of packages) {
    const manifest = JSON.parse(readFileSync(join(dest, p.dir, 'package.json'), 'utf8'));
    const ranges = {
      ...manifest.devDependencies,
      ...manifest.peerDependencies,
      ...manifest.dependencies,
    };
    for (const [name, spec] of Object.entries<string>(ranges)) {
      const target = dirs.get(name);
      if (!spec.startsWith('workspace:') || !target) continue;
      const link = join(dest, p.dir, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), target), link);
    }
  }
}

/** Every package a patch, as a changeset: what the rehearsal versions. */
export function writeRehearsalChangeset(dest: string, packages: PublishedPackage[]): void {
  const front = packages.map((p) => `'${p.name}': patch`).join('\n');
  writeFileSync(
    join(dest, '.changeset/rehearsal.md'),
    `---\n${front}\n---\n\nA rehearsal of the release.\n`,
  );
}

/** The version each package has in the copy now. */
export function versionsIn(dest: string, packages: PublishedPackage[]): Map<string, string> {
  return new Map(
    packages.map((p) => [
      p.name,
      JSON.parse(readFileSync(join(dest, p.dir, 'package.json'), 'utf8')).version as string,
    ]),
  );
}
