// citation-js ships no type declarations; these cover the calls `cite.ts` makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibtex' | 'biblatex', options?: { format?: 'text' }): string;
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    /** With @citation-js/plugin-csl (the tests' CSL reader). */
    format(
      format: 'bibliography',
      options: { template: string; format: 'text'; lang: string },
    ): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
