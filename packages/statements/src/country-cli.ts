/**
 * What `nv country` and `nv votes` print. Kept apart from `cli.ts`, which only parses flags.
 */
import { Catalog } from './catalog.js';
import { countryInfo } from './countries.js';
import { countryRecord } from './country-record.js';
import { InvalidFilterError } from './errors.js';
import { toVotesCSV } from './export.js';
import type { VoteChoice } from './schema.js';
import { VOTE_CHOICES } from './vocabulary.js';

type Locale = 'en' | 'uk';

/** A vote in words, as a reader says it. */
export const VOTE_WORDS: Record<Locale, Record<VoteChoice | 'unrecorded', string>> = {
  en: {
    yes: 'in favour',
    no: 'against',
    abstain: 'abstained',
    absent: 'did not vote',
    unrecorded: 'not recorded by name',
  },
  uk: {
    yes: 'за',
    no: 'проти',
    abstain: 'утримався',
    absent: 'не голосував',
    unrecorded: 'поіменно не зафіксовано',
  },
};

/** `nv country CC`: the state's votes, what it said about each vote event, and its silences. */
export function describeCountry(catalog: Catalog, code: string, locale: Locale): string {
  const record = countryRecord(catalog, code);
  const { country } = record;
  const title = `${country.name[locale]} (${country.code})`;
  const lines = [
    title,
    '═'.repeat(title.length),
    `region      ${country.region.name[locale]} › ${country.subregion.name[locale]}`,
    '',
    'Votes',
  ];
  for (const v of record.votes) {
    const vote = VOTE_WORDS[locale][v.vote ?? 'unrecorded'];
    lines.push(
      `  ${v.instrument.date}  ${(v.instrument.symbol ?? v.instrument.id).padEnd(14)} ${vote}`,
    );
    lines.push(
      `              source: ${v.source.join(' ')}${v.secondSource ? `; also ${v.secondSource}` : ''}`,
    );
  }
  lines.push('', 'Vote events');
  for (const e of record.events) {
    lines.push(`  ${e.event.start}  ${e.event.name[locale]}`);
    if (e.silent) lines.push(`              nothing found in the record as of ${record.asOf}`);
    for (const s of e.statements) lines.push(`              ${s.date}  ${s.id}`);
  }
  lines.push(
    '',
    `Statements: ${record.statements.length}; joint statements signed: ${record.jointStatements.length}`,
  );
  for (const s of record.statements) lines.push(`  ${s.date}  ${s.id}  ${s.title[locale]}`);
  return lines.join('\n');
}

/** `nv votes ID`: every state's vote on one instrument, grouped by vote, or as CSV or JSON. */
export function describeVotes(
  catalog: Catalog,
  id: string,
  options: { vote?: string; format?: string; locale: Locale },
): string {
  const instrument = catalog.instrument(id);
  const { vote, format = 'table', locale } = options;
  if (vote !== undefined && !(VOTE_CHOICES as readonly string[]).includes(vote)) {
    throw new InvalidFilterError(
      'vote',
      `--vote must be one of: ${VOTE_CHOICES.join(', ')}; got "${vote}"`,
    );
  }
  if (!['table', 'csv', 'json'].includes(format)) {
    throw new InvalidFilterError('format', `--format must be table, csv or json; got "${format}"`);
  }
  if (!instrument.votes) {
    throw new InvalidFilterError(
      'id',
      `${id} has no recorded vote. Instruments with one: ${catalog.instruments
        .filter((i) => i.votes)
        .map((i) => i.id)
        .join(', ')}`,
    );
  }
  const byState = Object.entries(instrument.votes.byState ?? {}).filter(
    ([, v]) => !vote || v === vote,
  );
  if (format === 'csv') {
    // The votes CSV of a catalog holding this instrument alone, with only the states asked for.
    const votes = { ...instrument.votes, byState: Object.fromEntries(byState) };
    const input = {
      statements: [],
      actors: [],
      events: [],
      regions: [],
      themes: [],
      callsToAction: [],
    };
    return toVotesCSV(new Catalog({ ...input, instruments: [{ ...instrument, votes }] }));
  }
  if (format === 'json') return JSON.stringify(Object.fromEntries(byState), null, 2);
  const lines = [
    `${instrument.symbol ?? instrument.id}  ${instrument.title[locale]}  (${instrument.date})`,
  ];
  for (const choice of VOTE_CHOICES) {
    if (vote && choice !== vote) continue;
    const states = byState
      .filter(([, v]) => v === choice)
      .map(([code]) => countryInfo(code).name[locale]);
    const total = instrument.votes[choice];
    const named =
      states.length === total ? `${states.length}` : `${states.length} named of ${total ?? '?'}`;
    lines.push('', `${VOTE_WORDS[locale][choice]} (${named})`);
    if (states.length)
      lines.push(`  ${states.sort((a, b) => a.localeCompare(b, locale)).join(', ')}`);
  }
  return lines.join('\n');
}
