/** Who speaks for an actor (its offices, bodies and office holders), and counts by issuer kind. */
import { describe, expect, it } from 'vitest';
import { catalog, firstIssuerKindCounts, toCatalogJSON } from '../src/index.js';
import { validateCatalog } from '../src/validate.js';

const document = () => structuredClone(toCatalogJSON(catalog));

describe('office holders', () => {
  it("gathers the NATO Secretary General's statements, and the office holders', under NATO", () => {
    expect(catalog.officesOf('nato')).toEqual(
      expect.arrayContaining([
        'nato-secretary-general',
        'jens-stoltenberg',
        'anders-fogh-rasmussen',
        'dylan-white',
      ]),
    );
    const direct = catalog.statementsBy('nato').map((s) => s.id);
    const gathered = catalog.statementsBy('nato', { includeOffices: true }).map((s) => s.id);
    const bySecretaryGeneral = catalog.statementsBy('nato-secretary-general').map((s) => s.id);
    expect(bySecretaryGeneral.length).toBeGreaterThan(0);
    expect(direct).not.toEqual(expect.arrayContaining(bySecretaryGeneral));
    expect(gathered).toEqual(expect.arrayContaining([...direct, ...bySecretaryGeneral]));
  });

  it('leaves out members who do not hold office: an MEP is not the European Parliament', () => {
    const parliament = catalog.officesOf('european-parliament');
    expect(parliament).toContain('roberta-metsola');
    expect(parliament).not.toContain('michael-gahler');
    // A state's page gathers its ministry and minister, not another state's.
    const germany = catalog.officesOf('germany');
    expect(germany).toEqual(expect.arrayContaining(['germany-mfa', 'annalena-baerbock']));
    expect(germany).not.toContain('france-mfa');
  });

  it('refuses an office for an actor that is not a person, and an unknown office', () => {
    const input = document();
    const nato = input.actors.findIndex((a) => a.id === 'nato-secretary-general');
    (input.actors[nato] as { officeOf?: string }).officeOf = 'nato';
    const stoltenberg = input.actors.findIndex((a) => a.id === 'jens-stoltenberg');
    (input.actors[stoltenberg] as { officeOf?: string }).officeOf = 'nato-secretary-genral';
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    expect(messages).toContain(`actors[${nato}].officeOf: officeOf is for people`);
    expect(messages).toContain(`actors[${stoltenberg}].officeOf`);
  });
});

describe('firstIssuerKindCounts', () => {
  it('counts each statement once, under its first issuer, adding up to the total', () => {
    const statements = catalog.statementsAbout('annexation-referendums-2022');
    const counts = firstIssuerKindCounts(catalog, statements);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(statements.length);
    expect(counts[0]?.value).toBe('state');
    // The facets count a statement under every kind of issuer it has: people come out on top.
    const facets = catalog.facets({ event: 'annexation-referendums-2022' }, ['issuerKind']);
    expect(facets.issuerKind[0]?.value).toBe('person');
    expect(counts.map((c) => c.value)).not.toContain('person');
  });
});
