import { describe, expectTypeOf, it } from 'vitest';
import {
  type Catalog,
  catalog,
  createCatalog,
  get,
  query,
  type Statement,
  type StatementId,
  search,
} from '../src/index.js';

describe('ids are literal unions', () => {
  it('get accepts a known id and rejects a typo at compile time', () => {
    expectTypeOf(get('nato-2022-09-22')).toMatchTypeOf<Statement>();
    expectTypeOf(get('nato-2022-09-22').id).toEqualTypeOf<StatementId>();
    // @ts-expect-error: not an id of the bundled data
    get('nato-typo');
  });

  it("filters take the catalog's own ids and vocabularies", () => {
    query({
      event: 'annexation-referendums-2022',
      region: ['UA-43', 'UA-40'],
      issuerKind: 'state',
    });
    // @ts-expect-error: no such event
    query({ event: 'annexation-referendum-2022' });
    // @ts-expect-error: no such actor kind
    query({ issuerKind: 'goverment' });
    // @ts-expect-error: no such filter key
    query({ evnt: 'annexation-referendums-2022' });
    // @ts-expect-error: no such sort
    query({}, { sort: 'newest' });
  });

  it('search results carry the typed statement', () => {
    expectTypeOf(search('Kherson').items[0]!.statement.id).toEqualTypeOf<StatementId>();
  });

  it('facets come back for the keys asked, and only when asked', () => {
    const found = search('Kherson', {}, { limit: 5, facets: ['theme', 'region'] });
    expectTypeOf(found.facets.theme[0]!.count).toEqualTypeOf<number>();
    // @ts-expect-error: not asked for
    found.facets.event;
    // @ts-expect-error: no facets asked, none returned
    search('Kherson', {}, { limit: 5 }).facets;
    expectTypeOf(query({}, { facets: ['year'] }).facets.year).toMatchTypeOf<readonly unknown[]>();
    // @ts-expect-error: no such facet key
    search('Kherson', {}, { facets: ['themes'] });
  });

  it('a user catalog takes any string id', () => {
    const user = createCatalog({});
    expectTypeOf(user).toEqualTypeOf<Catalog>();
    expectTypeOf(user.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(catalog.get).parameter(0).toEqualTypeOf<StatementId>();
  });
});
