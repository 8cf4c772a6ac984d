import {
  type CatalogInput,
  onlyCopies,
  readInFull,
  type Statement,
} from '@null-and-void/statements/engine';
import { cardLabels } from '../i18n/card-labels.js';
import { fill, type Lang, languageName, plural } from '../i18n/format.js';
import { indexRecords } from './records.js';

/**
 * What a statement card or a pull quote shows, in one language, with names already resolved.
 * The CDN build writes one per statement and language, so a card fetches about a kilobyte; what
 * most records share (a stated date, a source read in full) is left out rather than repeated in
 * every file, since the largest card's bytes count against the card's budget.
 */
export interface CardView {
  id: string;
  /** The kind of statement, as a label ("Press release"). */
  kindLabel: string;
  date: string;
  /** Present only when the date is inferred (the card says so). */
  dateBasis?: 'inferred';
  title: string;
  summary: string;
  issuers: string[];
  /** Who else signed, as the source counts them (e.g. "56 UN member states"). */
  unnamedSignatories?: string;
  /** How many signatories the record names, written out ("56 states"); only in the full view. */
  namedSignatories?: string;
  /**
   * `text` is the version in the reader's language where the record has two (decision 0016):
   * the speaker's own words (`original`) or the source's translation; `version` then says which
   * it is, and `other` is the other version with its label.
   */
  quotes: {
    text: string;
    language: string;
    speaker: string;
    context?: string;
    version?: string;
    other?: { text: string; language: string; label: string };
  }[];
  events: string[];
  source: {
    url?: string;
    /** What kind of page `url` is, as the site labels it ("press or agency"). */
    kindLabel?: string;
    publisher: string;
    reference?: string;
    /** Present only when the record was read from an excerpt (the card says so). */
    excerpt?: true;
    /** Other addresses with their kinds; only in the full view. */
    alsoAt?: { url: string; kindLabel: string }[];
    /** Said when every address of the record is a copy (`onlyCopies`). */
    note?: string;
  };
  /** The original text, only in the full view (which also holds every quote, not just the first). */
  body?: string[];
  /** The language of the original text, with `body`. */
  language?: string;
}

/** The card view of one statement of a catalog document; `undefined` if it is not there. */
export function toCardView(
  input: CatalogInput,
  id: string,
  lang: Lang,
  full: boolean,
): CardView | undefined {
  const records = indexRecords(input);
  const s = records.statement(id);
  if (!s) return undefined;
  const name = (actorId: string) => records.actor(actorId)?.name[lang] ?? actorId;
  const speaker = (actorId: string) => {
    const actor = records.actor(actorId);
    return actor?.role ? `${actor.name[lang]}, ${actor.role[lang]}` : name(actorId);
  };
  const labels = cardLabels[lang];
  const view: CardView = {
    id: s.id,
    kindLabel: labels.kinds[s.kind],
    date: s.date,
    ...(s.dateBasis === 'inferred' ? { dateBasis: 'inferred' as const } : {}),
    title: s.title[lang],
    summary: s.summary[lang],
    issuers: s.issuers.map(name),
    // A card features one quote, the first unless asked otherwise; the full view has them all.
    quotes: (full ? s.quotes : s.quotes.slice(0, 1)).map((q) => ({
      ...versions(q, lang, name(s.source.publisher)),
      speaker: speaker(q.speaker),
      ...(q.context ? { context: q.context[lang] } : {}),
    })),
    events: s.events.map((e) => records.event(e)?.name[lang] ?? e),
    source: {
      ...(s.source.url ? { url: s.source.url } : {}),
      ...(s.source.kind ? { kindLabel: labels.sourceKinds[s.source.kind] } : {}),
      publisher: name(s.source.publisher),
      ...(s.source.reference ? { reference: s.source.reference } : {}),
      // The card's note speaks of the record: read in full at any of its addresses, or not.
      ...(readInFull(s.source) ? {} : { excerpt: true as const }),
      ...(full && s.source.alsoAt
        ? {
            alsoAt: s.source.alsoAt.map((a) => ({
              url: a.url,
              kindLabel: labels.sourceKinds[a.kind],
            })),
          }
        : {}),
      ...(onlyCopies(s.source) ? { note: labels.onlyCopies } : {}),
    },
  };
  if (s.signatories?.unnamed) view.unnamedSignatories = s.signatories.unnamed.label[lang];
  if (full && s.signatories?.actors.length)
    view.namedSignatories = plural(lang, labels.statesCount, s.signatories.actors.length);
  if (full && s.body) Object.assign(view, { body: s.body, language: s.language });
  return view;
}

/**
 * A quote's words as a reader in `lang` first sees them (decision 0016): the speaker's own words
 * where they are in `lang` and the source's are not, else the source's; with both labelled and
 * the other version attached, where the record has the original.
 */
function versions(
  q: Statement['quotes'][number],
  lang: Lang,
  publisher: string,
): Pick<CardView['quotes'][number], 'text' | 'language' | 'version' | 'other'> {
  if (!q.original) return { text: q.text, language: q.language };
  const labels = cardLabels[lang].quoteVersions;
  const original = {
    text: q.original.text,
    language: q.original.language,
    label: fill(labels.original, { language: languageName(lang, q.original.language) }),
  };
  const translation = {
    text: q.text,
    language: q.language,
    label: fill(labels.translation, { publisher }),
  };
  const [shown, other] =
    q.original.language === lang && q.language !== lang
      ? [original, translation]
      : [translation, original];
  return { text: shown.text, language: shown.language, version: shown.label, other };
}
