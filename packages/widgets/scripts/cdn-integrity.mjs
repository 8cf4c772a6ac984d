/**
 * The SRI hashes of a released version's CDN scripts, so that the README's snippets can pin
 * them (`integrity="sha384-…"`): `cdn-integrity.json` records, for the version in
 * `package.json`, the hash of every entry script in `dist/cdn/` (the files a snippet names; the
 * chunks they import have content-hashed names).
 *
 *   node scripts/cdn-integrity.mjs --write   after `changeset version` and a build: records the
 *                                            hashes and writes them into the README's snippets
 *   node scripts/cdn-integrity.mjs --check   before publishing (`prepublishOnly`): fails unless
 *                                            the built files are the ones recorded for this version
 *
 * Plain JavaScript with no dependencies: `prepublishOnly` runs it wherever the package is
 * published from, before anything is installed for tooling.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RECORD = 'cdn-integrity.json';

/** `statement.js`, `all.js`…: not `chunk-…` and not a lazily loaded `name-HASH.js`. */
const isEntry = (name) => /^[a-z-]+\.js$/.test(name) && !name.startsWith('chunk-');

/** `sha384-…` of each entry script in `<dir>/dist/cdn/`, by file name, sorted. */
export function builtIntegrity(dir = root) {
  const cdn = join(dir, 'dist/cdn');
  const names = readdirSync(cdn).filter(isEntry).sort();
  if (names.length === 0) throw new Error(`No entry scripts in ${cdn}: build the package first.`);
  return Object.fromEntries(
    names.map((name) => [
      name,
      `sha384-${createHash('sha384')
        .update(readFileSync(join(cdn, name)))
        .digest('base64')}`,
    ]),
  );
}

/** `{ version, files }` as recorded in `<dir>/cdn-integrity.json`. */
export function recordedIntegrity(dir = root) {
  return JSON.parse(readFileSync(join(dir, RECORD), 'utf8'));
}

const SNIPPET =
  /<script type="module" src="([^"]*\/@null-and-void\/widgets@([^/"]+)\/dist\/cdn\/([a-z-]+\.js))"[^>]*><\/script>/g;

/** Each CDN snippet in `text`: its script tag, URL, pinned version, file and integrity, if any. */
export function readmeSnippets(text) {
  return [...text.matchAll(SNIPPET)].map(([tag, src, version, file]) => ({
    tag,
    src,
    version,
    file,
    integrity: /\sintegrity="([^"]+)"/.exec(tag)?.[1],
  }));
}

/** `text` with every CDN snippet pinned to `record`'s version and hash. */
export function pinSnippets(text, record) {
  return text.replace(SNIPPET, (_tag, src, version, file) => {
    const integrity = record.files[file];
    if (!integrity) throw new Error(`README names dist/cdn/${file}, which the build has not.`);
    const pinned = src.replace(
      `@null-and-void/widgets@${version}/`,
      `@null-and-void/widgets@${record.version}/`,
    );
    return `<script type="module" src="${pinned}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  });
}

/** Why the built files are not the ones recorded for this version (empty when they are). */
export function integrityProblems(dir = root) {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const record = recordedIntegrity(dir);
  const built = builtIntegrity(dir);
  const problems = [];
  if (record.version !== version) {
    problems.push(`${RECORD} is for version ${record.version}, package.json is at ${version}.`);
  }
  for (const name of new Set([...Object.keys(record.files), ...Object.keys(built)])) {
    if (record.files[name] !== built[name]) {
      problems.push(
        `dist/cdn/${name}: built ${built[name] ?? '(missing)'}, recorded ${record.files[name] ?? '(missing)'}.`,
      );
    }
  }
  return problems;
}

function write() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const record = { version, files: builtIntegrity() };
  writeFileSync(join(root, RECORD), `${JSON.stringify(record, null, 2)}\n`);
  const readme = join(root, 'README.md');
  writeFileSync(readme, pinSnippets(readFileSync(readme, 'utf8'), record));
  console.log(
    `${RECORD}: ${Object.keys(record.files).length} scripts of ${version}; README pinned.`,
  );
}

function check() {
  const problems = integrityProblems();
  if (problems.length === 0) {
    const { version, files } = recordedIntegrity();
    console.log(
      `cdn-integrity: the ${Object.keys(files).length} CDN scripts are the ones recorded for ${version}.`,
    );
    return;
  }
  console.error(
    `The built CDN scripts are not the ones whose hashes the README gives for this version:\n  ${problems.join('\n  ')}\nRun \`pnpm version-packages\` (it rebuilds and records them), or build from the versioned commit.`,
  );
  process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) write();
  else if (process.argv.includes('--check')) check();
  else {
    console.error('Usage: node scripts/cdn-integrity.mjs --write | --check');
    process.exitCode = 2;
  }
}
