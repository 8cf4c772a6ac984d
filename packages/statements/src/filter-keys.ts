/**
 * The one table of the query API's set filters: each filter key with the command-line flag and
 * the widget attribute that set it, in the order the CLI's help lists them. `SET_KEYS`, the CLI's
 * flags and help, the widgets' filter attributes and the demo site's filter form derive from it
 * or are checked against it.
 *
 * A flag is the key in kebab case. Two attributes differ from the flag because every widget
 * already has an attribute of that name: `theme` is the colour theme, `lang` the widget's own
 * language (docs/decisions/0010-one-table-of-filter-keys.md).
 * @example
 * ```ts
 * import { FILTER_TABLE } from '@null-and-void/statements';
 * FILTER_TABLE.theme.attribute; // "topic"
 * ```
 */
export const FILTER_TABLE = {
  event: { flag: 'event', attribute: 'event' },
  region: { flag: 'region', attribute: 'region' },
  issuer: { flag: 'issuer', attribute: 'issuer' },
  issuerKind: { flag: 'issuer-kind', attribute: 'issuer-kind' },
  signatory: { flag: 'signatory', attribute: 'signatory' },
  theme: { flag: 'theme', attribute: 'topic' },
  callToAction: { flag: 'call-to-action', attribute: 'call-to-action' },
  legalRef: { flag: 'legal-ref', attribute: 'legal-ref' },
  kind: { flag: 'kind', attribute: 'kind' },
  speaker: { flag: 'speaker', attribute: 'speaker' },
  country: { flag: 'country', attribute: 'country' },
  lang: { flag: 'lang', attribute: 'text-lang' },
  read: { flag: 'read', attribute: 'read' },
  year: { flag: 'year', attribute: 'year' },
} as const;

/**
 * Filter keys that take a set of values.
 * @example
 * ```ts
 * import { type SetKey, facets } from '@null-and-void/statements';
 * const key: SetKey = 'region';
 * console.log(facets({}, [key]).region);
 * ```
 */
export type SetKey = keyof typeof FILTER_TABLE;
/**
 * The filter keys whose value is a set of ids (any of them matches).
 * @example
 * ```ts
 * import { SET_KEYS } from '@null-and-void/statements';
 * SET_KEYS.includes('from' as never); // false
 * ```
 */
export const SET_KEYS = Object.keys(FILTER_TABLE) as readonly SetKey[];
/**
 * Every key of a statement filter, in the order of the filter table.
 * @example
 * ```ts
 * import { FILTER_KEYS } from '@null-and-void/statements';
 * const params = new URLSearchParams('region=UA-65&from=2022&page=2');
 * console.log([...params.keys()].filter((k) => (FILTER_KEYS as readonly string[]).includes(k)));
 * ```
 */
export const FILTER_KEYS = [...SET_KEYS, 'from', 'to'] as const;
/**
 * A key of a statement filter, e.g. `event` or `issuerKind`.
 * @example
 * ```ts
 * import type { DefaultFilter, FilterKey } from '@null-and-void/statements';
 * const filter: DefaultFilter = { region: 'UA-65', from: '2022' };
 * const keys = Object.keys(filter) as FilterKey[];
 * console.log(keys);
 * ```
 */
export type FilterKey = SetKey | 'from' | 'to';

/**
 * The widget attribute that sets each filter key, e.g. `topic` for `theme`.
 * @example
 * ```ts
 * import type { FilterAttributes } from '@null-and-void/statements';
 * const key: FilterAttributes['topic'] = 'theme';
 * console.log(key);
 * ```
 */
export type FilterAttributes = {
  readonly [K in SetKey as (typeof FILTER_TABLE)[K]['attribute']]: K;
};

/**
 * A filter's label in a string table: `filter` and the key, e.g. `filterIssuerKind`.
 * @example
 * ```ts
 * import { type FilterLabelKey, filterLabelKey } from '@null-and-void/statements';
 * const label: FilterLabelKey<'issuerKind'> = filterLabelKey('issuerKind');
 * label; // "filterIssuerKind"
 * ```
 */
export type FilterLabelKey<K extends string = SetKey> = `filter${Capitalize<K>}`;

/**
 * The string-table key of a filter's label, e.g. `filterIssuerKind` for `issuerKind`.
 * @example
 * ```ts
 * import { filterLabelKey } from '@null-and-void/statements';
 * filterLabelKey('callToAction'); // "filterCallToAction"
 * ```
 */
export const filterLabelKey = <K extends string>(key: K): FilterLabelKey<K> =>
  `filter${key[0]!.toUpperCase()}${key.slice(1)}` as FilterLabelKey<K>;
