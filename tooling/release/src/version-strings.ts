/**
 * Version strings in the docs: every `@null-and-void/<pkg>@X.Y.Z` (a CDN URL, an install
 * command) must be the version of that package in the workspace, so that no README or snippet
 * sends a reader to a version that is not the current one.
 */

export interface VersionMismatch {
  file: string;
  line: number;
  found: string;
  expected: string | undefined;
}

const PINNED = /@null-and-void\/([a-z0-9-]+)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/g;

/** Each pinned version in `text` that is not the package's version (`versions`: name → version). */
export function versionMismatches(
  file: string,
  text: string,
  versions: ReadonlyMap<string, string>,
): VersionMismatch[] {
  const mismatches: VersionMismatch[] = [];
  for (const match of text.matchAll(PINNED)) {
    const name = `@null-and-void/${match[1]}`;
    const expected = versions.get(name);
    if (match[2] === expected) continue;
    const line = text.slice(0, match.index).split('\n').length;
    mismatches.push({ file, line, found: match[0], expected });
  }
  return mismatches;
}

/** How many pinned versions `text` holds (to show that a check looked at something). */
export function countPinned(text: string): number {
  return [...text.matchAll(PINNED)].length;
}
