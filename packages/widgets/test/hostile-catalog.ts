import { type CatalogInput, catalog, toSubsetJSON } from '@null-and-void/statements';

/** The ids of the records that carry payload `i` of a hostile catalog. */
export const hostileIds = (i: number) => ({
  statement: `xss-${i}`,
  actor: `xss-actor-${i}`,
  event: `xss-event-${i}`,
  instrument: `xss-instrument-${i}`,
  theme: `xss-theme-${i}`,
  callToAction: `xss-call-${i}`,
  region: `XS-${i.toString(36).toUpperCase()}`,
});

const both = (text: string) => ({ en: text, uk: text });

/**
 * A valid user catalog (the shape of `schema.json`) in which every free-text field of every record
 * holds a payload: for payload `i`, a statement with two quotes, a body, notes, an unnamed
 * signatory and a call to action, its issuer, a vote event, a region, an instrument with a vote
 * (which declared the event invalid), a theme and a call to action. The record's own statement,
 * event and instrument are the models; ids, dates and codes stay valid.
 */
export function hostileCatalog(payloads: readonly string[]): CatalogInput {
  const model = toSubsetJSON(catalog, {
    statements: ['nato-2022-09-22'],
    instruments: ['unga-es-11-4'],
    events: ['annexation-referendums-2022'],
  });
  const statement = model.statements[0]!;
  const instrument = model.instruments.find((i) => i.id === 'unga-es-11-4')!;
  // Its related instruments are not in this catalog: the payload events name none.
  const { relatedInstruments: _, ...event } = model.events.find(
    (e) => e.id === 'annexation-referendums-2022',
  )!;
  const input: CatalogInput = {
    statements: [],
    actors: [],
    events: [],
    regions: [],
    instruments: [],
    themes: [],
    callsToAction: [],
  };
  payloads.forEach((text, i) => {
    const id = hostileIds(i);
    // The payload in a valid address: the link is checked, not the text of the URL.
    const url = `https://evil.example/${Buffer.from(text.slice(0, 300)).toString('base64url')}?q="><x`;
    input.actors.push({ id: id.actor, kind: 'state', name: both(text), role: both(text) });
    input.regions.push({ code: id.region, name: both(text) });
    input.themes.push({ id: id.theme, name: both(text), description: both(text) });
    input.callsToAction.push({ id: id.callToAction, name: both(text), description: both(text) });
    input.instruments.push({
      ...instrument,
      id: id.instrument,
      symbol: text,
      title: both(text),
      summary: both(text),
      url,
      notes: [both(text)],
      votes: { ...instrument.votes!, sources: [url] },
    });
    input.events.push({
      ...event,
      id: id.event,
      name: both(text),
      summary: both(text),
      regions: [id.region],
      organizer: id.actor,
      invalidatedBy: [id.instrument],
      notes: [both(text)],
    });
    input.statements.push({
      ...statement,
      id: id.statement,
      title: both(text),
      originalTitle: text,
      dateBasis: 'inferred',
      dateNote: both(text),
      issuers: [id.actor],
      signatories: {
        actors: [id.actor],
        unnamed: { count: 3, kind: 'state', label: both(text) },
      },
      events: [id.event],
      referencedEvents: [id.event],
      regions: [id.region],
      themes: [id.theme],
      callsToAction: [{ id: id.callToAction, detail: both(text) }],
      legalRefs: [id.instrument],
      summary: both(text),
      quotes: [0, 1].map(() => ({
        speaker: id.actor,
        text,
        language: 'en',
        stance: statement.quotes[0]!.stance,
        context: both(text),
      })),
      body: [text, text],
      source: {
        ...statement.source,
        publisher: id.actor,
        url,
        alsoAt: [{ url, kind: 'copy' }],
        reference: text,
        read: 'excerpt',
      },
      provenance: { seed: text, dossier: text },
      notes: [both(text)],
    });
  });
  return input;
}
