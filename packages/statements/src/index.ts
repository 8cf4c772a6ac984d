/**
 * `@null-and-void/statements`: the public record of what states, international organisations,
 * civil society and the press said about Russia's so-called referendums and elections in the
 * occupied territories of Ukraine, as typed records with a query API.
 */
import { Catalog } from './catalog.js';
import { catalogData } from './generated/catalog-data.js';
import type {
  ActorId,
  CallToActionId,
  EventId,
  InstrumentId,
  RegionCode,
  StatementId,
  ThemeId,
} from './generated/ids.js';

/** The literal id types of the bundled data. */
export interface DefaultIds {
  statement: StatementId;
  actor: ActorId;
  event: EventId;
  region: RegionCode;
  instrument: InstrumentId;
  theme: ThemeId;
  callToAction: CallToActionId;
}

/** The catalog of the bundled data, validated at build time. */
export const catalog: Catalog<DefaultIds> = new Catalog<DefaultIds>(catalogData);

/** The statement with this id; a typo is a compile error, and an unknown id throws. */
export const get = (id: StatementId) => catalog.get(id);
/** The statement with this id, or `undefined`. */
export const find = (id: string) => catalog.find(id);

export type { CatalogIds, CatalogStatement } from './catalog.js';
export { Catalog, createCatalog } from './catalog.js';
export type { CatalogProblem, ErrorCode } from './errors.js';
export {
  InvalidCatalogError,
  InvalidDateError,
  InvalidFilterError,
  NullAndVoidError,
  UnknownIdError,
} from './errors.js';
export * from './generated/ids.js';
export type {
  Actor,
  ActorKind,
  CallToAction,
  CatalogInput,
  LegalInstrument,
  LocalizedText,
  Quote,
  Region,
  Source,
  Stance,
  Statement,
  StatementKind,
  Theme,
  VoteChoice,
  VoteEvent,
  Votes,
} from './schema.js';
export { validateCatalog } from './validate.js';
