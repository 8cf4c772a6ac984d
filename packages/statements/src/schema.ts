/**
 * The one schema of the record. Every type the package exports is inferred from it, the build
 * validates every data file with it, `createCatalog` validates user catalogs with it, and it is
 * published as JSON Schema (`@null-and-void/statements/schema.json`).
 */
import * as v from 'valibot';
import {
  ACTOR_KINDS,
  DATE_BASES,
  DATE_PRECISIONS,
  INSTRUMENT_KINDS,
  isValidPartialDate,
  PARTIAL_DATE,
  precisionOf,
  SOURCE_KINDS,
  SOURCE_READ,
  STANCES,
  STATEMENT_KINDS,
  VOTE_CHOICES,
} from './vocabulary.js';

// The closed vocabularies and date rules are part of this entry's API.
export * from './vocabulary.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_CODE = /^[A-Z]{2}-[0-9A-Z]{1,3}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const slug = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(SLUG, `${what} must be a lowercase kebab-case slug such as "nato" or "un-charter"`),
  );

const text = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const httpUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.url(`${what} must be an absolute URL`),
    v.regex(/^https?:\/\//, `${what} must start with http:// or https://`),
  );

const partialDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(PARTIAL_DATE, `${what} must be YYYY, YYYY-MM or YYYY-MM-DD`),
    v.check(isValidPartialDate, `${what} must be a real calendar date`),
  );

const fullDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(FULL_DATE, `${what} must be YYYY-MM-DD`),
    v.check(isValidPartialDate, `${what} must be a real calendar date`),
  );

const language = v.pipe(
  v.string('language must be a string'),
  v.regex(LANGUAGE_TAG, 'language must be a BCP 47 tag such as "en" or "uk"'),
);

/**
 * Valibot schema of a text in English and Ukrainian.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { LocalizedTextSchema } from '@null-and-void/statements/schema';
 * import { get } from '@null-and-void/statements';
 * v.is(LocalizedTextSchema, get('nato-2022-09-22').title); // true
 * ```
 */
export const LocalizedTextSchema = v.strictObject({
  en: text('the English text'),
  uk: text('the Ukrainian text'),
});

/**
 * Valibot schema of a quote: the words exactly as the source prints them, and who spoke.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { QuoteSchema } from '@null-and-void/statements/schema';
 * v.safeParse(QuoteSchema, { speaker: 'nato', text: '' }).success; // false
 * ```
 */
export const QuoteSchema = v.strictObject({
  /** Actor id of the person or body speaking. */
  speaker: slug('quote speaker'),
  /** The words exactly as the source prints them. */
  text: text('quote text'),
  language,
  stance: v.picklist(STANCES, `stance must be one of: ${STANCES.join(', ')}`),
  /** Where the speaker said it, when the source says (e.g. "on Telegram"). */
  context: v.optional(LocalizedTextSchema),
  /**
   * The speaker's own words in the language they spoke or wrote, where `text` is a translation
   * and a source gives the original verbatim.
   */
  original: v.optional(
    v.strictObject({
      text: text('quote original text'),
      language: v.pipe(
        v.string('quote original language must be a string'),
        v.regex(LANGUAGE_TAG, 'quote original language must be a BCP 47 tag such as "uk" or "de"'),
      ),
      url: v.optional(httpUrl('quote original url')),
    }),
  ),
  /**
   * The language the speaker spoke or wrote in, where `text` is a translation and no source giving
   * the original words was found. Inferred from who spoke, where and to whom (the evidence is in
   * the data notes); a quote with `original` does not need it.
   */
  translatedFrom: v.optional(
    v.pipe(
      v.string('quote translatedFrom must be a string'),
      v.regex(LANGUAGE_TAG, 'quote translatedFrom must be a BCP 47 tag such as "uk" or "de"'),
    ),
  ),
});

/**
 * Valibot schema of a statement's reference to a call to action.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CallToActionRefSchema } from '@null-and-void/statements/schema';
 * v.is(CallToActionRefSchema, { id: 'non-recognition' }); // true
 * ```
 */
export const CallToActionRefSchema = v.strictObject({
  id: slug('call to action id'),
  /** Who is called on, and to do what exactly, in the project's words. */
  detail: v.optional(LocalizedTextSchema),
});

const sourceKind = (what: string) =>
  v.picklist(
    SOURCE_KINDS,
    `${what} must say what the address is, one of: ${SOURCE_KINDS.join(', ')}`,
  );

const sourceRead = (what: string) =>
  v.picklist(SOURCE_READ, `${what} must be one of: ${SOURCE_READ.join(', ')}`);

/**
 * Another address of the same statement's text, and what kind of page it is.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SourceAddressSchema } from '@null-and-void/statements/schema';
 * import { get } from '@null-and-void/statements';
 * const alsoAt = get('nato-2022-09-22').source.alsoAt ?? [];
 * console.log(alsoAt.every((address) => v.is(SourceAddressSchema, address)));
 * ```
 */
export const SourceAddressSchema = v.strictObject({
  url: httpUrl('source alsoAt url'),
  kind: sourceKind('source alsoAt kind'),
  /** How much of the text was read at this address, where it was read here. */
  read: v.optional(sourceRead('source alsoAt read')),
});

/**
 * Valibot schema of a statement's source: where it was published and how much of it we read.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SourceSchema } from '@null-and-void/statements/schema';
 * import { get } from '@null-and-void/statements';
 * const source = v.parse(SourceSchema, get('nato-2022-09-22').source);
 * console.log(source.publisher, source.url);
 * ```
 */
export const SourceSchema = v.pipe(
  v.strictObject({
    /** Actor id of the publisher of the text. */
    publisher: slug('source publisher'),
    url: v.optional(httpUrl('source url')),
    /** What kind of page `url` is; required with `url`. */
    kind: v.optional(sourceKind('source kind')),
    /** Other addresses of the same text (copies, translations, the page that was read). */
    alsoAt: v.optional(v.array(SourceAddressSchema)),
    /** The publisher's own reference, e.g. "PR (2022) 125". */
    reference: v.optional(text('source reference')),
    archivedUrl: v.optional(httpUrl('source archivedUrl')),
    retrieved: v.optional(fullDate('source retrieved')),
    /** How much of the text at `url` was read: the whole (`full`) or an excerpt of it. */
    read: sourceRead('source read'),
  }),
  v.forward(
    v.check(
      (s) => (s.url === undefined) === (s.kind === undefined),
      (issue) =>
        (issue.input as { url?: string }).url === undefined
          ? 'source kind describes source url, so it needs one'
          : `source kind is missing: say what source url is, one of: ${SOURCE_KINDS.join(', ')}`,
    ),
    ['kind'],
  ),
);

/**
 * Valibot schema of the signatories of a joint statement.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SignatoriesSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * const joint = catalog.statements.find((s) => s.signatories);
 * console.log(joint?.id, v.is(SignatoriesSchema, joint?.signatories));
 * ```
 */
export const SignatoriesSchema = v.strictObject({
  /** Signatories named in the text, as actor ids. */
  actors: v.array(slug('signatory')),
  /** Signatories counted but not named in the text (e.g. "56 UN member states"). */
  unnamed: v.optional(
    v.strictObject({
      count: v.pipe(
        v.number('unnamed count must be a number'),
        v.integer('unnamed count must be an integer'),
        v.minValue(1, 'unnamed count must be at least 1'),
      ),
      kind: v.picklist(ACTOR_KINDS, `unnamed kind must be one of: ${ACTOR_KINDS.join(', ')}`),
      label: LocalizedTextSchema,
    }),
  ),
});

/**
 * What the record rests on: a seed document, a dossier entry, or both.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ProvenanceSchema } from '@null-and-void/statements/schema';
 * import { get } from '@null-and-void/statements';
 * v.is(ProvenanceSchema, get('nato-2022-09-22').provenance); // true
 * ```
 */
export const ProvenanceSchema = v.strictObject({
  seed: v.optional(text('provenance seed')),
  dossier: v.optional(text('provenance dossier')),
});

/**
 * Valibot schema of a statement record (`data/statements/*.yaml`).
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { StatementSchema } from '@null-and-void/statements/schema';
 * import { get } from '@null-and-void/statements';
 * // A record someone edited by hand: a date that is not a date is caught before it is published.
 * const edited = { ...get('nato-2022-09-22'), date: '2022-09-31' };
 * const result = v.safeParse(StatementSchema, edited);
 * for (const issue of result.issues ?? []) console.log(issue.message);
 * ```
 */
export const StatementSchema = v.pipe(
  v.strictObject({
    id: slug('statement id'),
    kind: v.picklist(STATEMENT_KINDS, `kind must be one of: ${STATEMENT_KINDS.join(', ')}`),
    /** Language the original text is written in. */
    language,
    title: LocalizedTextSchema,
    originalTitle: v.optional(text('originalTitle')),
    date: partialDate('date'),
    datePrecision: v.picklist(
      DATE_PRECISIONS,
      `datePrecision must be one of: ${DATE_PRECISIONS.join(', ')}`,
    ),
    dateBasis: v.picklist(DATE_BASES, `dateBasis must be one of: ${DATE_BASES.join(', ')}`),
    /** How an inferred date was arrived at, for readers, in both languages. */
    dateNote: v.optional(LocalizedTextSchema),
    issuers: v.pipe(
      v.array(slug('issuer')),
      v.minLength(1, 'issuers must name at least one actor'),
    ),
    signatories: v.optional(SignatoriesSchema),
    /** Vote events the statement is about. */
    events: v.array(slug('event')),
    /**
     * Those of `events` whose voting had not begun when the statement was made: for these it is
     * a warning about an announced vote, not a reaction to one. The data check keeps it true to
     * the dates.
     */
    beforeVote: v.optional(v.array(slug('beforeVote event'))),
    /** Earlier vote events the statement mentions in passing. */
    referencedEvents: v.optional(v.array(slug('referenced event'))),
    regions: v.array(
      v.pipe(v.string(), v.regex(REGION_CODE, 'region must be an ISO 3166-2 code such as UA-43')),
    ),
    themes: v.array(slug('theme')),
    callsToAction: v.array(CallToActionRefSchema),
    legalRefs: v.array(slug('legal reference')),
    summary: LocalizedTextSchema,
    quotes: v.array(QuoteSchema),
    /** The original text as paragraphs, cleaned of page furniture, in `language`. */
    body: v.optional(v.array(text('body paragraph'))),
    source: SourceSchema,
    provenance: ProvenanceSchema,
    /** Editorial notes for readers, in both languages: what is uncertain, what was left out, and why. */
    notes: v.optional(v.array(LocalizedTextSchema)),
    /**
     * The last day the record changed: its latest correction where it has any (the data check
     * holds it to the corrections log), otherwise the day it was last edited before publication.
     */
    updated: v.optional(fullDate('updated')),
  }),
  v.forward(
    v.check(
      (s) => precisionOf(s.date) === s.datePrecision,
      'datePrecision must match how the date is written (YYYY-MM-DD is day, YYYY-MM is month, YYYY is year)',
    ),
    ['datePrecision'],
  ),
  v.forward(
    v.check(
      (s) => s.dateBasis === 'stated' || s.dateNote !== undefined,
      'dateNote must say how the date was inferred when dateBasis is "inferred"',
    ),
    ['dateNote'],
  ),
);

/**
 * Valibot schema of an actor: a state, organisation, office holder or outlet.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ActorSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * v.is(ActorSchema, catalog.actor('nato')); // true
 * ```
 */
export const ActorSchema = v.strictObject({
  id: slug('actor id'),
  name: LocalizedTextSchema,
  kind: v.picklist(ACTOR_KINDS, `kind must be one of: ${ACTOR_KINDS.join(', ')}`),
  country: v.optional(
    v.pipe(
      v.string(),
      v.regex(COUNTRY_CODE, 'country must be an ISO 3166-1 alpha-2 code such as UA'),
    ),
  ),
  role: v.optional(LocalizedTextSchema),
  memberOf: v.optional(v.array(slug('memberOf'))),
  /**
   * For a person: the office or body they hold office in and speak for in the record (a
   * secretary general's office, a ministry, a presidency), where their role says so. Not set for
   * a member who does not speak for the body (a member of a parliament).
   */
  officeOf: v.optional(slug('officeOf')),
});

/**
 * Valibot schema of a vote event: a so-called referendum or election.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { VoteEventSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * v.is(VoteEventSchema, catalog.event('crimea-referendum-2014')); // true
 * ```
 */
export const VoteEventSchema = v.strictObject({
  id: slug('event id'),
  name: LocalizedTextSchema,
  kind: v.picklist(['referendum', 'election'], 'kind must be one of: referendum, election'),
  /** First day of voting; a month (`2026-09`) where only that is known. */
  start: partialDate('start'),
  end: partialDate('end'),
  dateBasis: v.picklist(DATE_BASES, `dateBasis must be one of: ${DATE_BASES.join(', ')}`),
  regions: v.array(
    v.pipe(v.string(), v.regex(REGION_CODE, 'region must be an ISO 3166-2 code such as UA-43')),
  ),
  organizer: v.optional(slug('organizer')),
  /** Legal instruments that declared the vote invalid. */
  invalidatedBy: v.optional(v.array(slug('invalidatedBy'))),
  summary: LocalizedTextSchema,
  notes: v.optional(v.array(LocalizedTextSchema)),
  /** Later instruments that bear on the vote without declaring it invalid themselves. */
  relatedInstruments: v.optional(v.array(slug('relatedInstruments'))),
});

/**
 * Valibot schema of an occupied region, by ISO 3166-2 code.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { RegionSchema } from '@null-and-void/statements/schema';
 * v.safeParse(RegionSchema, { code: 'Kherson', name: { en: 'Kherson', uk: 'Херсонщина' } }).success; // false
 * ```
 */
export const RegionSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(REGION_CODE, 'code must be an ISO 3166-2 code such as UA-43')),
  name: LocalizedTextSchema,
});

const countryCode = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(COUNTRY_CODE, `${what} must be an ISO 3166-1 alpha-2 code such as UA`),
  );

/**
 * A recorded vote read state by state from the UN's own record. The record is the source cited
 * for each state's vote; the second sources are independent lists that name the state in the same
 * category, so a reader can check a vote without trusting one copy.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { RollCallSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * const rollCall = catalog.instrument('unga-68-262').votes?.rollCall;
 * console.log(v.is(RollCallSchema, rollCall), rollCall?.record);
 * ```
 */
export const RollCallSchema = v.strictObject({
  /** The UN Digital Library record of the vote, e.g. https://digitallibrary.un.org/record/3990400 */
  record: httpUrl('record'),
  /** The public copy of the record's voting data that was read, state by state. */
  readFrom: httpUrl('readFrom'),
  /** Independent lists, each with the states it names in the category the record gives. */
  secondSources: v.optional(
    v.array(
      v.strictObject({
        url: httpUrl('url'),
        states: v.array(countryCode('a state')),
      }),
    ),
  ),
});

const count = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be an integer`),
    v.minValue(0, `${what} must not be negative`),
  );

/**
 * Valibot schema of an instrument's vote: counts, and the roll call where recorded.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { VotesSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * const votes = v.parse(VotesSchema, catalog.instrument('unga-68-262').votes);
 * console.log(votes.yes, votes.no, votes.abstain);
 * ```
 */
export const VotesSchema = v.strictObject({
  yes: count('votes.yes'),
  no: count('votes.no'),
  abstain: count('votes.abstain'),
  absent: v.optional(count('votes.absent')),
  /** Each state's vote, by ISO 3166-1 alpha-2 code, only where a source names it. */
  byState: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(COUNTRY_CODE, 'byState keys must be ISO 3166-1 alpha-2 codes')),
      v.picklist(VOTE_CHOICES, `a state's vote must be one of: ${VOTE_CHOICES.join(', ')}`),
    ),
  ),
  /** Where the counts and names were read. */
  sources: v.optional(v.array(httpUrl('votes source'))),
  /** The complete roll call every entry of `byState` was read from, when there is one. */
  rollCall: v.optional(RollCallSchema),
});

/**
 * Valibot schema of a legal instrument: a resolution, treaty or law.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { LegalInstrumentSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * v.is(LegalInstrumentSchema, catalog.instrument('unga-68-262')); // true
 * ```
 */
export const LegalInstrumentSchema = v.strictObject({
  id: slug('instrument id'),
  kind: v.picklist(INSTRUMENT_KINDS, `kind must be one of: ${INSTRUMENT_KINDS.join(', ')}`),
  symbol: v.optional(text('symbol')),
  title: LocalizedTextSchema,
  date: fullDate('date'),
  adopted: v.boolean('adopted must be true or false'),
  votes: v.optional(VotesSchema),
  summary: LocalizedTextSchema,
  url: v.optional(httpUrl('url')),
  notes: v.optional(v.array(LocalizedTextSchema)),
});

/**
 * Valibot schema of a theme of the record.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ThemeSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * console.log(catalog.themes.every((theme) => v.is(ThemeSchema, theme)));
 * ```
 */
export const ThemeSchema = v.strictObject({
  id: slug('theme id'),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

/**
 * Valibot schema of a call to action: what statements ask for.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CallToActionSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * console.log(catalog.callsToAction.every((call) => v.is(CallToActionSchema, call)));
 * ```
 */
export const CallToActionSchema = v.strictObject({
  id: slug('call to action id'),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

/**
 * One correction of a published record: what changed, why, and when.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CorrectionSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * const entries = catalog.correctionLogs.flatMap((log) => log.entries);
 * console.log(entries.length, entries.every((correction) => v.is(CorrectionSchema, correction)));
 * ```
 */
export const CorrectionSchema = v.strictObject({
  date: fullDate('correction date'),
  /** The record's fields that changed, e.g. `date`, `quotes`, `source`. */
  fields: v.pipe(
    v.array(text('correction field')),
    v.minLength(1, 'correction fields must name at least one field of the record'),
  ),
  what: LocalizedTextSchema,
  why: LocalizedTextSchema,
});

/**
 * The corrections log of one statement record, oldest first.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CorrectionLogSchema } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * console.log(catalog.correctionLogs.every((log) => v.is(CorrectionLogSchema, log)));
 * ```
 */
export const CorrectionLogSchema = v.strictObject({
  /** Id of the corrected statement; the file is named after it. */
  statement: slug('corrected statement id'),
  entries: v.pipe(
    v.array(CorrectionSchema),
    v.minLength(1, 'entries must list at least one correction'),
  ),
});

/**
 * Valibot schema of a whole catalog, as `createCatalog` takes it.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CatalogInputSchema } from '@null-and-void/statements/schema';
 * import { catalog, toCatalogJSON } from '@null-and-void/statements';
 * v.is(CatalogInputSchema, toCatalogJSON(catalog)); // true
 * ```
 */
export const CatalogInputSchema = v.strictObject({
  statements: v.array(StatementSchema),
  actors: v.array(ActorSchema),
  events: v.array(VoteEventSchema),
  regions: v.array(RegionSchema),
  instruments: v.array(LegalInstrumentSchema),
  themes: v.array(ThemeSchema),
  callsToAction: v.array(CallToActionSchema),
  /** Corrections logs of published records; optional, so that older catalogs stay valid. */
  correctionLogs: v.optional(v.array(CorrectionLogSchema)),
});

/**
 * A text in English (`en`) and Ukrainian (`uk`).
 * @example
 * ```ts
 * import { get, type LocalizedText } from '@null-and-void/statements';
 * const title: LocalizedText = get('nato-2022-09-22').title;
 * console.log(title.en, title.uk);
 * ```
 */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
/**
 * What kind of text a statement is, e.g. `press-release`.
 * @example
 * ```ts
 * import { query, type StatementKind } from '@null-and-void/statements';
 * const kind: StatementKind = 'joint-statement';
 * console.log(query({ kind }).total);
 * ```
 */
export type StatementKind = (typeof STATEMENT_KINDS)[number];
/**
 * What kind of actor: a state, an organisation, a person, an outlet…
 * @example
 * ```ts
 * import { type ActorKind, query } from '@null-and-void/statements';
 * const issuerKind: ActorKind = 'civil-society';
 * console.log(query({ issuerKind }, { limit: 3 }).items.map((s) => s.id));
 * ```
 */
export type ActorKind = (typeof ACTOR_KINDS)[number];
/**
 * A statement's stance on the vote: `condemns`, `supports-vote` or `reports`.
 * @example
 * ```ts
 * import { quotes, type Stance } from '@null-and-void/statements';
 * const stance: Stance = 'supports-vote';
 * console.log(quotes().filter((entry) => entry.quote.stance === stance).length);
 * ```
 */
export type Stance = (typeof STANCES)[number];
/**
 * A state's vote on an instrument: `yes`, `no`, `abstain` or `absent`.
 * @example
 * ```ts
 * import { catalog, type VoteChoice } from '@null-and-void/statements';
 * const choice: VoteChoice | undefined = catalog.instrument('unga-68-262').votes?.byState?.UA;
 * console.log(choice);
 * ```
 */
export type VoteChoice = (typeof VOTE_CHOICES)[number];
/**
 * A quote of a statement, with its speaker.
 * @example
 * ```ts
 * import { get, type Quote } from '@null-and-void/statements';
 * const quotes: readonly Quote[] = get('nato-2022-09-22').quotes;
 * for (const { speaker, text } of quotes) console.log(speaker, text);
 * ```
 */
export type Quote = v.InferOutput<typeof QuoteSchema>;
/**
 * A statement's source.
 * @example
 * ```ts
 * import { get, type Source } from '@null-and-void/statements';
 * const source: Source = get('nato-2022-09-22').source;
 * console.log(source.publisher, source.url, source.read);
 * ```
 */
export type Source = v.InferOutput<typeof SourceSchema>;
/**
 * One address where a source can be read, and what kind of copy it is.
 * @example
 * ```ts
 * import { get, type SourceAddress, sourceAddresses } from '@null-and-void/statements';
 * const addresses: SourceAddress[] = sourceAddresses(get('nato-2022-09-22').source);
 * console.log(addresses.map((a) => a.kind));
 * ```
 */
export type SourceAddress = v.InferOutput<typeof SourceAddressSchema>;
/**
 * What kind of copy a source address is (the original, an archive, a copy…).
 * @example
 * ```ts
 * import { get, type SourceKind } from '@null-and-void/statements';
 * const kind: SourceKind | undefined = get('nato-2022-09-22').source.kind;
 * console.log(kind);
 * ```
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/**
 * A statement record, as validated by `StatementSchema`.
 * @example
 * ```ts
 * import { get, type Statement } from '@null-and-void/statements';
 * const headline = (s: Statement) => `${s.title.en} (${s.date})`;
 * console.log(headline(get('nato-2022-09-22')));
 * ```
 */
export type Statement = v.InferOutput<typeof StatementSchema>;
/**
 * An actor record.
 * @example
 * ```ts
 * import { type Actor, catalog } from '@null-and-void/statements';
 * const nato: Actor = catalog.actor('nato');
 * console.log(nato.name.en, nato.kind);
 * ```
 */
export type Actor = v.InferOutput<typeof ActorSchema>;
/**
 * A vote event record: a so-called referendum or election.
 * @example
 * ```ts
 * import { catalog, type VoteEvent } from '@null-and-void/statements';
 * const crimea: VoteEvent = catalog.event('crimea-referendum-2014');
 * console.log(crimea.start, crimea.regions);
 * ```
 */
export type VoteEvent = v.InferOutput<typeof VoteEventSchema>;
/**
 * A region record.
 * @example
 * ```ts
 * import { catalog, type Region } from '@null-and-void/statements';
 * const regions: readonly Region[] = catalog.regions;
 * console.log(regions.map((r) => `${r.code} ${r.name.en}`));
 * ```
 */
export type Region = v.InferOutput<typeof RegionSchema>;
/**
 * An instrument's vote.
 * @example
 * ```ts
 * import { catalog, type Votes } from '@null-and-void/statements';
 * const votes: Votes | undefined = catalog.instrument('unga-68-262').votes;
 * console.log(votes?.yes, votes?.no, votes?.abstain);
 * ```
 */
export type Votes = v.InferOutput<typeof VotesSchema>;
/**
 * A recorded vote: each state's choice.
 * @example
 * ```ts
 * import { catalog, type RollCall } from '@null-and-void/statements';
 * const rollCall: RollCall | undefined = catalog.instrument('unga-es-11-4').votes?.rollCall;
 * console.log(rollCall?.record);
 * ```
 */
export type RollCall = v.InferOutput<typeof RollCallSchema>;
/**
 * A legal instrument record.
 * @example
 * ```ts
 * import { catalog, type LegalInstrument } from '@null-and-void/statements';
 * const resolution: LegalInstrument = catalog.instrument('unga-68-262');
 * console.log(resolution.symbol, resolution.date, resolution.adopted);
 * ```
 */
export type LegalInstrument = v.InferOutput<typeof LegalInstrumentSchema>;
/**
 * A theme record.
 * @example
 * ```ts
 * import { catalog, type Theme } from '@null-and-void/statements';
 * const theme: Theme | undefined = catalog.themes.find((t) => t.id === 'annexation');
 * console.log(theme?.name.uk);
 * ```
 */
export type Theme = v.InferOutput<typeof ThemeSchema>;
/**
 * A call to action record.
 * @example
 * ```ts
 * import { type CallToAction, catalog } from '@null-and-void/statements';
 * const calls: readonly CallToAction[] = catalog.callsToAction;
 * console.log(calls.map((c) => c.name.en));
 * ```
 */
export type CallToAction = v.InferOutput<typeof CallToActionSchema>;
/**
 * A whole catalog's records, as `createCatalog` takes them.
 * @example
 * ```ts
 * import { type CatalogInput, catalog, createCatalog, toSubsetJSON } from '@null-and-void/statements';
 * const input: CatalogInput = toSubsetJSON(catalog, { events: ['crimea-referendum-2014'] });
 * console.log(createCatalog(input).statements.length);
 * ```
 */
export type CatalogInput = v.InferOutput<typeof CatalogInputSchema>;
/**
 * A statement's log of corrections.
 * @example
 * ```ts
 * import { catalog, type CorrectionLog } from '@null-and-void/statements';
 * const logs: readonly CorrectionLog[] = catalog.correctionLogs;
 * for (const { statement, entries } of logs) console.log(statement, entries.length);
 * ```
 */
export type CorrectionLog = v.InferOutput<typeof CorrectionLogSchema>;
/**
 * One correction of a record: when, what and why.
 * @example
 * ```ts
 * import { catalog, type Correction } from '@null-and-void/statements';
 * const log: readonly Correction[] = catalog.correctionsOf('nato-2022-09-22');
 * for (const { date, what } of log) console.log(date, what.en);
 * ```
 */
export type Correction = v.InferOutput<typeof CorrectionSchema>;
/**
 * One correction with the id of the statement it corrects, as `catalog.corrections` lists them.
 * @example
 * ```ts
 * import { catalog, type CorrectionEntry } from '@null-and-void/statements';
 * const latest: CorrectionEntry | undefined = catalog.corrections.at(-1);
 * console.log(latest?.statement, latest?.date, latest?.why.en);
 * ```
 */
export type CorrectionEntry = Correction & { readonly statement: string };

/**
 * The record collections of a catalog, and the schema of one record of each.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { RECORD_SCHEMAS } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * v.is(RECORD_SCHEMAS.actors, catalog.actor('nato')); // true
 * ```
 */
export const RECORD_SCHEMAS = {
  statements: StatementSchema,
  actors: ActorSchema,
  events: VoteEventSchema,
  regions: RegionSchema,
  instruments: LegalInstrumentSchema,
  themes: ThemeSchema,
  callsToAction: CallToActionSchema,
  correctionLogs: CorrectionLogSchema,
} as const;

/**
 * The name of a record collection, e.g. `statements`.
 * @example
 * ```ts
 * import type { Collection } from '@null-and-void/statements/schema';
 * import { catalog } from '@null-and-void/statements';
 * const collection: Collection = 'instruments';
 * console.log(catalog[collection].length);
 * ```
 */
export type Collection = keyof typeof RECORD_SCHEMAS;
