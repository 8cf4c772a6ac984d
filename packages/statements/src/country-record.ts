/**
 * What the record holds for one state: its votes on every instrument, what its actors said, the
 * joint statements it signed, and for each vote event either the statements or an explicit
 * "nothing found in the record as of DATE". `matrix` is the same for every UN member at once.
 */
import type { Catalog, CatalogIds, CatalogStatement } from './catalog.js';
import { type Country, countryInfo, unMembers } from './countries.js';
import { dateBounds } from './filter.js';
import type { Actor, ActorKind, LegalInstrument, VoteChoice, VoteEvent } from './schema.js';

/**
 * Kinds of actor that speak for a state: the state and its bodies, and people whose country it
 * is (ministers, heads of state, members of parliament; each statement shows who and in what role).
 */
const STATE_KINDS: readonly ActorKind[] = ['state', 'government-body', 'person'];

/**
 * A country's vote on one instrument.
 * @example
 * ```ts
 * import { catalog, type CountryVote, voteOf } from '@null-and-void/statements';
 * const vote: CountryVote = voteOf(catalog.instrument('unga-68-262'), 'BR');
 * console.log(vote.vote, vote.source);
 * ```
 */
export interface CountryVote {
  readonly instrument: LegalInstrument;
  /** The state's vote; `undefined` where no source names it (never worked out by elimination). */
  readonly vote: VoteChoice | undefined;
  /** Where the vote is read: the UN record of the roll call, else the sources of the tally. */
  readonly source: readonly string[];
  /** An independent list that names the state in the same category, where there is one. */
  readonly secondSource?: string;
}

/**
 * What a country said about one vote event.
 * @example
 * ```ts
 * import { catalog, type CountryEvent, type DefaultIds } from '@null-and-void/statements';
 * const events: readonly CountryEvent<DefaultIds>[] = catalog.country('DE').events;
 * for (const { event, statements, silent } of events) console.log(event.id, statements.length, silent);
 * ```
 */
export interface CountryEvent<Ids extends CatalogIds = CatalogIds> {
  readonly event: VoteEvent;
  /** What the state's actors issued, signed or were quoted in about the event, oldest first. */
  readonly statements: readonly CatalogStatement<Ids>[];
  /** Its votes on the instruments that declared the event invalid or bear on it. */
  readonly votes: readonly CountryVote[];
  /** True when the record holds nothing the state said about the event, as of `asOf`. */
  readonly silent: boolean;
}

/**
 * Everything a country said and voted, for its country page.
 * @example
 * ```ts
 * import { catalog, type CountryRecord, type DefaultIds } from '@null-and-void/statements';
 * const germany: CountryRecord<DefaultIds> = catalog.country('DE');
 * console.log(germany.asOf, germany.statements.length, germany.jointStatements.length);
 * ```
 */
export interface CountryRecord<Ids extends CatalogIds = CatalogIds> {
  readonly country: Country;
  /** The date the record runs to: "nothing found" means nothing found up to this date. */
  readonly asOf: string;
  /** The actors of the record that speak for the state. */
  readonly actors: readonly Actor[];
  /** Its vote on every instrument with a recorded vote, in date order. */
  readonly votes: readonly CountryVote[];
  /** Every statement its actors issued, signed or were quoted in, oldest first. */
  readonly statements: readonly CatalogStatement<Ids>[];
  /** The joint statements it signed (one of its actors among the signatories), oldest first. */
  readonly jointStatements: readonly CatalogStatement<Ids>[];
  /** Each vote event, with what it said or the silence, in date order. */
  readonly events: readonly CountryEvent<Ids>[];
}

/**
 * The date the record runs to: the latest date of any statement in it.
 * @example
 * ```ts
 * import { catalog, recordAsOf } from '@null-and-void/statements';
 * console.log(`Nothing found up to ${recordAsOf(catalog)}`);
 * ```
 */
export function recordAsOf(catalog: Catalog<CatalogIds>): string {
  let latest = '';
  for (const s of catalog.statements) if (s.date > latest) latest = s.date;
  return latest;
}

/**
 * A state's vote on one instrument, with the source of that vote.
 * @example
 * ```ts
 * import { catalog, voteOf } from '@null-and-void/statements';
 * console.log(voteOf(catalog.instrument('unga-es-11-4'), 'IN').vote);
 * ```
 */
export function voteOf(instrument: LegalInstrument, code: string): CountryVote {
  const votes = instrument.votes;
  const vote = votes?.byState?.[code];
  const rollCall = votes?.rollCall;
  const secondSource = rollCall?.secondSources?.find((s) => s.states.includes(code))?.url;
  return {
    instrument,
    vote,
    source: rollCall ? [rollCall.record] : (votes?.sources ?? []),
    ...(secondSource ? { secondSource } : {}),
  };
}

/**
 * Everything the record holds for one state; throws `UnknownIdError` for an unknown code.
 * @example
 * ```ts
 * import { catalog, countryRecord } from '@null-and-void/statements';
 * console.log(countryRecord(catalog, 'FR').votes.map((v) => `${v.instrument.id}: ${v.vote}`));
 * ```
 */
export function countryRecord<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  code: string,
  asOf = recordAsOf(catalog as Catalog<CatalogIds>),
): CountryRecord<Ids> {
  const country = countryInfo(code);
  const actors = catalog.actors.filter(
    (a) => a.country === country.code && STATE_KINDS.includes(a.kind),
  );
  const ids = new Set(actors.map((a) => a.id));
  const statements = catalog.statements
    .filter(
      (s) =>
        s.issuers.some((id) => ids.has(id)) ||
        (s.signatories?.actors.some((id) => ids.has(id)) ?? false) ||
        s.quotes.some((q) => ids.has(q.speaker)),
    )
    .sort(byDate);
  const jointStatements = statements.filter(
    (s) => s.signatories?.actors.some((id) => ids.has(id)) ?? false,
  );
  const voted = catalog.instruments
    .filter((i) => i.votes)
    .sort((a, b) => a.date.localeCompare(b.date));
  const events = [...catalog.events]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((event) => {
      const about = statements.filter((s) => s.events.includes(event.id));
      const linked = [...(event.invalidatedBy ?? []), ...(event.relatedInstruments ?? [])];
      const votes = voted.filter((i) => linked.includes(i.id)).map((i) => voteOf(i, country.code));
      return { event, statements: about, votes, silent: about.length === 0 };
    });
  const votes = voted.map((i) => voteOf(i, country.code));
  return { country, asOf, actors, votes, statements, jointStatements, events };
}

function byDate(a: { date: string }, b: { date: string }): number {
  return dateBounds(a.date)[0] - dateBounds(b.date)[0];
}

/**
 * One column of the matrix: a vote event (what each state said) or an instrument (its vote).
 * @example
 * ```ts
 * import { catalog, type MatrixColumn } from '@null-and-void/statements';
 * const columns: readonly MatrixColumn[] = catalog.matrix().columns;
 * console.log(columns.map((c) => `${c.type} ${c.id}`));
 * ```
 */
export type MatrixColumn =
  | {
      readonly type: 'event';
      readonly id: string;
      readonly date: string;
      readonly event: VoteEvent;
    }
  | {
      readonly type: 'instrument';
      readonly id: string;
      readonly date: string;
      readonly instrument: LegalInstrument;
    };

/**
 * One cell: the statements about an event (none: silence), or the vote on an instrument.
 * @example
 * ```ts
 * import { catalog, type MatrixCell } from '@null-and-void/statements';
 * const cells: readonly MatrixCell[] = catalog.matrix().rows[0]?.cells ?? [];
 * console.log(cells.map((c) => (c.type === 'event' ? c.statements.length : c.vote)));
 * ```
 */
export type MatrixCell =
  | { readonly type: 'event'; readonly statements: readonly string[]; readonly silent: boolean }
  | ({ readonly type: 'instrument' } & Omit<CountryVote, 'instrument'>);

/**
 * One country's row of the stance matrix.
 * @example
 * ```ts
 * import { catalog, type MatrixRow } from '@null-and-void/statements';
 * const row: MatrixRow | undefined = catalog.matrix().rows.find((r) => r.country.code === 'UA');
 * console.log(row?.country.name.en, row?.cells.length);
 * ```
 */
export interface MatrixRow {
  readonly country: Country;
  /** One cell per column, in the order of `columns`. */
  readonly cells: readonly MatrixCell[];
}

/**
 * Countries by vote events and instruments: who said and voted what.
 * @example
 * ```ts
 * import { catalog, type StanceMatrix } from '@null-and-void/statements';
 * const matrix: StanceMatrix = catalog.matrix();
 * console.log(matrix.asOf, matrix.rows.length, matrix.columns.length);
 * ```
 */
export interface StanceMatrix {
  readonly asOf: string;
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

/**
 * The stance-and-silence matrix: every UN member × every vote event and every instrument with a
 * recorded vote, in date order. Each cell carries its evidence: the ids of the statements, the
 * vote with its source, or `silent: true` for nothing found in the record as of `asOf`.
 * @example
 * ```ts
 * import { catalog, stanceMatrix } from '@null-and-void/statements';
 * console.log(stanceMatrix(catalog).rows.length);
 * ```
 */
export function stanceMatrix<Ids extends CatalogIds>(catalog: Catalog<Ids>): StanceMatrix {
  const asOf = recordAsOf(catalog as Catalog<CatalogIds>);
  const columns: MatrixColumn[] = [
    ...catalog.events.map((event) => ({
      type: 'event' as const,
      id: event.id,
      date: event.start,
      event,
    })),
    ...catalog.instruments
      .filter((i) => i.votes)
      .map((instrument) => ({
        type: 'instrument' as const,
        id: instrument.id,
        date: instrument.date,
        instrument,
      })),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.type === 'event' ? -1 : 1));
  const rows = unMembers().map((country) => {
    const record = countryRecord(catalog, country.code, asOf);
    const byEvent = new Map(record.events.map((e) => [e.event.id, e]));
    const cells = columns.map((column): MatrixCell => {
      if (column.type === 'instrument') {
        const { instrument: _, ...vote } = voteOf(column.instrument, country.code);
        return { type: 'instrument', ...vote };
      }
      const about = byEvent.get(column.id)!;
      return { type: 'event', statements: about.statements.map((s) => s.id), silent: about.silent };
    });
    return { country, cells };
  });
  return { asOf, columns, rows };
}
