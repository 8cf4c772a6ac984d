import { readInFull, UnknownIdError } from '@null-and-void/statements';
import { describe, expect, test } from 'vitest';
import { paths } from '../components.js';
import { LANGS, strings } from '../i18n/index.js';
import { record } from '../record.js';
import { shareImagePath } from './paths.js';
import { shareCardFor } from './share-card.js';

const nato = record.get('nato-2022-09-22');
const quoted = record.statements.find((s) => s.quotes.length >= 2)!;

describe('shareCardFor', () => {
  test('a statement page gets the statement card, in the page language', () => {
    for (const lang of LANGS) {
      const card = shareCardFor(lang, paths.statement(nato.id));
      expect(card).toMatchObject({
        kind: 'statement',
        lang,
        site: 'Null & Void',
        title: nato.title[lang],
        summary: nato.summary[lang],
        byline: record.actor(nato.issuers[0]!).name[lang],
        read: strings(lang).readValues[readInFull(nato.source) ? 'full' : 'excerpt'],
        excerpt: !readInFull(nato.source),
      });
      if (card.kind !== 'statement') throw new Error('not a statement card');
      expect(card.kicker).toContain(strings(lang).statementKinds[nato.kind]);
      expect(card.source).toContain(record.actor(nato.source.publisher).name[lang]);
      expect(card.alt).toContain(nato.title[lang]);
    }
  });

  test('an excerpt is said to be one', () => {
    const excerpt = record.statements.find((s) => !readInFull(s.source))!;
    const card = shareCardFor('uk', paths.statement(excerpt.id));
    expect(card).toMatchObject({ excerpt: true, read: 'Прочитано уривок' });
  });

  test('a quote page gets its quote, verbatim, counted from 1', () => {
    for (const n of [1, 2]) {
      const quote = quoted.quotes[n - 1]!;
      const card = shareCardFor('uk', paths.quote(quoted.id, n));
      expect(card).toMatchObject({
        kind: 'quote',
        text: quote.text,
        textLang: quote.language,
        statement: quoted.title.uk,
        stance: { kind: quote.stance, label: strings('uk').stance[quote.stance] },
      });
      if (card.kind !== 'quote') throw new Error('not a quote card');
      expect(card.speaker).toContain(record.actor(quote.speaker).name.uk);
    }
  });

  test('a quote that does not exist is a clear error', () => {
    const n = quoted.quotes.length + 1;
    expect(() => shareCardFor('en', paths.quote(quoted.id, n))).toThrow(
      `Statement ${quoted.id} has ${quoted.quotes.length} quotes; there is no quote ${n}.`,
    );
    expect(() => shareCardFor('en', `/statements/${quoted.id}/quotes/0/`)).toThrow(
      /not a page of the site/,
    );
  });

  test('an instrument with a vote gets the tally with the official totals', () => {
    for (const instrument of record.instruments.filter((i) => i.votes)) {
      const card = shareCardFor('en', paths.instrument(instrument.id));
      if (card.kind !== 'tally') throw new Error(`${instrument.id}: not a tally card`);
      const votes = instrument.votes!;
      expect(card.counts.map((c) => [c.choice, c.count])).toEqual(
        (['yes', 'no', 'abstain', 'absent'] as const)
          .filter((choice) => votes[choice] !== undefined)
          .map((choice) => [choice, votes[choice]]),
      );
      expect(card.symbol).toBe(instrument.symbol ?? '');
      expect(card.title).toBe(instrument.title.en);
    }
  });

  test('an instrument without a vote gets a plain record card', () => {
    const charter = record.instruments.find((i) => !i.votes)!;
    expect(shareCardFor('uk', paths.instrument(charter.id))).toMatchObject({
      kind: 'record',
      title: charter.title.uk,
      figure: { value: String(record.statementsCiting(charter.id).length) },
    });
  });

  test('events, actors and regions show their names and number of statements', () => {
    const event = record.events[0]!;
    expect(shareCardFor('en', paths.event(event.id))).toMatchObject({
      kind: 'record',
      title: event.name.en,
      kicker: strings('en').eventKind[event.kind],
      figure: { value: String(record.statementsAbout(event.id).length) },
    });
    const ukraine = record.actor('ukraine');
    const actor = shareCardFor('uk', paths.actor('ukraine'));
    expect(actor).toMatchObject({
      title: ukraine.name.uk,
      figure: { value: String(record.statementsBy('ukraine').length) },
    });
    // A state's country is its name: the card does not say it twice.
    if (actor.kind !== 'record') throw new Error('not a record card');
    expect(actor.facts).not.toContain(ukraine.name.uk);
    const region = record.regions[0]!;
    const card = shareCardFor('uk', paths.region(region.code));
    expect(card).toMatchObject({ title: region.name.uk, kicker: strings('uk').regionKicker });
  });

  test("the site's own pages get their title and description", () => {
    const t = strings('uk');
    expect(shareCardFor('uk', '/')).toMatchObject({
      kind: 'page',
      title: t.homeHeading,
      description: t.homeDescription,
    });
    expect(shareCardFor('uk', '/data/')).toMatchObject({ title: t.dataTitle });
    expect(shareCardFor('en', '/statements/')).toMatchObject({ title: 'Statements' });
    expect(shareCardFor('en', '/embed-builder/')).toMatchObject({ title: 'Embed builder' });
  });

  test('a page it does not know gets a plain card only when given the page', () => {
    const page = { title: 'Countries', description: 'Every UN member state.' };
    expect(shareCardFor('en', '/countries/', page)).toMatchObject({ kind: 'page', ...page });
    expect(() => shareCardFor('en', '/countries/')).toThrow(
      'No share card for the page /countries/: it is not a page of the site.',
    );
  });

  test('an unknown record id is the catalog’s own error, naming it', () => {
    expect(() => shareCardFor('en', '/statements/nato-2022-09-23/')).toThrow(UnknownIdError);
    expect(() => shareCardFor('en', '/actors/no-such-actor/')).toThrow(/no-such-actor/);
    expect(() => shareCardFor('en', '/regions/UA-99/')).toThrow('No region UA-99 in the catalog.');
  });

  test('every record page in both languages has a card', () => {
    const pagePaths = [
      ...record.statements.flatMap((s) => [
        paths.statement(s.id),
        ...s.quotes.map((_, i) => paths.quote(s.id, i + 1)),
      ]),
      ...record.events.map((e) => paths.event(e.id)),
      ...record.actors.map((a) => paths.actor(a.id)),
      ...record.regions.map((r) => paths.region(r.code)),
      ...record.instruments.map((i) => paths.instrument(i.id)),
    ];
    for (const lang of LANGS)
      for (const path of pagePaths) expect(shareCardFor(lang, path).alt.length).toBeGreaterThan(10);
  });
});

describe('shareImagePath', () => {
  test('names the image after the page path, home as "home"', () => {
    expect(shareImagePath('en', '/')).toBe('/images/en/home.png');
    expect(shareImagePath('uk', paths.instrument('unga-es-11-4'))).toBe(
      '/images/uk/instruments/unga-es-11-4.png',
    );
    expect(shareImagePath('en', paths.quote('nato-2022-09-22', 2))).toBe(
      '/images/en/statements/nato-2022-09-22/quotes/2.png',
    );
  });
});
