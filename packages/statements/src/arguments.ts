/**
 * The one place where the public functions check the arguments a caller passes, so that a wrong
 * argument (from plain JavaScript, a URL, a CLI flag or a fuzzer) ends in an
 * `InvalidArgumentError` that names the argument and what it takes, never in a `TypeError` from
 * deep inside.
 */
import { InvalidArgumentError } from './errors.js';

/**
 * An id argument: a string. Its length is not limited here: the lookup is one map access, and the
 * "did you mean" hints of an unknown id are bounded by the length of the known ids (`suggest.ts`).
 */
export function checkId(argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, 'an id string', value);
}

/** A count such as a limit: a whole number of 0 or more, or left out. */
export function checkCount(argument: string, value: unknown): asserts value is number | undefined {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(argument, 'a whole number of 0 or more', value);
  }
}

/** A switch such as an option's flag: true or false, or left out. */
export function checkBoolean(
  argument: string,
  value: unknown,
): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new InvalidArgumentError(argument, 'true or false', value);
  }
}

/** An options or selection object: a plain object, or left out. */
export function checkObject(
  argument: string,
  value: unknown,
  example: string,
): asserts value is Record<string, unknown> | undefined {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(argument, `an object such as ${example}`, value);
  }
}

/** A list whose every item passes `item`, or left out. */
export function checkList(
  argument: string,
  value: unknown,
  what: string,
  item: (value: unknown) => boolean,
): asserts value is readonly unknown[] | undefined {
  if (value === undefined) return;
  if (!Array.isArray(value))
    throw new InvalidArgumentError(argument, `a list, each item ${what}`, value);
  value.forEach((entry, i) => {
    if (!item(entry)) throw new InvalidArgumentError(`${argument}[${i}]`, what, entry);
  });
}

/** A list of id strings, or left out. */
export function checkIdList(
  argument: string,
  value: unknown,
): asserts value is readonly string[] | undefined {
  checkList(argument, value, 'an id string', (entry) => typeof entry === 'string');
}

/** An argument that must be an instance of a class, such as the catalog of an exporter. */
export function checkInstance<T>(
  argument: string,
  value: unknown,
  type: abstract new (...args: never[]) => T,
  what: string,
): asserts value is T {
  if (!(value instanceof type)) throw new InvalidArgumentError(argument, what, value);
}
