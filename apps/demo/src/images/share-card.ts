/**
 * What each page's share image shows, as plain data: every text is looked up here, from the
 * catalog and the UI strings, so that the templates only lay it out and the data alone decides
 * whether a cached PNG is still good.
 */
import {
  type LegalInstrument,
  readInFull,
  type Stance,
  type Statement,
  type VoteChoice,
} from '@null-and-void/statements';
import { actorName, eventName, regionName } from '../components.js';
import { countryName, formatDate, formatDateRange, formatNumber } from '../format.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import { record } from '../record.js';
import { SITE_NAME } from '../site.js';

interface CardBase {
  lang: Lang;
  /** The brand line. */
  site: string;
  /** What the image shows, for `og:image:alt`. */
  alt: string;
}

/** A statement: the card PNG of the statement and its page's share image. */
export interface StatementCard extends CardBase {
  kind: 'statement';
  kicker: string;
  title: string;
  byline: string;
  summary: string;
  /** "Source: <publisher>". */
  source: string;
  /** Whether the summary rests on the full text or an excerpt, in words. */
  read: string;
  excerpt: boolean;
}

export interface TallyCount {
  choice: VoteChoice;
  label: string;
  count: number;
  /** The count formatted for the language. */
  figure: string;
}

/** A UN vote: the official totals as a bar and figures. */
export interface TallyCard extends CardBase {
  kind: 'tally';
  kicker: string;
  symbol: string;
  title: string;
  outcome: string;
  counts: TallyCount[];
}

export interface QuoteCard extends CardBase {
  kind: 'quote';
  /** The words verbatim, in their own language (`textLang`). */
  text: string;
  textLang: string;
  speaker: string;
  /** The speaker's stance on the vote, as the site's badge shows it. */
  stance: { kind: Stance; label: string };
  /** The statement it is from: "kind · date" and its title. */
  kicker: string;
  statement: string;
}

/** A vote event, an actor, a region, or an instrument without a vote. */
export interface RecordCard extends CardBase {
  kind: 'record';
  kicker: string;
  title: string;
  facts: string[];
  figure: { value: string; label: string };
}

/** The home page and the site's other pages: title and description. */
export interface PageCard extends CardBase {
  kind: 'page';
  title: string;
  description: string;
}

export type ShareCard = StatementCard | TallyCard | QuoteCard | RecordCard | PageCard;

const base = (lang: Lang, alt: string) => ({ lang, site: SITE_NAME, alt });
const names = (lang: Lang, ids: readonly string[]) =>
  ids.map((id) => actorName(lang, id)).join(', ');

function statementCard(lang: Lang, statement: Statement): StatementCard {
  const t = strings(lang);
  const kicker = `${t.statementKinds[statement.kind]} · ${formatDate(lang, statement.date)}`;
  const byline = names(lang, statement.issuers);
  const source = `${t.source}: ${actorName(lang, statement.source.publisher)}`;
  const title = statement.title[lang];
  return {
    ...base(lang, `${kicker}. ${title}. ${byline}. ${source}.`),
    kind: 'statement',
    kicker,
    title,
    byline,
    summary: statement.summary[lang],
    source,
    read: t.readValues[readInFull(statement.source) ? 'full' : 'excerpt'],
    excerpt: !readInFull(statement.source),
  };
}

function quoteCard(lang: Lang, statement: Statement, n: number): QuoteCard {
  const t = strings(lang);
  const quote = statement.quotes[n - 1];
  if (!quote)
    throw new Error(
      `Statement ${statement.id} has ${statement.quotes.length} quotes; there is no quote ${n}.`,
    );
  const speaker = [actorName(lang, quote.speaker), quote.context?.[lang]]
    .filter(Boolean)
    .join(', ');
  return {
    ...base(lang, `“${quote.text}” — ${speaker}`),
    kind: 'quote',
    text: quote.text,
    textLang: quote.language,
    speaker,
    stance: { kind: quote.stance, label: t.stance[quote.stance] },
    kicker: `${t.statementKinds[statement.kind]} · ${formatDate(lang, statement.date)}`,
    statement: statement.title[lang],
  };
}

function statementsFigure(lang: Lang, n: number): RecordCard['figure'] {
  // The count word alone, as the site's figures print it beside the number.
  const label = plural(lang, strings(lang).statementsCount, n).replace(/^[\d\s\u00a0\u202f]+/, '');
  return { value: formatNumber(lang, n), label };
}

function recordCard(
  lang: Lang,
  { kicker, title, facts }: { kicker: string; title: string; facts: unknown[] },
  statements: number,
): RecordCard {
  const figure = statementsFigure(lang, statements);
  const shown = facts.filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  const alt = [`${kicker}: ${title}`, ...shown, `${figure.value} ${figure.label}`].join('. ');
  return { ...base(lang, `${alt}.`), kind: 'record', kicker, title, facts: shown, figure };
}

const VOTE_CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;

function instrumentCard(lang: Lang, instrument: LegalInstrument): TallyCard | RecordCard {
  const t = strings(lang);
  const kicker = `${t.instrumentKinds[instrument.kind]} · ${formatDate(lang, instrument.date)}`;
  const votes = instrument.votes;
  if (!votes) {
    const facts = instrument.symbol ? [instrument.symbol] : [];
    const citing = record.statementsCiting(instrument.id).length;
    return recordCard(lang, { kicker, title: instrument.title[lang], facts }, citing);
  }
  const counts = VOTE_CHOICES.flatMap((choice) => {
    const count = votes[choice];
    return count === undefined
      ? []
      : [{ choice, label: t.voteChoice[choice], count, figure: formatNumber(lang, count) }];
  });
  const symbol = instrument.symbol ?? '';
  const outcome = `${t.instrumentAdopted}: ${instrument.adopted ? t.yes : t.no}`;
  const tally = counts.map((c) => `${c.label} ${c.figure}`).join(', ');
  return {
    ...base(lang, `${[symbol, instrument.title[lang]].filter(Boolean).join(', ')}: ${tally}.`),
    kind: 'tally',
    kicker,
    symbol,
    title: instrument.title[lang],
    outcome,
    counts,
  };
}

function eventCard(lang: Lang, id: string): RecordCard {
  const t = strings(lang);
  const event = record.event(id);
  const facts = [
    formatDateRange(lang, event.start, event.end),
    event.regions.map((code) => regionName(lang, code)).join(', '),
  ];
  const card = { kicker: t.eventKind[event.kind], title: event.name[lang], facts };
  return recordCard(lang, card, record.statementsAbout(event.id).length);
}

function actorCard(lang: Lang, id: string): RecordCard {
  const t = strings(lang);
  const actor = record.actor(id);
  const country = actor.country && countryName(lang, actor.country);
  // A state's country is its own name: said once, as the title.
  const facts = [actor.role?.[lang], country !== actor.name[lang] && country];
  const card = { kicker: t.actorKinds[actor.kind], title: actor.name[lang], facts };
  return recordCard(lang, card, record.statementsBy(actor.id).length);
}

function regionCard(lang: Lang, code: string): RecordCard {
  const t = strings(lang);
  const region = record.regions.find((r) => r.code === code);
  if (!region) throw new Error(`No region ${code} in the catalog.`);
  const events = record.events.filter((e) => e.regions.includes(code));
  const facts = [
    fill(t.regionLede, { code, country: countryName(lang, 'UA') }),
    events.map((e) => eventName(lang, e.id)).join(' · '),
  ];
  const card = { kicker: t.regionKicker, title: region.name[lang], facts };
  return recordCard(lang, card, record.statementsIn(code).length);
}

type Strings = ReturnType<typeof strings>;
type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** The site's own pages, by path: the title and description keys of their cards. */
const SITE_PAGES: Record<string, [title: StringKey, description: StringKey]> = {
  '/': ['homeHeading', 'homeDescription'],
  '/statements/': ['statementsTitle', 'statementsDescription'],
  '/embed-builder/': ['embedBuilderTitle', 'embedBuilderDescription'],
  '/data/': ['dataTitle', 'dataDescription'],
};

/** Record pages, by the shape of their path (see `paths` in components.ts). */
const RECORD_PAGES: [RegExp, (lang: Lang, ...parts: string[]) => ShareCard][] = [
  [/^\/statements\/([^/]+)\/$/, (lang, id) => statementCard(lang, record.get(id!))],
  [
    /^\/statements\/([^/]+)\/quotes\/([1-9]\d*)\/$/,
    (lang, id, n) => quoteCard(lang, record.get(id!), Number(n)),
  ],
  [/^\/events\/([^/]+)\/$/, (lang, id) => eventCard(lang, id!)],
  [/^\/actors\/([^/]+)\/$/, (lang, id) => actorCard(lang, id!)],
  [/^\/regions\/([^/]+)\/$/, (lang, code) => regionCard(lang, code!)],
  [/^\/instruments\/([^/]+)\/$/, (lang, id) => instrumentCard(lang, record.instrument(id!))],
];

/**
 * The share card of a page, from its path without the language prefix. A page the site adds
 * later without a card of its own gets a plain one from `page` (its title and description).
 */
export function shareCardFor(
  lang: Lang,
  pagePath: string,
  page?: { title: string; description: string },
): ShareCard {
  const t = strings(lang);
  const keys = SITE_PAGES[pagePath];
  if (keys) {
    const [title, description] = [t[keys[0]], t[keys[1]]];
    return { ...base(lang, `${title}. ${description}`), kind: 'page', title, description };
  }
  for (const [pattern, card] of RECORD_PAGES) {
    const match = pattern.exec(pagePath);
    if (match) return card(lang, ...match.slice(1));
  }
  if (page) {
    // Only the words the card shows: the page's body is not the card's, and must not enter its
    // cache key.
    const { title, description } = page;
    return { ...base(lang, `${title}. ${description}`), kind: 'page', title, description };
  }
  throw new Error(`No share card for the page ${pagePath}: it is not a page of the site.`);
}
