import { cite } from '@null-and-void/statements/cite';
import { describe, expect, it } from 'vitest';
import type { CitationsById } from '../citations.js';
import { record as catalog } from '../record.js';
import { joinCitations } from './cite-list.js';

const ids = ['cnn-2022-09-23', 'nato-2022-09-22', 'obama-2014-03-06'];
const byId: CitationsById = Object.fromEntries(
  ids.map((id) => [
    id,
    {
      ris: cite(catalog, id, { format: 'ris' }),
      bibtex: cite(catalog, id, { format: 'bibtex' }),
      csl: cite(catalog, id, { format: 'csl' }),
    },
  ]),
);

describe('joinCitations', () => {
  it.each(['ris', 'bibtex', 'csl'] as const)('joins %s as cite writes the same list', (format) => {
    expect(joinCitations(byId, ids, format)).toBe(cite(catalog, ids, { format }));
  });
});
