/**
 * `pnpm generate`: writes the vote map's geometry to `src/generated/world-110m.json`
 * (`world-geometry.ts` says how it is made). The file records the hash of its inputs (the
 * Natural Earth topology, the country table and the scripts that make it); when they have not
 * changed, nothing is projected again, so a build stays fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import {
  type CountryRecord,
  countriesOf,
  toWorldGeometry,
  withCrimeaInUkraine,
} from './world-geometry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, 'src/generated/world-110m.json');

const inputs = [
  require.resolve('world-atlas/countries-110m.json'),
  require.resolve('world-countries/countries.json'),
  join(root, 'scripts/world-geometry.ts'),
  fileURLToPath(import.meta.url),
];
const hash = createHash('sha256');
for (const file of inputs) hash.update(readFileSync(file));
const inputHash = hash.digest('hex').slice(0, 16);

const current = existsSync(out)
  ? (JSON.parse(readFileSync(out, 'utf8')) as { inputHash?: string }).inputHash
  : undefined;
if (current === inputHash) {
  console.log(`world-110m.json is up to date (${inputHash})`);
} else {
  const started = performance.now();
  const topology = JSON.parse(readFileSync(inputs[0]!, 'utf8')) as Topology;
  const records = JSON.parse(readFileSync(inputs[1]!, 'utf8')) as CountryRecord[];
  const geometry = toWorldGeometry(withCrimeaInUkraine(countriesOf(topology)), records);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ inputHash, ...geometry }));
  const ms = Math.round(performance.now() - started);
  console.log(`world-110m.json: ${geometry.shapes.length} shapes in ${ms} ms (${inputHash})`);
}
