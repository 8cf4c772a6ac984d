/**
 * What a reader sees on every built page, in both languages, is written for readers: no field
 * names, no internal words or file paths (code shown to developers in <code> and <pre> is left
 * out), and on /uk/ pages no editorial note left in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { siteDir } from './helpers.js';

/** Words that belong to the data files and the repository, not to a page. */
const INTERNAL: [name: string, pattern: RegExp][] = [
  [
    'a field name',
    /\b(?:alsoAt|originalTitle|dateBasis|datePrecision|dateNote|legalRefs|referencedEvents|translatedFrom|callsToAction|issuerKind)\b/,
  ],
  ['a field path', /\bsource\.(?:url|read|kind|publisher)\b/],
  ['a seed number', /\bseed \d{3}\b/i],
  ['the dossier', /\bdossier\b|досьє/i],
  ['a camelCase identifier', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  // Markdown files by their names (README.md, sources/…/x.md), not Moldova's .md domains.
  [
    'a source file',
    /\b[\w-]+\.(?:ts|tsx|yaml|yml|mjs)\b|\b[\w-]*[A-Z][\w-]*\.md\b|\/[\w.-]+\.md\b/,
  ],
  ['a data folder path', /(?:^|[\s(])(?:data|sources|packages)\/[\w-]/],
];

/** Words that look like identifiers but are what readers call them. */
const READERS_WORDS = new Set([
  'theSun', // the Malaysian newspaper's own name
  'kB', // kilobytes, beside the downloads
]);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text of the elements a reader sees, without code blocks meant for developers. */
function visibleText(html: string): string {
  return html
    .replace(/<head[\s>][\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style|template|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? whole),
    )
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function problemsOf(file: string, html: string): string[] {
  const text = visibleText(html);
  const problems = INTERNAL.flatMap(([name, pattern]) => {
    const matches = text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`));
    const match = [...matches].find((m) => !READERS_WORDS.has(m[0]));
    if (!match) return [];
    const at = match.index;
    return [`${file}: ${name}, “${text.slice(Math.max(0, at - 40), at + 50).trim()}”`];
  });
  if (file.startsWith('uk/')) {
    for (const list of html.matchAll(/<ul class="notes">([\s\S]*?)<\/ul>/g)) {
      for (const item of list[1]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)) {
        const note = visibleText(item[1]!);
        if (!/[а-яіїєґ]/i.test(note) || /lang="en"/.test(item[0]))
          problems.push(`${file}: an editorial note in English, “${note.slice(0, 80).trim()}”`);
      }
    }
  }
  return problems;
}

test('no page shows field names, internal words or file paths, and /uk/ notes are Ukrainian', () => {
  // The API reference is for developers: field names and source files are what it documents.
  const files = htmlFiles(siteDir).filter(
    (path) => !relative(siteDir, path).startsWith('docs/api/'),
  );
  const problems = files.flatMap((path) => {
    const file = relative(siteDir, path);
    return problemsOf(file, readFileSync(path, 'utf8'));
  });
  const uk = files.filter((path) => relative(siteDir, path).startsWith('uk/')).length;
  console.log(`reader text: ${files.length} HTML pages checked (${uk} under /uk/)`);
  expect(files.length).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('the check finds what it looks for', () => {
  const page = (body: string) =>
    `<html><head><title>alsoAt</title></head><body>${body}</body></html>`;
  expect(problemsOf('a.html', page('<p>kept under alsoAt</p>'))).toHaveLength(2);
  expect(problemsOf('a.html', page('<p>as relayed by the page in source.url</p>'))).toHaveLength(1);
  expect(problemsOf('a.html', page('<p>stated in seed 000</p>'))).toHaveLength(1);
  expect(problemsOf('a.html', page('<p>the research dossier</p>'))).toHaveLength(1);
  expect(problemsOf('a.html', page('<p>see data/statements/x.yaml</p>'))).toHaveLength(2);
  expect(
    problemsOf('a.html', page('<p>Field <code>alsoAt</code> in <pre>source.url</pre></p>')),
  ).toEqual([]);
  expect(problemsOf('a.html', page('<a href="https://x.org/data/y.md">link</a>'))).toEqual([]);
  expect(
    problemsOf('a.html', page('<p>see DATA-NOTES.md, not stiri.gov.md or theSun</p>')),
  ).toHaveLength(1);
  const note = (text: string) => page(`<ul class="notes"><li>${text}</li></ul>`);
  expect(problemsOf('uk/a.html', note('Only an excerpt was read.'))).toHaveLength(1);
  expect(problemsOf('uk/a.html', note('Прочитано лише уривок.'))).toEqual([]);
  expect(problemsOf('a.html', note('Only an excerpt was read.'))).toEqual([]);
});
