/**
 * The value `table` holds under `key` itself, never one it inherits: a key read from an
 * attribute, a key press or a catalog may be `constructor` or `__proto__`.
 */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
