import type { FacetCount } from './catalog.js';
import type { ActorKind } from './schema.js';

/**
 * How many of the statements each kind of issuer issued, counting each statement once, under
 * the kind of its first issuer: the body that issued it, which the record lists first (people
 * who co-issue, such as a minister beside the ministry, speak for it). The counts add up to the
 * number of statements. Largest first, ties in the order of first appearance.
 * @example
 * ```ts
 * import { catalog, firstIssuerKindCounts, statementsIn } from '@null-and-void/statements';
 * console.log(firstIssuerKindCounts(catalog, statementsIn('UA-65')));
 * ```
 */
export function firstIssuerKindCounts(
  catalog: { actor(id: string): { kind: ActorKind } },
  statements: readonly { issuers: readonly string[] }[],
): FacetCount[] {
  const counts = new Map<ActorKind, number>();
  for (const { issuers } of statements) {
    const first = issuers[0];
    if (first === undefined) continue;
    const kind = catalog.actor(first).kind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}
