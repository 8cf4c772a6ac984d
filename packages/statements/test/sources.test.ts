/** Every source address says what it is: the schema requires a kind, and the helpers read it. */
import { describe, expect, it } from 'vitest';
import {
  catalog,
  onlyCopies,
  readInFull,
  SOURCE_KINDS,
  sourceAddresses,
  sourceKindCounts,
  toCSV,
} from '../src/index.js';
import { validateRecord } from '../src/validate.js';

const nato = catalog.get('nato-2022-09-22');
const withoutKind = (change: (source: Record<string, unknown>) => void) => {
  const record = structuredClone(nato) as unknown as { source: Record<string, unknown> };
  change(record.source);
  return validateRecord('statements', record);
};

describe('the source kind in the schema', () => {
  it('rejects a source url without a kind, naming the field and the kinds', () => {
    const result = withoutKind((source) => {
      delete source.kind;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('source.kind');
    expect(result.problems[0]!.message).toBe(
      `source kind is missing: say what source url is, one of: ${SOURCE_KINDS.join(', ')}`,
    );
  });

  it('rejects an alsoAt address without a kind, naming the entry', () => {
    const result = withoutKind((source) => {
      source.alsoAt = [{ url: 'https://example.org/copy' }];
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['source.alsoAt[0].kind', 'required field "kind" is missing'],
    ]);
  });

  it('rejects a kind that is not one of the vocabulary', () => {
    const result = withoutKind((source) => {
      source.kind = 'blog';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toBe(
      `source kind must say what the address is, one of: ${SOURCE_KINDS.join(', ')}`,
    );
  });

  it('rejects an alsoAt entry that is still a bare address (the old shape)', () => {
    const result = withoutKind((source) => {
      source.alsoAt = ['https://example.org/copy'];
    });
    expect(result.ok).toBe(false);
  });
});

describe('the kinds in the data', () => {
  it('gives every address of every record a kind', () => {
    for (const s of catalog.statements) {
      for (const address of sourceAddresses(s.source)) {
        expect(SOURCE_KINDS, `${s.id} ${address.url}`).toContain(address.kind);
      }
    }
  });

  it('counts each address once, by kind', () => {
    const counts = sourceKindCounts(catalog.statements);
    const cited = SOURCE_KINDS.reduce((sum, kind) => sum + counts[kind].cited, 0);
    const alsoAt = SOURCE_KINDS.reduce((sum, kind) => sum + counts[kind].alsoAt, 0);
    expect(cited).toBe(catalog.statements.length);
    expect(alsoAt).toBe(catalog.statements.reduce((n, s) => n + (s.source.alsoAt?.length ?? 0), 0));
  });

  it('exports each address with its kind in the CSV', () => {
    const [header, ...rows] = toCSV(catalog, [nato]).trimEnd().split('\r\n');
    const columns = header!.split(',');
    const row = rows[0]!;
    expect(columns).toContain('source_kind');
    expect(columns).toContain('source_also_at_kinds');
    expect(row).toContain(`,${nato.source.url},${nato.source.kind},`);
    expect(row).toContain((nato.source.alsoAt ?? []).map((a) => a.kind).join('; '));
  });
});

describe('reading helpers', () => {
  const base = { publisher: 'nato', read: 'excerpt' as const };
  it('says the record rests on the full text when a copy was read in full', () => {
    expect(readInFull(base)).toBe(false);
    expect(
      readInFull({
        ...base,
        url: 'https://example.org/official',
        kind: 'official',
        alsoAt: [{ url: 'https://example.org/copy', kind: 'copy', read: 'full' }],
      }),
    ).toBe(true);
  });

  it('tells a record whose only addresses are copies', () => {
    const copy = { ...base, url: 'https://example.org/copy', kind: 'copy' as const };
    expect(onlyCopies(copy)).toBe(true);
    expect(
      onlyCopies({ ...copy, alsoAt: [{ url: 'https://example.org/p', kind: 'press' as const }] }),
    ).toBe(false);
  });
});
