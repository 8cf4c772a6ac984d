import type {
  Actor,
  CatalogInput,
  LegalInstrument,
  Region,
  Statement,
  VoteEvent,
} from '@null-and-void/statements/engine';

/** Lookups by id over a catalog document (or a `Catalog`, which has the same record arrays). */
export interface Records {
  statement(id: string): Statement | undefined;
  actor(id: string): Actor | undefined;
  event(id: string): VoteEvent | undefined;
  instrument(id: string): LegalInstrument | undefined;
  region(code: string): Region | undefined;
}

const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
  new Map(list.map((item) => [key(item), item]));

/** Indexes the record arrays once; the card needs a handful of lookups, not the query engine. */
export function indexRecords(
  input: {
    readonly [K in keyof CatalogInput]: readonly NonNullable<CatalogInput[K]>[number][];
  },
): Records {
  const statements = byKey(input.statements, (s) => s.id);
  const actors = byKey(input.actors, (a) => a.id);
  const events = byKey(input.events, (e) => e.id);
  const instruments = byKey(input.instruments, (i) => i.id);
  const regions = byKey(input.regions, (r) => r.code);
  return {
    statement: (id) => statements.get(id),
    actor: (id) => actors.get(id),
    event: (id) => events.get(id),
    instrument: (id) => instruments.get(id),
    region: (code) => regions.get(code),
  };
}
