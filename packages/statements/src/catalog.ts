import { InvalidCatalogError, UnknownIdError } from './errors.js';
import type {
  Actor,
  CallToAction,
  CatalogInput,
  LegalInstrument,
  Region,
  Statement,
  Theme,
  VoteEvent,
} from './schema.js';
import { suggest } from './suggest.js';
import { validateCatalog } from './validate.js';

/** Id types of a catalog; the default catalog narrows every one to a literal union. */
export interface CatalogIds {
  statement: string;
  actor: string;
  event: string;
  region: string;
  instrument: string;
  theme: string;
  callToAction: string;
}

/** A statement whose id is typed as one of the catalog's ids. */
export type CatalogStatement<Ids extends CatalogIds> = Statement & {
  readonly id: Ids['statement'];
};

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * The records of one catalog and every question asked of them. Build one with `createCatalog`
 * (validated) or use the default catalog of the bundled data.
 */
export class Catalog<Ids extends CatalogIds = CatalogIds> {
  readonly statements: readonly CatalogStatement<Ids>[];
  readonly actors: readonly Actor[];
  readonly events: readonly VoteEvent[];
  readonly regions: readonly Region[];
  readonly instruments: readonly LegalInstrument[];
  readonly themes: readonly Theme[];
  readonly callsToAction: readonly CallToAction[];
  readonly #statementsById: ReadonlyMap<string, CatalogStatement<Ids>>;
  readonly #actorsById: ReadonlyMap<string, Actor>;
  readonly #eventsById: ReadonlyMap<string, VoteEvent>;
  readonly #instrumentsById: ReadonlyMap<string, LegalInstrument>;

  /** Wraps records that are already known to be valid; use `createCatalog` for untrusted input. */
  constructor(input: CatalogInput) {
    this.statements = input.statements as CatalogStatement<Ids>[];
    this.actors = input.actors;
    this.events = input.events;
    this.regions = input.regions;
    this.instruments = input.instruments;
    this.themes = input.themes;
    this.callsToAction = input.callsToAction;
    this.#statementsById = byId(this.statements);
    this.#actorsById = byId(this.actors);
    this.#eventsById = byId(this.events);
    this.#instrumentsById = byId(this.instruments);
  }

  /** The statement with this id; throws `UnknownIdError` (with suggestions) if there is none. */
  get(id: Ids['statement']): CatalogStatement<Ids> {
    const statement = this.#statementsById.get(id);
    if (!statement)
      throw new UnknownIdError('statement', id, suggest(id, this.#statementsById.keys()));
    return statement;
  }

  /** The statement with this id, or `undefined`. */
  find(id: string): CatalogStatement<Ids> | undefined {
    return this.#statementsById.get(id);
  }

  /** The actor with this id; throws `UnknownIdError` if there is none. */
  actor(id: Ids['actor']): Actor {
    const actor = this.#actorsById.get(id);
    if (!actor) throw new UnknownIdError('actor', id, suggest(id, this.#actorsById.keys()));
    return actor;
  }

  /** The vote event with this id; throws `UnknownIdError` if there is none. */
  event(id: Ids['event']): VoteEvent {
    const event = this.#eventsById.get(id);
    if (!event) throw new UnknownIdError('event', id, suggest(id, this.#eventsById.keys()));
    return event;
  }

  /** The legal instrument with this id; throws `UnknownIdError` if there is none. */
  instrument(id: Ids['instrument']): LegalInstrument {
    const instrument = this.#instrumentsById.get(id);
    if (!instrument) {
      throw new UnknownIdError('instrument', id, suggest(id, this.#instrumentsById.keys()));
    }
    return instrument;
  }
}

/**
 * Validates a catalog a user brings (parsed JSON in the shape of `schema.json`) and returns it as
 * a `Catalog`. Throws `InvalidCatalogError` listing every problem with its path.
 */
export function createCatalog(input: unknown): Catalog {
  const result = validateCatalog(input);
  if (!result.ok) throw new InvalidCatalogError(result.problems);
  return new Catalog(result.value);
}
