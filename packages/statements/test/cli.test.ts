/** The real `nv` bin, run as a subprocess, as a researcher would. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../src/index.js';
import { runNv } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'nv-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const nv = (...args: string[]) => runNv(args);

describe('nv', () => {
  it('prints help for itself and for each command', () => {
    const main = nv('--help');
    expect(main.code).toBe(0);
    for (const command of ['list', 'search', 'show', 'facets', 'validate', 'export']) {
      expect(main.out).toContain(command);
      const help = nv(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^usage: nv ${command}`));
    }
  });

  it('list: a table for people, the API result with --json', () => {
    const table = nv('list', '--event', 'annexation-referendums-2022');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/date\s+id\s+kind\s+title/);
    expect(table.out).toContain('nato-2022-09-22');
    const json = JSON.parse(nv('list', '--event', 'annexation-referendums-2022', '--json').out);
    expect(json).toEqual(
      JSON.parse(JSON.stringify(catalog.query({ event: 'annexation-referendums-2022' }))),
    );
  });

  it('list: filters repeat or take commas for OR, and page with --limit/--offset', () => {
    const a = JSON.parse(nv('list', '--kind', 'appeal', '--kind', 'news-report', '--json').out);
    const b = JSON.parse(nv('list', '--kind', 'appeal,news-report', '--json').out);
    expect(a).toEqual(b);
    expect(a.total).toBe(catalog.query({ kind: ['appeal', 'news-report'] }).total);
    const page = JSON.parse(
      nv('list', '--sort', 'date', '--limit', '2', '--offset', '1', '--json').out,
    );
    expect(page.items.map((s: { id: string }) => s.id)).toEqual(
      catalog.query({}, { sort: 'date', limit: 2, offset: 1 }).items.map((s) => s.id),
    );
  });

  it('list: says when nothing matches and what to do', () => {
    const none = nv('list', '--from', '2014', '--to', '2014', '--kind', 'platform-statement');
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/No statements match/);
  });

  it('search: ranked results, --json has scores and highlights', () => {
    const out = nv('search', 'barrel of a gun');
    expect(out.code).toBe(0);
    expect(out.out.split('\n')[2]).toContain('cnn-2022-09-23');
    const json = JSON.parse(nv('search', 'Запоріжжя', '--json').out);
    expect(json.total).toBeGreaterThan(0);
    expect(json.items[0].highlights.length).toBeGreaterThan(0);
  });

  it('show: the statement in full, in English or Ukrainian, or the object with --json', () => {
    const en = nv('show', 'nato-2022-09-22');
    expect(en.code).toBe(0);
    expect(en.out).toContain('PR (2022) 125');
    expect(en.out).toContain('These lands are Ukraine.');
    expect(nv('show', 'nato-2022-09-22', '--locale', 'uk').out).toContain(
      'Північноатлантична рада',
    );
    expect(JSON.parse(nv('show', 'cnn-2022-09-23', '--json').out).id).toBe('cnn-2022-09-23');
  });

  it('show: exit 1 with the nearest id for an unknown one', () => {
    const out = nv('show', 'nato-2022-09-2');
    expect(out.code).toBe(1);
    expect(out.err).toMatch(
      /Unknown statement id "nato-2022-09-2"\. Did you mean "nato-2022-09-22"\?/,
    );
    expect(out.out).toBe('');
  });

  it('bad flags and values: exit 2 with the reason and a usage line on stderr', () => {
    for (const args of [
      ['list', '--evnt', 'x'],
      ['list', '--event', 'annexation-referendum-2022'],
      ['list', '--limit', '-1'],
      ['list', '--from', '2022-02-30'],
      ['list', '--sort', 'newest'],
      ['show'],
      ['export', '--format', 'xml'],
      ['frobnicate'],
    ]) {
      const out = nv(...args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.err).toMatch(/^nv: /);
      expect(out.out).toBe('');
    }
    expect(nv('list', '--event', 'annexation-referendum-2022').err).toMatch(
      /Did you mean "annexation-referendums-2022"/,
    );
    expect(nv('list', '--evnt', 'x').err).toMatch(/usage: nv list/);
  });

  it('facets: spread by event, year, issuer kind and country', () => {
    const out = nv('facets');
    expect(out.code).toBe(0);
    for (const key of ['event', 'year', 'issuerKind', 'country'])
      expect(out.out).toMatch(new RegExp(`^${key}$`, 'm'));
    expect(JSON.parse(nv('facets', '--json').out)).toEqual(
      JSON.parse(JSON.stringify(catalog.facets())),
    );
  });

  it('validate: exit 0 for a valid catalog, 1 with every problem for an invalid one, 2 for no file', () => {
    const good = join(scratch, 'good.json');
    writeFileSync(good, nv('export', '--format', 'json').out);
    expect(nv('validate', good)).toMatchObject({ code: 0 });
    const bad = JSON.parse(readFileSync(good, 'utf8'));
    bad.statements[0].date = '2022-02-30';
    bad.statements[1].issuers = ['nobody'];
    const badFile = join(scratch, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const out = nv('validate', badFile);
    expect(out.code).toBe(1);
    expect(out.err).toMatch(/statements\[0\]\.date: date must be a real calendar date/);
    expect(nv('validate', join(scratch, 'missing.json')).code).toBe(2);
    writeFileSync(join(scratch, 'broken.json'), '{ "statements": [');
    expect(nv('validate', join(scratch, 'broken.json')).err).toMatch(/not valid JSON/);
  });

  it('export: JSON, NDJSON and RFC 4180 CSV of all or a filtered part, to stdout or --out', () => {
    const json = JSON.parse(nv('export', '--format', 'json').out);
    expect(json.statements).toHaveLength(catalog.statements.length);
    const ndjson = nv('export', '--format', 'ndjson', '--event', 'annexation-referendums-2022')
      .out.trimEnd()
      .split('\n');
    expect(ndjson).toHaveLength(catalog.query({ event: 'annexation-referendums-2022' }).total);
    expect(JSON.parse(ndjson[0]!).id).toBeTruthy();
    const file = join(scratch, 'out.csv');
    const written = nv('export', '--format', 'csv', '--out', file);
    expect(written.code).toBe(0);
    expect(written.err).toMatch(/wrote \d+ statements/);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^id,date,date_precision,date_basis,/);
    expect(csv.endsWith('\r\n')).toBe(true);
    // A title with quotation marks is quoted, its quotes doubled.
    expect(csv).toContain(
      '"NATO Allies condemn the planned ""referenda"" and will never recognise annexation"',
    );
  });
});
