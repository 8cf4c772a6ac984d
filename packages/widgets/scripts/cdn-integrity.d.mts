/** Types of `cdn-integrity.mjs` (plain JavaScript so that `prepublishOnly` needs no tooling). */
export interface IntegrityRecord {
  version: string;
  /** `sha384-…` by entry script name in `dist/cdn/`. */
  files: Record<string, string>;
}
export interface ReadmeSnippet {
  tag: string;
  src: string;
  version: string;
  file: string;
  integrity: string | undefined;
}
export const RECORD: string;
export function builtIntegrity(dir?: string): Record<string, string>;
export function recordedIntegrity(dir?: string): IntegrityRecord;
export function readmeSnippets(text: string): ReadmeSnippet[];
export function pinSnippets(text: string, record: IntegrityRecord): string;
export function integrityProblems(dir?: string): string[];
