import { catalog, type DefaultFilter, toSubsetJSON } from '@null-and-void/statements';
import { Catalog } from '@null-and-void/statements/engine';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, itHasNoAxeViolations } from '../../test/axe.js';
import { itSaysWhatIsWrong, srcThat } from '../../test/error-cases.js';
import {
  errorsOf,
  itTakesTheLanguageOfThePage,
  mount,
  mountSettled,
  settled,
  syntheticCatalog,
} from '../../test/helpers.js';
import {
  choices,
  focused,
  items,
  part,
  serve,
  status,
  text,
  titles,
  uniqueUrl,
} from '../../test/list-helpers.js';
import type { NvFilterChangeEvent } from '../base/events.js';
import { formatDate } from '../i18n/index.js';
import '../define/statement-list.js';
import type { NvStatementList } from './statement-list.js';

const list = (markup: string) => mountSettled<NvStatementList>(markup);

const expected = (filter: DefaultFilter, limit = 10, sort = '-date' as const) =>
  catalog.query(filter, { limit, sort }).items;
const total = catalog.statements.length;
const EVENT = 'annexation-referendums-2022';

describe('nv-statement-list: defaults', () => {
  it('lists the ten newest statements: kind, date, title linking to the source, issuers', async () => {
    const el = await list('<nv-statement-list></nv-statement-list>');
    const newest = expected({});
    expect(titles(el)).toEqual(newest.map((s) => s.title.en));
    const first = items(el)[0]!;
    const s = newest[0]!;
    expect(text(first.querySelector('.meta'))).toContain(formatDate('en', s.date));
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe(s.date);
    const link = first.querySelector<HTMLAnchorElement>('.title a')!;
    expect(link.href).toBe(s.source.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.target).toBe('_blank');
    expect(text(first.querySelector('.issuer')).length).toBeGreaterThan(0);
    expect(status(el)).toBe(`Showing 10 of ${total} statements`);
    expect(text(part(el, '.more'))).toBe('Show 10 more');
    expect(el.shadowRoot!.querySelector('.filters')).toBeNull();
  });
});

describe('nv-statement-list: attributes', () => {
  const cases: [string, string, DefaultFilter][] = [
    ['event', EVENT, { event: EVENT }],
    [
      'event',
      'crimea-referendum-2014, duma-election-2021',
      { event: ['crimea-referendum-2014', 'duma-election-2021'] },
    ],
    ['region', 'UA-65', { region: 'UA-65' }],
    ['issuer-kind', 'media,civil-society', { issuerKind: ['media', 'civil-society'] }],
    ['topic', 'coercion-at-gunpoint', { theme: 'coercion-at-gunpoint' }],
    ['issuer', 'eu-high-representative', { issuer: 'eu-high-representative' }],
    ['signatory', 'matteo-mecacci', { signatory: 'matteo-mecacci' }],
    ['speaker', 'josep-borrell', { speaker: 'josep-borrell' }],
    ['kind', 'speech,appeal', { kind: ['speech', 'appeal'] }],
    ['call-to-action', 'sanctions', { callToAction: 'sanctions' }],
    ['legal-ref', 'unga-es-11-4', { legalRef: 'unga-es-11-4' }],
    ['country', 'DE', { country: 'DE' }],
    ['year', '2014, 2024', { year: ['2014', '2024'] }],
    ['read', 'full', { read: 'full' }],
    ['text-lang', 'de', { lang: 'de' }],
    ['from', '2024-03', { from: '2024-03' }],
    ['to', '2014', { to: '2014' }],
  ];
  for (const [attribute, value, filter] of cases) {
    it(`${attribute}="${value}" lists only the matching statements`, async () => {
      const el = await list(`<nv-statement-list ${attribute}="${value}"></nv-statement-list>`);
      const matching = catalog.query(filter).total;
      expect(matching).toBeLessThan(total);
      expect(titles(el)).toEqual(expected(filter).map((s) => s.title.en));
      expect(status(el)).toBe(
        `Showing ${Math.min(10, matching)} of ${matching} statement${matching === 1 ? '' : 's'}`,
      );
    });
  }

  it('from and to together bound the dates', async () => {
    const el = await list('<nv-statement-list from="2023" to="2023-12"></nv-statement-list>');
    for (const time of el.shadowRoot!.querySelectorAll('time')) {
      expect(time.getAttribute('datetime')!.slice(0, 4)).toBe('2023');
    }
  });

  it('filter attributes combine: each narrows what the others leave', async () => {
    const el = await list(
      '<nv-statement-list country="DE,FR" kind="speech" year="2022"></nv-statement-list>',
    );
    const filter = { country: ['DE', 'FR'], kind: 'speech', year: '2022' } as const;
    const matching = catalog.query(filter).total;
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(catalog.query({ country: ['DE', 'FR'] }).total);
    expect(titles(el)).toEqual(expected(filter).map((s) => s.title.en));
    expect(status(el)).toBe(
      `Showing ${Math.min(10, matching)} of ${matching} statement${matching === 1 ? '' : 's'}`,
    );
  });

  it('a new filter attribute set later reloads the list', async () => {
    const el = await list('<nv-statement-list></nv-statement-list>');
    el.setAttribute('call-to-action', 'accountability');
    await settled(el);
    const filter = { callToAction: 'accountability' } as const;
    expect(titles(el)).toEqual(expected(filter).map((s) => s.title.en));
    el.callToAction = '';
    el.textLang = 'de';
    await settled(el);
    expect(titles(el)).toEqual(expected({ lang: 'de' }).map((s) => s.title.en));
  });

  it('limit sets the page size and the "show more" step', async () => {
    const el = await list('<nv-statement-list limit="3"></nv-statement-list>');
    expect(items(el)).toHaveLength(3);
    expect(text(part(el, '.more'))).toBe('Show 3 more');
  });

  it('sort orders oldest first, or by title', async () => {
    const oldest = await list('<nv-statement-list sort="date" limit="5"></nv-statement-list>');
    expect(titles(oldest)).toEqual(expected({}, 5, 'date' as never).map((s) => s.title.en));
    const byTitle = await list('<nv-statement-list sort="title" limit="5"></nv-statement-list>');
    const sorted = catalog.query({}, { sort: 'title', limit: 5 }).items.map((s) => s.title.en);
    expect(titles(byTitle)).toEqual(sorted);
  });

  it('filters shows a labelled select per key, with a count per value', async () => {
    const el = await list(
      '<nv-statement-list filters="event,issuerKind,year"></nv-statement-list>',
    );
    const labels = [...el.shadowRoot!.querySelectorAll('.filter > span')].map((s) => text(s));
    expect(labels).toEqual(['Vote', 'Issuer', 'Year']);
    const event = part<HTMLSelectElement>(el, 'select[name="event"]');
    const count = catalog.query({ event: EVENT }).total;
    const option = [...event.options].find((o) => o.value === EVENT)!;
    expect(text(option)).toBe(`${catalog.event(EVENT).name.en} (${count})`);
    expect(text(event.options[0])).toBe('Any');
    const years = [...part<HTMLSelectElement>(el, 'select[name="year"]').options].slice(1);
    expect(years.map((o) => o.value)).toEqual([...years.map((o) => o.value)].sort().reverse());
  });

  it('a filter the attributes set offers only their values', async () => {
    const el = await list(
      '<nv-statement-list event="crimea-referendum-2014,duma-election-2021" filters="event"></nv-statement-list>',
    );
    const values = [...part<HTMLSelectElement>(el, 'select').options].map((o) => o.value);
    expect(values.sort()).toEqual(['', 'crimea-referendum-2014', 'duma-election-2021']);
  });

  it('follows attribute changes', async () => {
    const el = await list('<nv-statement-list></nv-statement-list>');
    el.setAttribute('region', 'UA-09');
    await settled(el);
    expect(titles(el)).toEqual(expected({ region: 'UA-09' }).map((s) => s.title.en));
  });
});

describe('nv-statement-list: events', () => {
  it('a reader choosing a filter narrows the list, says so and fires nv-filter-change', async () => {
    const el = await list(
      '<nv-statement-list region="UA-65" filters="event,issuerKind"></nv-statement-list>',
    );
    const changes: NvFilterChangeEvent[] = [];
    el.addEventListener('nv-filter-change', (e) => changes.push(e));
    const select = part<HTMLSelectElement>(el, 'select[name="issuerKind"]');
    select.value = 'state';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const filter = { region: 'UA-65', issuerKind: 'state' } as const;
    expect(changes.map((c) => c.filter)).toEqual([filter]);
    expect(titles(el)).toEqual(expected(filter).map((s) => s.title.en));
    expect(status(el)).toContain(`of ${catalog.query(filter).total} statements`);

    // Clearing goes back to the attributes' filter.
    part(el, '.clear').click();
    await el.updateComplete;
    expect(changes.at(-1)!.filter).toEqual({ region: 'UA-65' });
    expect(select.value).toBe('');
    expect(el.shadowRoot!.querySelector('.clear')).toBeNull();
  });

  it('every option counts what choosing it leaves, so no choice empties the list', async () => {
    const el = await list('<nv-statement-list filters="event,issuerKind"></nv-statement-list>');
    const select = (name: string) => part<HTMLSelectElement>(el, `select[name="${name}"]`);
    select('event').value = 'donbas-separatist-elections-2018';
    select('event').dispatchEvent(new Event('change'));
    await el.updateComplete;
    const kinds = [...select('issuerKind').options].slice(1);
    for (const option of kinds) {
      const count = catalog.query({
        event: 'donbas-separatist-elections-2018',
        issuerKind: option.value as 'state',
      }).total;
      expect(text(option)).toMatch(new RegExp(`\\(${count}\\)$`));
      expect(count).toBeGreaterThan(0);
    }
    expect(kinds.length).toBeLessThan(catalog.facets({}, ['issuerKind']).issuerKind.length);
  });

  it('attributes that match nothing say so, with no items and no "show more"', async () => {
    const el = await list(
      '<nv-statement-list event="donbas-separatist-elections-2018" issuer-kind="media"></nv-statement-list>',
    );
    expect(status(el)).toBe('No statements match.');
    expect(items(el)).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('.more')).toBeNull();
  });

  it('clicking an item fires nv-select with its id; cancelling it keeps the link closed', async () => {
    const el = await list('<nv-statement-list limit="2"></nv-statement-list>');
    const ids = choices(el);
    items(el)[1]!.querySelector<HTMLElement>('.issuer')!.click();
    const link = items(el)[0]!.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const [first, second] = expected({}, 2);
    expect(ids).toEqual([second!.id, first!.id]);
    expect(click.defaultPrevented).toBe(true);
  });
});

describe('nv-statement-list: languages and themes', () => {
  it('speaks Ukrainian: titles, kinds, dates, counts and filter labels', async () => {
    const el = await list(
      '<nv-statement-list lang="uk" event="crimea-referendum-2014" filters="kind"></nv-statement-list>',
    );
    const statements = expected({ event: 'crimea-referendum-2014' });
    expect(titles(el)).toEqual(statements.map((s) => s.title.uk));
    const first = items(el)[0]!;
    expect(text(first.querySelector('.meta'))).toContain(formatDate('uk', statements[0]!.date));
    expect(text(first.querySelector('.meta'))).toMatch(/[А-Яа-яІіЇїЄє]/);
    const n = catalog.query({ event: 'crimea-referendum-2014' }).total;
    expect(status(el)).toBe(`Показано 10 з ${n} заяв`);
    expect(text(part(el, '.filter > span'))).toBe('Тип');
    expect(text(part(el, '.more'))).toBe(`Показати ще ${Math.min(10, n - 10)}`);
  });

  itTakesTheLanguageOfThePage(
    '<div lang="uk-UA"><nv-statement-list limit="1"></nv-statement-list></div>',
    (el) => expect(titles(el)).toEqual([expected({}, 1)[0]!.title.uk]),
  );

  it('switches language when lang changes', async () => {
    const el = await list('<nv-statement-list limit="1"></nv-statement-list>');
    el.setAttribute('lang', 'uk');
    await settled(el);
    expect(status(el)).toMatch(/^Показано 1 з/);
  });

  it('dark theme turns the box dark and the text light', async () => {
    const light = await list('<nv-statement-list limit="1"></nv-statement-list>');
    const dark = await list('<nv-statement-list limit="1" theme="dark"></nv-statement-list>');
    const look = (el: Element) => getComputedStyle(part(el, '.list'));
    expect(look(light).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(look(dark).backgroundColor).toBe('rgb(23, 25, 29)');
    expect(look(dark).color).toBe('rgb(236, 238, 242)');
  });
});

describe('nv-statement-list: errors', () => {
  const fallback = '<a href="/statements">All statements</a>';
  itSaysWhatIsWrong('nv-statement-list', fallback, [
    { what: 'an unknown event id', attributes: 'event="annexation-referendum-2022"' },
    { what: 'an unknown region', attributes: 'region="UA-99"' },
    { what: 'an unknown issuer kind', attributes: 'issuer-kind="states"' },
    { what: 'an unknown topic', attributes: 'topic="gunpoint"' },
    { what: 'a date that does not exist', attributes: 'from="2022-13"' },
    { what: 'a date that is not a date', attributes: 'to="last year"' },
    { what: 'from after to', attributes: 'from="2024" to="2022"' },
    { what: 'a negative limit', attributes: 'limit="-5"' },
    { what: 'a limit that is not a number', attributes: 'limit="ten"' },
    { what: 'a limit in hexadecimal', attributes: 'limit="0x10"' },
    { what: 'a limit in exponent notation', attributes: 'limit="1e1"' },
    { what: 'an empty limit', attributes: 'limit=""' },
    { what: 'an unknown sort', attributes: 'sort="newest"' },
    { what: 'an unknown filter key', attributes: 'filters="event,colour"' },
  ]);

  // Refused with a message that names the attribute and the value.
  const badIds: [string, string][] = [
    ['issuer', 'natoo'],
    ['signatory', 'ukrain'],
    ['speaker', 'borrell'],
    ['kind', 'tweet'],
    ['call-to-action', 'sanction'],
    ['legal-ref', 'unga-es-11-44'],
    ['country', 'Germany'],
    ['year', '22'],
    ['read', 'partial'],
    ['text-lang', 'English'],
    ['issuer-kind', 'states'],
    ['topic', 'gunpoint'],
  ];
  itSaysWhatIsWrong(
    'nv-statement-list',
    fallback,
    badIds.map(([attribute, value]) => ({
      what: `${attribute}="${value}"`,
      attributes: `${attribute}="${value}"`,
      message: new RegExp(`^Attribute "${attribute}": .*"${value}"`),
    })),
  );

  it('an id of 100,000 letters is refused as it is, with a message that names the attribute', async () => {
    const el = mount<NvStatementList>(`<nv-statement-list issuer="${'a'.repeat(100_000)}">`);
    const errors = errorsOf(el);
    await settled(el);
    expect(text(part(el, '[role="alert"]'))).toBe('This widget is set up wrongly.');
    expect(errors.map((e) => e.message)).toEqual([
      'Attribute "issuer": a value of 100000 characters is no id or code.',
    ]);
  });

  it('the engine’s message names the problem for the developer', async () => {
    const el = mount<NvStatementList>('<nv-statement-list event="annexation-referendum-2022">');
    const errors = errorsOf(el);
    await settled(el);
    expect(errors[0]!.message).toContain('Did you mean "annexation-referendums-2022"');
  });

  it('says it in Ukrainian too', async () => {
    const el = await list('<nv-statement-list lang="uk" sort="newest"></nv-statement-list>');
    expect(text(part(el, '[role="alert"]'))).toBe('Віджет налаштовано неправильно.');
  });

  it('lists a catalog of the page’s own from src', async () => {
    const url = uniqueUrl('own');
    const own = toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] });
    serve(url, 200, JSON.stringify(own));
    const el = await list(`<nv-statement-list src="${url}"></nv-statement-list>`);
    expect(titles(el)).toEqual([catalog.get('nato-2022-09-22').title.en]);
  });

  itSaysWhatIsWrong('nv-statement-list', '<p>Fallback list</p>', [
    srcThat('answers 404', 404, 'Not found', 'load-failed'),
    srcThat('is not JSON', 200, '<html>oops</html>', 'invalid-data'),
    srcThat('is not a catalog', 200, '{"statements":[{"id":"x"}]}', 'invalid-data'),
  ]);
});

describe('nv-statement-list: keyboard', () => {
  it('"show more" by keyboard appends the next page, focuses it and announces the count', async () => {
    const el = await list('<nv-statement-list limit="4"></nv-statement-list>');
    part(el, '.more').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(titles(el)).toEqual(expected({}, 8).map((s) => s.title.en));
    expect(focused(el)).toBe(items(el)[4]!.querySelector('a'));
    expect(status(el)).toBe(`Showing 8 of ${total} statements`);
    part(el, '.more').focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(items(el)).toHaveLength(12);
  });

  it('Tab goes from the filters through the titles to "show more"; Enter on a title selects it', async () => {
    const el = await list('<nv-statement-list limit="2" filters="year"></nv-statement-list>');
    const ids = choices(el);
    part(el, 'select').focus();
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(items(el)[0]!.querySelector('a'));
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(items(el)[1]!.querySelector('a'));
    await userEvent.keyboard('{Enter}');
    expect(ids).toEqual([expected({}, 2)[1]!.id]);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(part(el, '.more'));
  });

  it('shows a visible focus ring', async () => {
    const el = await list('<nv-statement-list limit="2"></nv-statement-list>');
    part(el, '.more').focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const ring = getComputedStyle(focused(el)!);
    expect(ring.outlineStyle).toBe('solid');
    expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThan(1);
  });
});

describe('nv-statement-list: accessibility', () => {
  itHasNoAxeViolations(async ({ lang, theme }) => {
    const el = await list(
      `<nv-statement-list lang="${lang}" theme="${theme}" filters="event,year" limit="5"></nv-statement-list>`,
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('has no axe violations when nothing matches', async () => {
    const el = await list(
      '<nv-statement-list filters="event" event="donbas-separatist-elections-2018" issuer-kind="media"></nv-statement-list>',
    );
    expect(status(el)).toMatch(/^No statements match/);
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('nv-statement-list: a catalog of 10,000 statements', () => {
  it('filters and pages without a long wait, showing the right statements', async () => {
    const big = new Catalog(syntheticCatalog(10_000));
    const el = mount<NvStatementList>(
      '<nv-statement-list filters="event,issuerKind,year"></nv-statement-list>',
    );
    el.catalog = big;
    await settled(el);
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const choose = async (name: string, value: string) => {
      const select = part<HTMLSelectElement>(el, `select[name="${name}"]`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await choose('event', 'annexation-referendums-2022');
    await choose('issuerKind', 'state');
    part(el, '.more').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    console.log(
      `nv-statement-list, 10,000 statements: longest task while filtering and paging ${longest.toFixed(0)} ms (0 = none over 50 ms)`,
    );
    const filter = { event: 'annexation-referendums-2022', issuerKind: 'state' } as const;
    const expected = big.query(filter, { limit: 20 });
    expect(titles(el)).toEqual(expected.items.map((s) => s.title.en));
    expect(status(el)).toBe(`Showing 20 of ${expected.total.toLocaleString('en')} statements`);
  });
});
