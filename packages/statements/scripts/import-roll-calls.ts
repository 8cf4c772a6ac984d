/**
 * Writes the UN General Assembly roll calls of `sources/research/un-roll-calls/` into the
 * instrument files under `data/instruments/`: every member's vote as `votes.byState`, the UN
 * Digital Library record it cites as `votes.rollCall`, and the independent lists that agree as
 * second sources. The counts of each vote must equal the totals already in the instrument file
 * (the official ones), or nothing is written. Safe to run again; the data files are what the
 * build reads.
 *
 *   tsx scripts/import-roll-calls.ts [--from DIR] [--data DIR] [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import type { VoteChoice } from '../src/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each roll-call file, the instrument it fills and the UN Digital Library record it was read from. */
export const ROLL_CALLS = [
  { file: 'A_RES_68_262.csv', instrument: 'unga-68-262', record: 767565 },
  { file: 'A_RES_ES-11_1.csv', instrument: 'unga-es-11-1', record: 3959039 },
  { file: 'A_RES_ES-11_4.csv', instrument: 'unga-es-11-4', record: 3990400 },
  { file: 'A_RES_ES-11_6.csv', instrument: 'unga-es-11-6', record: 4003921 },
] as const;

/** The UN's categories, as the files write them, and the record's words for them. */
const CHOICES: Record<string, VoteChoice> = {
  Yes: 'yes',
  No: 'no',
  Abstain: 'abstain',
  'Non-voting': 'absent',
};

export interface RollCallRow {
  iso2: string;
  vote: VoteChoice;
  source: string;
  second: string;
}

/**
 * The rows of one roll-call file. Fails on any row it cannot read, on a vote outside the UN's
 * four categories (`unknown` included: a roll call with gaps is not a complete one) and on a
 * state listed twice.
 */
export function readRollCall(path: string): RollCallRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const header = lines.shift();
  if (header !== 'iso2,name_in_source,vote,source_url,second_source_url') {
    throw new Error(`${path}: unexpected header ${JSON.stringify(header)}`);
  }
  const seen = new Set<string>();
  return lines.map((line, i) => {
    // The files quote nothing: no field holds a comma, so a row with more or fewer is wrong.
    const fields = line.split(',');
    const where = `${path}:${i + 2}`;
    if (fields.length !== 5) throw new Error(`${where}: expected 5 fields, got ${fields.length}`);
    const [iso2, , vote, source, second] = fields as [string, string, string, string, string];
    if (!/^[A-Z]{2}$/.test(iso2)) throw new Error(`${where}: "${iso2}" is not an ISO alpha-2 code`);
    if (seen.has(iso2)) throw new Error(`${where}: ${iso2} is listed twice`);
    seen.add(iso2);
    const choice = CHOICES[vote];
    if (!choice) throw new Error(`${where}: ${iso2}'s vote "${vote}" is not a recorded category`);
    if (!source.startsWith('https://')) throw new Error(`${where}: ${iso2} has no source_url`);
    return { iso2, vote: choice, source, second };
  });
}

/** The `votes` fields a roll call sets, after checking its counts against the official totals. */
export function rollCallVotes(
  rows: readonly RollCallRow[],
  record: number,
  totals: Record<VoteChoice, number | undefined>,
  label: string,
) {
  for (const choice of Object.values(CHOICES)) {
    const counted = rows.filter((r) => r.vote === choice).length;
    if (counted !== totals[choice]) {
      throw new Error(
        `${label}: ${counted} "${choice}" in the roll call, official ${totals[choice]}`,
      );
    }
  }
  const readFrom = [...new Set(rows.map((r) => r.source))];
  if (readFrom.length !== 1) throw new Error(`${label}: rows read from ${readFrom.length} copies`);
  const sorted = [...rows].sort((a, b) => a.iso2.localeCompare(b.iso2));
  const seconds = new Map<string, string[]>();
  for (const row of sorted) {
    if (row.second) seconds.set(row.second, [...(seconds.get(row.second) ?? []), row.iso2]);
  }
  return {
    byState: Object.fromEntries(sorted.map((r) => [r.iso2, r.vote])),
    rollCall: {
      record: `https://digitallibrary.un.org/record/${record}`,
      readFrom: readFrom[0]!,
      secondSources: [...seconds].map(([url, states]) => ({ url, states })),
    },
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: join(root, 'sources', 'research', 'un-roll-calls') },
      data: { type: 'string', default: join(root, 'data') },
      check: { type: 'boolean', default: false },
    },
  });
  let stale = 0;
  for (const { file, instrument, record } of ROLL_CALLS) {
    const path = join(resolve(values.data!), 'instruments', `${instrument}.yaml`);
    const before = readFileSync(path, 'utf8');
    const doc = parseDocument(before);
    const votes = (doc.toJS() as { votes?: Record<string, unknown> }).votes;
    if (!votes) throw new Error(`${path}: has no votes to fill`);
    const rows = readRollCall(join(resolve(values.from!), file));
    const totals = votes as Record<VoteChoice, number | undefined>;
    const { byState, rollCall } = rollCallVotes(rows, record, totals, instrument);
    // Compared as data, so that a hand edit to the file's layout or notes is not "stale".
    const same =
      JSON.stringify([votes.byState, votes.rollCall]) === JSON.stringify([byState, rollCall]);
    if (same) continue;
    stale++;
    console.log(`${values.check ? 'stale' : 'wrote'} ${path}: ${rows.length} states`);
    if (values.check) continue;
    doc.setIn(['votes', 'byState'], doc.createNode(byState));
    doc.setIn(['votes', 'rollCall'], doc.createNode(rollCall));
    writeFileSync(path, doc.toString({ lineWidth: 100 }));
  }
  if (values.check && stale > 0) process.exit(1);
  console.log(`✔ ${ROLL_CALLS.length} roll calls ${values.check ? 'match the data' : 'imported'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
