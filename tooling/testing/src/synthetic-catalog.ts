/**
 * Realistic synthetic catalogs for benchmarks and property tests: seeded, so the same size and
 * seed always give the same catalog, with English and Ukrainian titles, summaries and quotes
 * drawn from the vocabulary of the real record.
 *
 * This package imports nothing from `@null-and-void/statements` (whose tests depend on it): the
 * caller passes the record's kinds and stances in, and TypeScript checks the generated catalog
 * against the statements schema where the caller hands it to a catalog.
 */

/** The statements package's vocabulary that a synthetic catalog draws from. */
export interface SyntheticVocabulary<
  StatementKind extends string,
  ActorKind extends string,
  Stance extends string,
> {
  readonly statementKinds: readonly StatementKind[];
  readonly actorKinds: readonly ActorKind[];
  readonly stances: readonly Stance[];
}

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN =
  `Russia sham referendum referendums election elections occupied territories Ukraine condemn
condemns strongest terms illegal illegitimate annexation Crimea Sevastopol Donetsk Luhansk Zaporizhzhia
Kherson gunpoint coercion armed soldiers ballot boxes door homes voters passports deportation
sovereignty territorial integrity international law Charter United Nations General Assembly resolution
null void recognise recognition results falsified turnout observers sanctions accountability
withdraw forces aggression war Crimean Tatar Mejlis boycott intimidation detention propaganda
State Duma president Putin Kremlin regional local council governor Security Council veto vote
support independence democracy human rights organisations press release statement appeal`.split(
    /\s+/,
  );
const UK = `Росія фіктивний референдум референдуми вибори окупованих територіях України засуджуємо
засуджує найрішучіше незаконний нелегітимний анексія Крим Севастополь Донецьк Луганськ Запоріжжя
Херсон дулом зброї примус озброєні військові урни домівках виборців паспорти депортація суверенітет
територіальна цілісність міжнародне право Статут Організації Об'єднаних Націй Генеральна Асамблея
резолюція нікчемні визнавати визнання результати сфальсифіковані явка спостерігачі санкції
відповідальність вивести війська агресія війна кримських татар Меджліс бойкот залякування
затримання пропаганда Державна дума президент Путін Кремль регіональні місцеві рада губернатор
Рада Безпеки вето голосування підтримка незалежність демократія права людини організації заява`.split(
  /\s+/,
);

const EVENTS = [
  'crimea-referendum-2014',
  'annexation-referendums-2022',
  'occupied-regional-elections-2023',
  'russian-presidential-election-2024',
  'occupied-regional-elections-2024',
  'russian-state-duma-election-2026',
];
const EVENT_DATES: Record<string, [string, string]> = {
  'crimea-referendum-2014': ['2014-03-16', '2014-03-16'],
  'annexation-referendums-2022': ['2022-09-23', '2022-09-27'],
  'occupied-regional-elections-2023': ['2023-09-08', '2023-09-10'],
  'russian-presidential-election-2024': ['2024-03-15', '2024-03-17'],
  'occupied-regional-elections-2024': ['2024-09-06', '2024-09-08'],
  'russian-state-duma-election-2026': ['2026-09', '2026-09'],
};
const REGIONS = ['UA-43', 'UA-40', 'UA-14', 'UA-09', 'UA-23', 'UA-65'];
const THEMES = [
  'coercion-at-gunpoint',
  'door-to-door-voting',
  'forced-passportization',
  'deportation',
  'falsified-results',
  'annexation',
  'no-legal-effect',
  'violation-of-sovereignty',
  'un-charter-violation',
  'intimidation',
];
const CALLS = [
  'non-recognition',
  'sanctions',
  'accountability',
  'support-for-ukraine',
  'withdrawal',
  'boycott',
];
const INSTRUMENTS = ['un-charter', 'unga-68-262', 'unga-es-11-1', 'unga-es-11-4'];
const COUNTRIES = [
  'UA',
  'US',
  'GB',
  'DE',
  'FR',
  'JP',
  'CA',
  'PL',
  'EE',
  'LV',
  'LT',
  'MD',
  'CH',
  'TR',
];
const LANGS = ['en', 'en', 'en', 'uk', 'de', 'fr'];

const local = (en: string, uk: string) => ({ en, uk });

/** Actor kinds that carry a country (the schema gives one to states, people and their bodies). */
const HAS_COUNTRY: readonly string[] = ['state', 'person', 'government-body'];

/**
 * A seeded synthetic catalog of `size` statements in the shape of the statements package's
 * `CatalogInput`, drawing kinds and stances from `vocabulary`.
 */
export function generateCatalog<
  StatementKind extends string,
  ActorKind extends string,
  Stance extends string,
>(vocabulary: SyntheticVocabulary<StatementKind, ActorKind, Stance>, size: number, seed = 1) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const sentence = (pool: readonly string[], n: number) =>
    Array.from({ length: n }, () => pick(pool)).join(' ');

  const actorCount = Math.max(20, Math.min(2000, Math.round(size / 20)));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = pick(vocabulary.actorKinds);
    const country = HAS_COUNTRY.includes(kind) ? pick(COUNTRIES) : undefined;
    return {
      id: `actor-${i}`,
      name: local(`Actor ${sentence(EN, 2)} ${i}`, `Актор ${sentence(UK, 2)} ${i}`),
      kind,
      ...(country ? { country } : {}),
    };
  });

  const statements = Array.from({ length: size }, (_, i) => {
    const events = some(EVENTS, 2);
    const [first] = EVENT_DATES[events[0]!]!;
    const year = Number(first.slice(0, 4));
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision: 'day' | 'month' | 'year' =
      next() < 0.85 ? 'day' : next() < 0.5 ? 'month' : 'year';
    const date =
      precision === 'day'
        ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : precision === 'month'
          ? `${year}-${String(month).padStart(2, '0')}`
          : String(year);
    const issuers = some(actors, 2).map((a) => a.id);
    return {
      id: `statement-${i}`,
      kind: pick(vocabulary.statementKinds),
      language: pick(LANGS),
      title: local(sentence(EN, 8), sentence(UK, 8)),
      date,
      datePrecision: precision,
      dateBasis: precision === 'day' ? ('stated' as const) : ('inferred' as const),
      ...(precision === 'day' ? {} : { dateNote: { en: 'synthetic', uk: 'синтетична' } }),
      issuers,
      ...(next() < 0.2 ? { signatories: { actors: some(actors, 4).map((a) => a.id) } } : {}),
      events,
      regions: some(REGIONS, 4),
      themes: some(THEMES, 4),
      callsToAction: some(CALLS, 3).map((id) => ({ id })),
      legalRefs: next() < 0.5 ? some(INSTRUMENTS, 2) : [],
      summary: local(sentence(EN, 60), sentence(UK, 55)),
      quotes: Array.from({ length: Math.floor(next() * 3) }, () => ({
        speaker: pick(actors).id,
        text: sentence(EN, 14),
        language: 'en',
        stance: pick(vocabulary.stances),
      })),
      source: {
        publisher: issuers[0]!,
        url: `https://example.org/statements/${i}`,
        kind: 'press' as const,
        read: next() < 0.6 ? ('full' as const) : ('excerpt' as const),
      },
      provenance: { dossier: 'synthetic' },
    };
  });

  return {
    statements,
    actors,
    events: EVENTS.map((id) => ({
      id,
      name: local(id, id),
      kind: id.includes('referendum') ? ('referendum' as const) : ('election' as const),
      start: EVENT_DATES[id]![0],
      end: EVENT_DATES[id]![1],
      dateBasis: 'stated' as const,
      regions: REGIONS,
      summary: local(sentence(EN, 20), sentence(UK, 20)),
    })),
    regions: REGIONS.map((code) => ({ code, name: local(code, code) })),
    instruments: INSTRUMENTS.map((id) => ({
      id,
      kind: 'unga-resolution' as const,
      title: local(id, id),
      date: '2022-10-12',
      adopted: true,
      summary: local(sentence(EN, 20), sentence(UK, 20)),
    })),
    themes: THEMES.map((id) => ({ id, name: local(id, id), description: local(id, id) })),
    callsToAction: CALLS.map((id) => ({ id, name: local(id, id), description: local(id, id) })),
  };
}
