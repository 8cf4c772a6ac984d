/**
 * The Data Package describes every download as the server gives it: each resource exists with
 * its size, each CSV column is described in order and every value holds its type and
 * constraints (read with csv-parse, byte order mark and all), and each file has a licence.
 */
import { dataAsOf } from '@null-and-void/statements';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { TableField } from '../src/datapackage.js';
import { record } from '../src/record.js';
import { url } from './helpers.js';

interface Resource {
  name: string;
  path: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  licenses: { name: string }[];
  schema?: { fields: TableField[] };
}

const get = async (path: string) => {
  const response = await fetch(url(path));
  expect(response.status, path).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
};

const pkg = JSON.parse(new TextDecoder().decode(await get('/data/datapackage.json'))) as {
  dataAsOf: string;
  licenses: { name: string }[];
  resources: Resource[];
};

/** Whether a CSV cell holds its field's type and constraints; empty cells only when optional. */
function holds(field: TableField, value: string): boolean {
  if (value === '') return !field.constraints?.required;
  const { pattern, enum: allowed } = field.constraints ?? {};
  if (pattern && !new RegExp(`^(?:${pattern})$`).test(value)) return false;
  if (allowed && !allowed.includes(value)) return false;
  if (field.type === 'integer') return /^-?\d+$/.test(value);
  if (field.type === 'boolean') return value === 'true' || value === 'false';
  if (field.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
  return true;
}

describe('datapackage.json', () => {
  test('names the data licence, and the date of the data, not of the build', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(pkg.dataAsOf).toBe(dataAsOf(record));
  });

  test('lists every download on the data page, each with its size and a licence', async () => {
    const page = new TextDecoder().decode(await get('/data/'));
    const linked = [...page.matchAll(/href="\/data\/([^"]+)" download/g)].map((m) => m[1]);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      linked.filter((path) => path !== 'datapackage.json').sort(),
    );
    for (const resource of pkg.resources) {
      expect((await get(`/data/${resource.path}`)).byteLength, resource.path).toBe(resource.bytes);
      expect(resource.licenses.length, resource.path).toBe(1);
    }
  });

  test.each(['statements.csv', 'un-votes.csv', 'stance-matrix.csv'])(
    '%s: every column described, every value of its type',
    async (path) => {
      const resource = pkg.resources.find((r) => r.path === path)!;
      const bytes = await get(`/data/${path}`);
      expect(resource.encoding).toBe('utf-8-sig');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(Buffer.from(bytes), {
        bom: true,
        relax_column_count: false,
      }) as string[][];
      const [header, ...data] = rows;
      const fields = resource.schema!.fields;
      expect(header).toEqual(fields.map((f) => f.name));
      expect(data.length).toBeGreaterThan(0);
      for (const [n, row] of data.entries())
        for (const [i, field] of fields.entries())
          expect(holds(field, row[i]!), `${path} row ${n + 2} ${field.name}: "${row[i]}"`).toBe(
            true,
          );
    },
  );

  test('the CSV keeps Ukrainian text intact after the byte order mark', async () => {
    const rows = parse(Buffer.from(await get('/data/statements.csv')), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    for (const s of record.statements)
      expect(rows.find((r) => r.id === s.id)?.title_uk).toBe(s.title.uk);
  });

  test("the matrix CSV keeps the states' Ukrainian names intact after the byte order mark", async () => {
    const rows = parse(Buffer.from(await get('/data/stance-matrix.csv')), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    for (const row of record.matrix().rows)
      expect(rows.find((r) => r.state === row.country.code)?.state_name_uk).toBe(
        row.country.name.uk,
      );
    expect(rows.find((r) => r.state === 'UA')?.state_name_uk).toBe('Україна');
  });

  test('the type check can fail: a quote count of "two" or a date written 22.09.2022 does not hold', () => {
    const statements = pkg.resources.find((r) => r.path === 'statements.csv')!.schema!.fields;
    const field = (name: string) => statements.find((f) => f.name === name)!;
    expect(holds(field('quote_count'), 'two')).toBe(false);
    expect(holds(field('date'), '22.09.2022')).toBe(false);
    expect(holds(field('source_read'), 'partly')).toBe(false);
    expect(holds(field('id'), '')).toBe(false);
  });
});
