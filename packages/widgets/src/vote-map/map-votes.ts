import type { LegalInstrument, VoteChoice } from '@null-and-void/statements/engine';
import { CHOICES, sidesOf } from '../data/vote-sides.js';
import { WidgetError } from '../data/widget-error.js';
import type { WorldGeometry } from './world.js';

/**
 * What a state's shape shows: its vote where a source names it; `unknown` for a UN member whose
 * vote on a General Assembly resolution no source names; `other` for everyone who had no vote
 * (not a UN member; for a Security Council draft, not on the Council or not named).
 * @example
 * ```ts
 * import type { MapCategory } from '@null-and-void/widgets';
 * // A page's own legend beside the map, in the map's categories.
 * const legend: Record<MapCategory, string> = {
 *   yes: 'In favour',
 *   no: 'Against',
 *   abstain: 'Abstained',
 *   absent: 'Did not vote',
 *   unknown: 'No source names the vote',
 *   other: 'No vote',
 * };
 * console.log(legend.unknown);
 * ```
 */
export type MapCategory = VoteChoice | 'unknown' | 'other';

/** The order of the legend and the list. */
export const CATEGORIES = [...CHOICES, 'unknown', 'other'] as const satisfies MapCategory[];

/** One group of the list: the states of a category and, for a vote, its official total. */
export interface MapGroup {
  readonly category: MapCategory;
  /** The official count of the side (votes), or the number of states (unknown). */
  readonly count: number;
  readonly states: readonly string[];
}

export interface MapVotes {
  /** Each state's category by alpha-2 code, for every shape with a code and every named state. */
  readonly byState: ReadonlyMap<string, MapCategory>;
  /** The list's groups in `CATEGORIES` order: the sides of the vote, then members not named. */
  readonly groups: readonly MapGroup[];
  /** Whether the voters are the Security Council's members rather than the General Assembly's. */
  readonly council: boolean;
}

/**
 * Each state's colour on the map and the groups of the list. Only what a source names is shown as
 * a vote: a member missing from the record is `unknown`, never worked out from the totals.
 */
export function mapVotes(instrument: LegalInstrument, world: WorldGeometry): MapVotes {
  const votes = instrument.votes;
  if (!votes) {
    throw new WidgetError('invalid-attribute', `"${instrument.id}" has no recorded vote to map.`);
  }
  const sides = sidesOf(votes, instrument.id);
  const council = instrument.kind === 'unsc-draft-resolution';
  const named = new Map(Object.entries(votes.byState ?? {}));
  const byState = new Map<string, MapCategory>();
  for (const shape of world.shapes) {
    if (!shape.id) continue;
    byState.set(shape.id, named.get(shape.id) ?? (shape.un && !council ? 'unknown' : 'other'));
  }
  for (const [code, vote] of named) byState.set(code, vote);
  const unknown = [...byState].filter(([, c]) => c === 'unknown').map(([code]) => code);
  const groups: MapGroup[] = [
    ...sides.map((side) => ({ category: side.choice, count: side.count, states: side.named })),
    ...(unknown.length
      ? [{ category: 'unknown' as const, count: unknown.length, states: unknown }]
      : []),
  ];
  return { byState, groups, council };
}
