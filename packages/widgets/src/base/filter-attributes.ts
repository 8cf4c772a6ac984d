import type { FilterAttributes, SetKey, StatementFilter } from '@null-and-void/statements/engine';

/**
 * The set filters a list or a search takes as attributes: each attribute and the query API's
 * filter key it sets, as the data package's `FILTER_TABLE` names them (the type checks that each
 * key of that table is here, under its attribute, and nothing else), with the documentation of
 * each. The elements' properties, the `dataKey`, the error that names a bad attribute and
 * `custom-elements.json` derive from it.
 * @example
 * ```ts
 * import { FILTER_ATTRIBUTES } from '@null-and-void/widgets/attributes.js';
 * console.log(Object.keys(FILTER_ATTRIBUTES).map((name) => `${name}="…"`).join(' '));
 * ```
 */
export const FILTER_ATTRIBUTES = {
  /** Vote event id(s), e.g. `annexation-referendums-2022`. */
  event: 'event',
  /** ISO 3166-2 region code(s), e.g. `UA-65,UA-23`. */
  region: 'region',
  /** Kind(s) of issuer: `state`, `intergovernmental`, `civil-society`, `media`, `person`, `government-body`, `occupation-authority`. */
  'issuer-kind': 'issuerKind',
  /** Theme id(s), e.g. `coercion-at-gunpoint` (the query API's `theme`; `theme` is the colour theme). */
  topic: 'theme',
  /** Actor id(s) that issued the statement, e.g. `nato`. */
  issuer: 'issuer',
  /** Actor id(s) that signed it, e.g. `ukraine` for a joint statement Ukraine signed. */
  signatory: 'signatory',
  /** Actor id(s) quoted in it. */
  speaker: 'speaker',
  /** Kind(s) of statement: `press-release`, `joint-statement`, `appeal`, `platform-statement`, `news-report`, `speech`, `resolution`, `declaration`. */
  kind: 'kind',
  /** Call-to-action id(s), e.g. `non-recognition,sanctions`. */
  'call-to-action': 'callToAction',
  /** Legal instrument id(s) it cites, e.g. `unga-es-11-4`. */
  'legal-ref': 'legalRef',
  /** ISO 3166-1 alpha-2 country code(s) of an issuer, e.g. `DE`. */
  country: 'country',
  /** Year(s) of the statement, e.g. `2022,2024`. */
  year: 'year',
  /** `full` or `excerpt`: whether the record rests on the whole source or an excerpt of it. */
  read: 'read',
  /** Language code(s) of the original text, e.g. `de` (the query API's `lang`; `lang` is the widget's language). */
  'text-lang': 'lang',
} as const satisfies FilterAttributes;

/**
 * The name of a filter attribute of the list and the search, e.g. `event`.
 * @example
 * ```ts
 * import { attributesFilter, type FilterAttribute } from '@null-and-void/widgets/attributes.js';
 * const attributes: Partial<Record<FilterAttribute, string>> = { topic: 'deportation' };
 * console.log(attributesFilter((name) => attributes[name] ?? ''));
 * ```
 */
export type FilterAttribute = keyof typeof FILTER_ATTRIBUTES;

/** `issuer-kind` → `issuerKind`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** The element property of each filter attribute, e.g. `callToAction` for `call-to-action`. */
export type FilterProperties = { [A in FilterAttribute as Camel<A>]: string };

/** The element property of a filter attribute: `call-to-action` → `callToAction`. */
export const propertyOf = (attribute: FilterAttribute): keyof FilterProperties =>
  attribute.replace(/-(\w)/g, (_, letter: string) =>
    letter.toUpperCase(),
  ) as keyof FilterProperties;

/** Every filter attribute with its filter key. */
export const filterAttributes = Object.entries(FILTER_ATTRIBUTES) as [FilterAttribute, SetKey][];

/**
 * The longest value an id or code attribute can hold (the record's longest id has 42 letters):
 * a longer one is refused as it is, before any lookup spends time on it.
 */
const MAX_ID_LENGTH = 200;

/** The problem of an id attribute's values that are too long to be ids, if one is. */
export function tooLong(attribute: string, value: string): string | undefined {
  const long = listValues(value).find((v) => v.length > MAX_ID_LENGTH);
  return long && `Attribute "${attribute}": a value of ${long.length} characters is no id or code.`;
}

/** An attribute's comma-separated values. */
export const listValues = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The filter that the attribute values set, each `value(attribute)` a comma-separated list.
 * @example
 * ```ts
 * import { attributesFilter } from '@null-and-void/widgets/attributes.js';
 * const attributes: Record<string, string> = { region: 'UA-65, UA-23', topic: 'deportation' };
 * console.log(attributesFilter((name) => attributes[name] ?? ''));
 * ```
 */
export function attributesFilter(value: (attribute: FilterAttribute) => string): StatementFilter {
  const filter: Record<string, string | string[]> = {};
  for (const [attribute, key] of filterAttributes) {
    const values = listValues(value(attribute));
    if (values.length) filter[key] = values.length > 1 ? values : values[0]!;
  }
  return filter;
}

/** The attribute that sets a filter key (`lang` → `text-lang`); `from` and `to` are their own. */
export function attributeOf(key: string): string {
  return filterAttributes.find(([, k]) => k === key)?.[0] ?? key;
}
