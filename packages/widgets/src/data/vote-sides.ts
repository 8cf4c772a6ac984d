import type { VoteChoice, Votes } from '@null-and-void/statements/engine';
import type { AllStrings } from '../i18n/index.js';
import { WidgetError } from './widget-error.js';

/** The sides of a vote, in the order the tally's bar and the legends show them. */
export const CHOICES = ['yes', 'no', 'abstain', 'absent'] as const satisfies readonly VoteChoice[];

/**
 * One side of a vote: how many, and which states the sources name (ISO 3166-1 alpha-2).
 * @example
 * ```ts
 * import type { TallySide } from '@null-and-void/widgets';
 * import { catalog } from '@null-and-void/statements';
 * const votes = catalog.instrument('unga-68-262').votes;
 * const named = Object.entries(votes?.byState ?? {}).filter(([, vote]) => vote === 'no');
 * const no: TallySide = { choice: 'no', count: votes?.no ?? 0, named: named.map(([state]) => state) };
 * console.log(no.count, no.named);
 * ```
 */
export interface TallySide {
  readonly choice: VoteChoice;
  readonly count: number;
  readonly named: readonly string[];
}

/**
 * The sides of a recorded vote. A state is listed only where a source names it; the counts are
 * never used to work out who voted how. Named states beyond a side's total mean the data is wrong.
 */
export function sidesOf(votes: Votes, id: string): TallySide[] {
  const named = Object.entries(votes.byState ?? {});
  return CHOICES.flatMap((choice) => {
    const count = votes[choice];
    const states = named.filter(([, vote]) => vote === choice).map(([code]) => code);
    if (count === undefined && states.length === 0) return [];
    if (count === undefined || states.length > count) {
      throw new WidgetError(
        'invalid-data',
        `${id}: ${states.length} states are named as "${choice}", more than its total (${count ?? 'none'}).`,
      );
    }
    return [{ choice, count, named: states }];
  });
}

/** A side's name in the widget's language: "In favour", "Against", "Abstained", "Did not vote". */
export function choiceLabel(t: AllStrings, choice: VoteChoice): string {
  return { yes: t.tallyYes, no: t.tallyNo, abstain: t.tallyAbstain, absent: t.tallyAbsent }[choice];
}
