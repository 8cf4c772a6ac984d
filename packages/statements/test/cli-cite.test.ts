/** `nv cite` and `nv export --bom`, run as a researcher runs them. */
import { spawnSync } from 'node:child_process';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { cite } from '../src/cite.js';
import { catalog } from '../src/index.js';
import { nvBin } from './helpers.js';

function nv(...args: string[]) {
  const run = spawnSync(process.execPath, [nvBin, ...args], { encoding: 'buffer' });
  return {
    code: run.status,
    bytes: run.stdout,
    out: run.stdout.toString('utf8'),
    err: run.stderr.toString('utf8'),
  };
}

describe('nv cite', () => {
  it('prints the same citations as the API, in each format', () => {
    for (const format of ['csl', 'ris', 'bibtex', 'apa', 'dstu'] as const) {
      const { code, out } = nv('cite', 'nato-2022-09-22', 'cnn-2022-09-23', '--format', format);
      expect(code).toBe(0);
      expect(out).toBe(cite(catalog, ['nato-2022-09-22', 'cnn-2022-09-23'], { format }));
    }
  });

  it('cites a filtered list, and names in Ukrainian with --locale uk', () => {
    const { code, out } = nv(
      'cite',
      '--event',
      'crimea-referendum-2014',
      '--format',
      'bibtex',
      '--locale',
      'uk',
    );
    expect(code).toBe(0);
    const keys = parseBibTeX(out).entries.map((e) => e.key);
    expect(keys).toEqual(
      catalog.query({ event: ['crimea-referendum-2014'] }, { sort: 'date' }).items.map((s) => s.id),
    );
    expect(out).toContain('author = {{Група семи (G7)}}');
  });

  it('refuses an unknown format, an unknown id, and ids mixed with filters, saying why', () => {
    const format = nv('cite', 'nato-2022-09-22', '--format', 'mla');
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format must be one of csl, ris, bibtex, apa, dstu; got "mla"');
    const id = nv('cite', 'nato-2022-09-2', '--format', 'ris');
    expect(id.code).toBe(1);
    expect(id.err).toContain('Unknown statement id "nato-2022-09-2"');
    const both = nv('cite', 'nato-2022-09-22', '--year', '2022', '--format', 'ris');
    expect(both.code).toBe(2);
    expect(both.err).toContain('give statement IDs or filters, not both');
  });
});

describe('nv export --bom', () => {
  it('starts the CSV with a UTF-8 byte order mark only when asked', () => {
    const withBom = nv('export', '--format', 'csv', '--bom', '--year', '2022');
    expect([...withBom.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.out.slice(1)).toBe(nv('export', '--format', 'csv', '--year', '2022').out);
    const votes = nv('export', '--format', 'csv', '--votes', '--bom');
    expect([...votes.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps Ukrainian text intact after the mark', () => {
    const { bytes } = nv('export', '--format', 'csv', '--bom', '--year', '2022');
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(text.startsWith('id,date,')).toBe(true);
    expect(text).toContain(catalog.get('nato-2022-09-22').title.uk);
  });

  it('refuses --bom without csv', () => {
    const run = nv('export', '--format', 'json', '--bom');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--bom needs --format csv');
  });
});
