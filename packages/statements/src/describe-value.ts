/**
 * How an error message shows a value it got: short, on one line, and never failing, whatever the
 * value is (a BigInt, a Symbol, an object without a prototype, a string of a megabyte).
 */

/** Characters of a string a message quotes before it cuts it. */
export const MESSAGE_TEXT_LIMIT = 80;

/** A string cut to `MESSAGE_TEXT_LIMIT` characters, saying how long it was when cut. */
export function clipText(text: string): string {
  if (text.length <= MESSAGE_TEXT_LIMIT) return text;
  return `${text.slice(0, MESSAGE_TEXT_LIMIT)}… (${text.length} characters)`;
}

/** A value as a message names it: `"text"`, `-1`, `1n`, `null`, `a list`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (undefined)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(clipText(value));
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'bigint':
      return `${clipText(String(value))}n`;
    default:
      return String(value);
  }
}
