import { clipText, describeValue } from './describe-value.js';

/**
 * Stable codes of every error the package throws.
 * @example
 * ```ts
 * import { type ErrorCode, find, NullAndVoidError, query } from '@null-and-void/statements';
 * let code: ErrorCode | undefined;
 * try {
 *   query({ from: '2022-02-30' });
 * } catch (error) {
 *   if (error instanceof NullAndVoidError) code = error.code;
 * }
 * code; // "INVALID_DATE"
 * console.log(find('nato-2022-09-22')?.id);
 * ```
 */
export type ErrorCode =
  | 'UNKNOWN_ID'
  | 'INVALID_FILTER'
  | 'INVALID_DATE'
  | 'INVALID_CATALOG'
  | 'INVALID_ARGUMENT';

/**
 * Base class of every error the package throws; `code` is stable across versions.
 * @example
 * ```ts
 * import { NullAndVoidError, search } from '@null-and-void/statements';
 * try {
 *   search('x'.repeat(10_000));
 * } catch (error) {
 *   if (!(error instanceof NullAndVoidError)) throw error;
 *   console.log(error.code, error.message);
 * }
 * ```
 */
export class NullAndVoidError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * An id that no record of the catalog has.
 * @example
 * ```ts
 * import { catalog, UnknownIdError } from '@null-and-void/statements';
 * try {
 *   catalog.event('crimea-referendum-2015' as 'crimea-referendum-2014');
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.kind, error.id, error.message);
 * }
 * ```
 */
export class UnknownIdError extends NullAndVoidError {
  readonly id: string;
  readonly kind: string;
  readonly suggestions: readonly string[];
  /** `note` follows the message, e.g. to say which function takes the kind of id given. */
  constructor(kind: string, id: string, suggestions: readonly string[], note = '') {
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`
        : '';
    super(
      'UNKNOWN_ID',
      `Unknown ${kind} id ${JSON.stringify(clipText(id))}.${hint}${note ? ` ${note}` : ''}`,
    );
    this.id = id;
    this.kind = kind;
    this.suggestions = suggestions;
  }
}

/**
 * A filter key, value or option that is not accepted.
 * @example
 * ```ts
 * import { InvalidFilterError, query } from '@null-and-void/statements';
 * let key = '';
 * try {
 *   query(JSON.parse('{"region": "UA-99"}'));
 * } catch (error) {
 *   if (error instanceof InvalidFilterError) key = error.key;
 * }
 * key; // "region"
 * ```
 */
export class InvalidFilterError extends NullAndVoidError {
  readonly key: string;
  constructor(key: string, message: string) {
    super('INVALID_FILTER', message);
    this.key = key;
  }
}

/**
 * A date that is not a real calendar date in YYYY, YYYY-MM or YYYY-MM-DD form.
 * @example
 * ```ts
 * import { InvalidDateError, query } from '@null-and-void/statements';
 * try {
 *   query({ to: '2022-13' });
 * } catch (error) {
 *   if (error instanceof InvalidDateError) console.log(error.key, error.value);
 * }
 * ```
 */
export class InvalidDateError extends NullAndVoidError {
  readonly key: string;
  readonly value: unknown;
  constructor(key: string, value: unknown) {
    super(
      'INVALID_DATE',
      `Invalid date for "${key}": ${describeValue(value)}. Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD.`,
    );
    this.key = key;
    this.value = value;
  }
}

/**
 * An argument of the wrong kind: an id that is not a string, a limit below 0, a selection that is
 * not an object. `argument` names it as the function's signature does, e.g. `related(id, limit)`.
 * @example
 * ```ts
 * import { find, InvalidArgumentError } from '@null-and-void/statements';
 * try {
 *   find(JSON.parse('42'));
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.log(error.argument, error.value);
 * }
 * ```
 */
export class InvalidArgumentError extends NullAndVoidError {
  readonly argument: string;
  readonly value: unknown;
  constructor(argument: string, expected: string, value: unknown) {
    super('INVALID_ARGUMENT', `${argument} must be ${expected}; got ${describeValue(value)}.`);
    this.argument = argument;
    this.value = value;
  }
}

/**
 * One thing wrong with a catalog: where (`path`) and what.
 * @example
 * ```ts
 * import { type CatalogProblem, validateCatalog } from '@null-and-void/statements';
 * const result = validateCatalog({ statements: [{ id: 'x' }] });
 * const problems: readonly CatalogProblem[] = result.ok ? [] : result.problems;
 * for (const { path, message } of problems.slice(0, 3)) console.log(path, message);
 * ```
 */
export interface CatalogProblem {
  /** e.g. `statements[3].issuers[0]` */
  readonly path: string;
  readonly collection?: string;
  readonly index?: number;
  /** The field inside the record, e.g. `issuers[0]`. */
  readonly field?: string;
  readonly message: string;
}

/**
 * A catalog that fails the schema or whose references do not resolve; lists every problem.
 * @example
 * ```ts
 * import { createCatalog, InvalidCatalogError } from '@null-and-void/statements';
 * try {
 *   createCatalog({ statements: [{ id: 'x' }] });
 * } catch (error) {
 *   if (!(error instanceof InvalidCatalogError)) throw error;
 *   for (const { path, message } of error.problems.slice(0, 3)) console.log(path, message);
 * }
 * ```
 */
export class InvalidCatalogError extends NullAndVoidError {
  readonly problems: readonly CatalogProblem[];
  constructor(problems: readonly CatalogProblem[]) {
    const lines = problems.slice(0, 20).map((p) => `  - ${p.path}: ${p.message}`);
    if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more`);
    super(
      'INVALID_CATALOG',
      `Invalid catalog: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`,
    );
    this.problems = problems;
  }
}
