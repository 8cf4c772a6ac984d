import type { LocalizedText, Statement } from './schema.js';

/** What the light index keeps of a statement: enough for a list, a link or a picker. */
export interface LightStatement {
  readonly id: string;
  readonly kind: Statement['kind'];
  readonly title: LocalizedText;
  readonly date: string;
  readonly datePrecision: Statement['datePrecision'];
  readonly issuers: readonly string[];
  readonly events: readonly string[];
}
