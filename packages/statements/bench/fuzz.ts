/**
 * `pnpm bench:fuzz`: the worst time of each public function over hostile inputs up to 100,000
 * characters (every long string in every argument and filter key, and random values), and a
 * search of one megabyte against a normal one. Prints the figures; asserts nothing (the property
 * test, `test/fuzz.test.ts`, checks what the calls answer).
 *
 *   node --import tsx bench/fuzz.ts [--random 300]
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describeValue } from '../src/describe-value.js';
import { catalog } from '../src/index.js';
import { anyValue, CATALOGS, LONG_STRINGS, PUBLIC_CALLS, type PublicCall } from './public-calls.js';

const { values } = parseArgs({ options: { random: { type: 'string', default: '300' } } });
const randomRuns = Number(values.random);

/** Arguments built from each long string: as itself, and inside a filter, options or selection. */
function longArguments(): unknown[][] {
  const out: unknown[][] = [];
  for (const text of LONG_STRINGS) {
    out.push(
      [text],
      [text, text, text],
      [{ issuer: text }],
      [{ event: [text, text] }],
      [{ from: text }],
      [{ [text]: 1 }],
      [undefined, { sort: text, facets: [text] }],
      ['referendum', { region: text }, { facets: ['theme'] }],
      [{ statements: [text] }],
      [{ text, ranges: [[0, 10]] }, 180],
    );
  }
  return out;
}

/**
 * The fastest of three runs of one call: on a shared machine a single run also measures the
 * moments the process was not scheduled, which is not the input's cost.
 */
function timed(fn: PublicCall, args: readonly unknown[], catalog: (typeof CATALOGS)[number]) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    try {
      fn.call(args, catalog);
    } catch {
      // Typed errors are the answer to most of these; the property test checks their kind.
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const long = longArguments();
const random = fc.sample(fc.array(anyValue, { maxLength: 3 }), { numRuns: randomRuns, seed: 15 });
// Warm every index first: the first call of a kind builds it, which is not the input's cost.
for (const fn of PUBLIC_CALLS) for (const c of CATALOGS) timed(fn, ['referendum'], c);

const rows: [string, number, string, number][] = [];
let calls = 0;
for (const fn of PUBLIC_CALLS) {
  let worst = 0;
  let worstArgs: readonly unknown[] = [];
  for (const catalog of CATALOGS) {
    for (const args of [...long, ...random]) {
      const ms = timed(fn, args, catalog);
      calls++;
      if (ms > worst) [worst, worstArgs] = [ms, args];
    }
  }
  const what = worstArgs.map((a) => describeValue(a).slice(0, 30)).join(', ');
  rows.push([fn.name, worst, what, long.length + random.length]);
}

/** The fastest and the median of `runs` runs. */
function timings(fn: () => unknown, runs = 21): [number, number] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [times[0]!, times[Math.floor(runs / 2)]!];
}
const megabyte = 'referendum kherson '.repeat(55_189).slice(0, 1_048_576);
megabyte.indexOf('\0'); // flatten the string before timing
const normal = timings(() => catalog.search('referendum kherson'));
const big = timings(() => catalog.search(megabyte));

const pad = (text: string, n: number) => text.padEnd(n);
console.log(
  `Worst time per public function, fastest of 3 runs of each of ${calls} calls (inputs up to 100,000 characters)\n`,
);
console.log(`${pad('function', 26)} ${'worst ms'.padStart(9)}  worst input`);
for (const [name, worst, what] of rows.sort((a, b) => b[1] - a[1])) {
  console.log(`${pad(name, 26)} ${worst.toFixed(2).padStart(9)}  ${what}`);
}
const ms = ([fastest, median]: [number, number]) =>
  `${fastest.toFixed(2)} ms fastest, ${median.toFixed(2)} ms median`;
console.log(`\nsearch of 21 runs: "referendum kherson" ${ms(normal)}`);
console.log(`the same words repeated to 1 MB  ${ms(big)}`);
