import type { LocalizedText, Statement } from './schema.js';

/**
 * What the light index keeps of a statement: enough for a list, a link or a picker.
 * @example
 * ```ts
 * import { type LightStatement, lightIndex } from '@null-and-void/statements/light';
 * const nato: LightStatement | undefined = lightIndex.find((s) => s.id === 'nato-2022-09-22');
 * console.log(nato?.date, nato?.title.en);
 * ```
 */
export interface LightStatement {
  readonly id: string;
  readonly kind: Statement['kind'];
  readonly title: LocalizedText;
  readonly date: string;
  readonly datePrecision: Statement['datePrecision'];
  readonly issuers: readonly string[];
  readonly events: readonly string[];
}
