/**
 * The CLI against an untrusted catalog and a hostile file system (issue 15, item 5): what a
 * catalog says is printed, never obeyed by the terminal; a file that cannot be written or read is
 * one clear line with its own exit code; spreadsheet formulas are written as text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog, catalog, toCatalogJSON, toCSV } from '../src/index.js';
import { runNv } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'nv-cli-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const nv = (...args: string[]) => runNv(args, 15_000);

// Retitles the terminal, rings its bell and clears the screen; U+009B is a one-byte CSI; U+202E
// reverses what follows.
const ESCAPES = '\u001b]0;PWNED\u0007\u001b[2J\u009b31m\r\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

function hostileCatalog(): string {
  const data = JSON.parse(JSON.stringify(toCatalogJSON(catalog)));
  const first = data.statements[0];
  first.title.en = `${ESCAPES}Hostile title`;
  first.summary.en = '=HYPERLINK("http://evil.example","click")';
  first.summary.uk = "+1+cmd|' /C calc'!A0";
  first.notes = [{ en: '@SUM(1+1)', uk: '@SUM(1+1)' }];
  first.source.reference = '-2+3';
  first.dateNote = { en: '\t=1+1', uk: '\t=1+1' };
  const file = join(scratch, 'hostile.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('nv with an untrusted catalog', () => {
  const file = hostileCatalog();
  const id = catalog.statements[0]!.id;

  it('list, search and show print control characters as visible escapes', () => {
    for (const args of [
      ['list', '--catalog', file],
      ['list', '--catalog', file, '--json'],
      ['search', 'Hostile', '--catalog', file],
      ['show', id, '--catalog', file],
      ['show', id, '--catalog', file, '--json'],
    ]) {
      const out = nv(...args);
      expect(out.code, args.join(' ')).toBe(0);
      expect(out.out, args.join(' ')).not.toMatch(CONTROL);
      expect(out.out, args.join(' ')).toContain('\\u001b]0;PWNED\\u0007\\u001b[2J');
    }
    // The JSON still parses to the catalog's own text.
    const json = JSON.parse(nv('show', id, '--catalog', file, '--json').out);
    expect(json.title.en).toBe(`${ESCAPES}Hostile title`);
  });

  it('validate escapes an unknown field name in its problems', () => {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.statements[0][ESCAPES] = 1;
    const bad = join(scratch, 'bad-key.json');
    writeFileSync(bad, JSON.stringify(data));
    const out = nv('validate', bad);
    expect(out.code).toBe(1);
    expect(out.err).toContain('unknown field "\\u001b]0;PWNED');
    expect(out.err).not.toMatch(CONTROL);
  });

  it('an unknown id with control characters is escaped in the error', () => {
    const out = nv('show', `x${ESCAPES}`);
    expect(out.code).toBe(1);
    expect(out.err).toMatch(/^nv: Unknown statement id/);
    expect(out.err).not.toMatch(CONTROL);
  });

  it('CSV cells that start as formulas are written as text, with a leading apostrophe', () => {
    const out = join(scratch, 'hostile.csv');
    expect(nv('export', '--format', 'csv', '--catalog', file, '--out', out).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'+1+cmd|' /C calc'!A0");
    expect(csv).toContain(",'@SUM(1+1)");
    expect(csv).toContain(",'-2+3,");
    // Validation trims the tab; the date note still starts with "=".
    expect(csv).toContain(",'=1+1,");
    // Cells that start otherwise are untouched, and numbers stay numbers.
    expect(csv).toContain(`\r\n${id},`);
    expect(csv).not.toMatch(/,'\d/);
  });

  it('the exporter also guards cells that start with a tab or a carriage return', () => {
    const data = JSON.parse(JSON.stringify(toCatalogJSON(catalog)));
    data.statements[0].summary.en = '\t=1+1';
    data.statements[0].summary.uk = '\r=1+1';
    const csv = toCSV(new Catalog(data));
    expect(csv).toContain(`,'\t=1+1,"'\r=1+1",`);
  });
});

describe('nv with files it cannot write or read', () => {
  it.each([
    [
      'a missing folder',
      join(scratch, 'missing', 'out.csv'),
      /its folder does not exist \(ENOENT\)/,
    ],
    ['a folder', scratch, /it is a folder \(EISDIR\)/],
    ['a full disk', '/dev/full', /the disk is full \(ENOSPC\)/],
  ])('--out to %s: one line, exit 3, no stack trace', (_, target, reason) => {
    const out = nv('export', '--format', 'csv', '--out', target);
    expect(out.code).toBe(3);
    expect(out.err).toMatch(reason);
    expect(out.err.trim().split('\n')).toHaveLength(1);
    expect(out.err).not.toMatch(/\n\s+at /);
    expect(out.out).toBe('');
  });

  it.each([
    ['/dev/zero', /\/dev\/zero is not a regular file/],
    [scratch, /is not a regular file/],
  ])('--catalog %s is refused at once, exit 2', (target, reason) => {
    for (const args of [
      ['list', '--catalog', target],
      ['validate', target],
    ]) {
      const out = nv(...args);
      expect(out.signal, args.join(' ')).toBeNull();
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.err).toMatch(reason);
    }
  });
});
