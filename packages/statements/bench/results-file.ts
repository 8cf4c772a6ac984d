/**
 * bench/results.md holds two benchmarks' results: `run.ts` writes the file, and `text-run.ts`
 * its own section between two markers, which `run.ts` keeps when it writes the rest.
 */
const START = '<!-- text corpus: written by bench/text-run.ts -->';
const END = '<!-- end of the text corpus section -->';

/** The results file with the text corpus section put in, or replaced. */
export function withTextSection(file: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const start = file.indexOf(START);
  const end = file.indexOf(END);
  if (start >= 0 && end > start) return file.slice(0, start) + block + file.slice(end + END.length);
  return `${file.trimEnd()}\n\n${block}\n`;
}

/** The text corpus section of a results file, markers included, or '' if it has none. */
export function textSection(file: string): string {
  const start = file.indexOf(START);
  const end = file.indexOf(END);
  return start >= 0 && end > start ? file.slice(start, end + END.length) : '';
}
