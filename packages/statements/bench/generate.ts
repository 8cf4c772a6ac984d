/**
 * The synthetic-catalog generator of `@null-and-void/testing` with this package's vocabulary:
 * what the benchmarks and the property tests of this package call.
 */
import { generateCatalog as generate } from '@null-and-void/testing/synthetic-catalog';
import type { CatalogInput } from '../src/schema.js';
import { ACTOR_KINDS, STANCES, STATEMENT_KINDS } from '../src/vocabulary.js';

export { random } from '@null-and-void/testing/synthetic-catalog';

/** A seeded synthetic catalog of `size` statements (the same size and seed, the same catalog). */
export function generateCatalog(size: number, seed = 1): CatalogInput {
  const vocabulary = { statementKinds: STATEMENT_KINDS, actorKinds: ACTOR_KINDS, stances: STANCES };
  return generate(vocabulary, size, seed);
}
