import type { Source, SourceAddress, SourceKind } from './schema.js';
import { SOURCE_KINDS } from './vocabulary.js';

/**
 * Every address of a source, `url` first, each with its kind and (where known) how much was read there.
 * @example
 * ```ts
 * import { get, sourceAddresses } from '@null-and-void/statements';
 * for (const { url, kind } of sourceAddresses(get('nato-2022-09-22').source)) console.log(kind, url);
 * ```
 */
export function sourceAddresses(source: Source): SourceAddress[] {
  const main: SourceAddress[] =
    source.url && source.kind ? [{ url: source.url, kind: source.kind, read: source.read }] : [];
  return [...main, ...(source.alsoAt ?? [])];
}

/**
 * Whether the record rests on the whole text: read in full at `url`, or at one of the other
 * addresses (the official page is cited first even where the text was read on a copy).
 * @example
 * ```ts
 * import { get, readInFull } from '@null-and-void/statements';
 * console.log(readInFull(get('nato-2022-09-22').source));
 * ```
 */
export function readInFull(source: Source): boolean {
  return source.read === 'full' || (source.alsoAt ?? []).some((a) => a.read === 'full');
}

// Kinds that are not a page of the issuer, of another official body, of the press or of an NGO.
const COPY_KINDS: ReadonlySet<SourceKind> = new Set(['copy', 'russian-state-media']);

/**
 * True when every known address of the statement is a copy, an aggregator or Russian state
 * media: no page of the issuer, an official body, the press or an NGO carries it. Readers are
 * told so.
 * @example
 * ```ts
 * import { catalog, onlyCopies } from '@null-and-void/statements';
 * console.log(catalog.statements.filter((s) => onlyCopies(s.source)).map((s) => s.id));
 * ```
 */
export function onlyCopies(source: Source): boolean {
  const addresses = sourceAddresses(source);
  return addresses.length > 0 && addresses.every((a) => COPY_KINDS.has(a.kind));
}

/**
 * How many source addresses of each kind the statements cite (`url` and `alsoAt` alike).
 * @example
 * ```ts
 * import { catalog, sourceKindCounts } from '@null-and-void/statements';
 * console.log(sourceKindCounts(catalog.statements).official);
 * ```
 */
export function sourceKindCounts(
  statements: readonly { source: Source }[],
): Record<SourceKind, { cited: number; alsoAt: number }> {
  const counts = Object.fromEntries(
    SOURCE_KINDS.map((kind) => [kind, { cited: 0, alsoAt: 0 }]),
  ) as Record<SourceKind, { cited: number; alsoAt: number }>;
  for (const { source } of statements) {
    if (source.kind) counts[source.kind].cited += 1;
    for (const address of source.alsoAt ?? []) counts[address.kind].alsoAt += 1;
  }
  return counts;
}
