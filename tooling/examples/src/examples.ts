/**
 * The code examples of the docs, as files the compiler can check: each fenced `ts`/`js` block of
 * an `@example` in the packages' doc comments, and of the READMEs. Checked against the built
 * packages (`dist/`, as a user installs them), with a user's strict settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO = join(import.meta.dirname, '..', '..', '..');

/** One example: where it is written, and its code. */
export interface Example {
  /** `path:line` of its first line of code, for messages. */
  where: string;
  code: string;
  /** From a README (run and compared where it shows values) or a doc comment. */
  from: 'readme' | 'doc-comment';
}

const READMES = ['README.md', 'packages/statements/README.md', 'packages/widgets/README.md'];
// With the framework types the widgets' build generates (scripts/build-integrations.ts writes
// their comments), which the API reference documents as well.
const SOURCES = ['packages/statements/src', 'packages/widgets/src', 'packages/widgets/dist/types'];
const FENCE = /^```(ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The fenced blocks of a Markdown text, with the line each one's code starts on. */
export function fencedBlocks(markdown: string): { line: number; code: string }[] {
  return [...markdown.matchAll(FENCE)].map((m) => ({
    line: lineOf(markdown, m.index) + 1,
    code: m[2]!,
  }));
}

/** The `@example` blocks of a source file's doc comments, without the comments' ` * `. */
export function docCommentExamples(source: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  for (const comment of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const text = comment[0].replace(/^\s*\/?\*+\/? ?/gm, '');
    const example = text.indexOf('@example');
    if (example < 0) continue;
    const start = lineOf(source, comment.index) + lineOf(text, example) - 1;
    for (const block of fencedBlocks(text.slice(example)))
      out.push({ line: start + block.line - 1, code: block.code });
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.includes('.test') &&
        // Of the generated files only the id lists and the light index carry examples: the data
        // and the one-statement records have none and are large.
        (!file.includes('generated') || /generated\/(ids|light-index)\.ts$/.test(file)),
    )
    .map((file) => join(dir, file))
    .sort();
}

/** Every example of the READMEs and the doc comments. */
export function allExamples(): Example[] {
  const fromReadmes = READMES.flatMap((path) =>
    fencedBlocks(readFileSync(join(REPO, path), 'utf8')).map(({ line, code }) => ({
      where: `${path}:${line}`,
      code,
      from: 'readme' as const,
    })),
  );
  const fromComments = SOURCES.flatMap(sourceFiles).flatMap((path) =>
    docCommentExamples(readFileSync(join(REPO, path), 'utf8')).map(({ line, code }) => ({
      where: `${path}:${line}`,
      code,
      from: 'doc-comment' as const,
    })),
  );
  return [...fromReadmes, ...fromComments];
}

/** What a user's project would set: strict, DOM types for the widgets, bundler resolution. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Type-checks examples, each as a module of its own in `dir` (a folder inside this package, so
 * that the packages resolve as a user's install does); returns each error with the example's
 * place.
 */
export function typeErrors(examples: readonly Example[], dir: string): string[] {
  const files = new Map(
    examples.map((example, i) => [join(dir, `example-${i}.ts`), example] as const),
  );
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const example = files.get(file);
    return example ? `${example.code}\nexport {};\n` : readFile(file);
  };
  host.fileExists = (file) => files.has(file) || ts.sys.fileExists(file);
  const program = ts.createProgram([...files.keys()], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const example = d.file && files.get(d.file.fileName);
    if (!example || d.start === undefined) return message;
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start);
    const [path, first] = example.where.split(':');
    return `${path}:${Number(first) + line}: ${message}`;
  });
}

export const relativeToRepo = (path: string) => relative(REPO, path);

/** A line such as `nato.source.reference; // "PR (2022) 125"`: an expression and the value shown. */
const SHOWN =
  /^(?!const |let |var |import |export )(\S[^;]*);\s*\/\/\s*("[^"]*"|'[^']*'|true|false|-?\d+(?:\.\d+)?)(?=$|[\s,:;.])/;

/**
 * The example with each line that shows its value (see `SHOWN`) turned into a call of
 * `globalThis.__shown(value, shownValue, line)`, and how many such lines it has.
 */
export function withShownValuesChecked(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const match = SHOWN.exec(line);
    if (!match) return line;
    checks += 1;
    return `globalThis.__shown(${match[1]}, ${match[2]}, ${JSON.stringify(line)});`;
  });
  return { code: lines.join('\n'), checks };
}

/** An example runs in Node when it imports only the data package, the widgets' Lit-free entries (`format.js`, `attributes.js`, `kind-labels.js`) and valibot (the schemas' library). */
export const runsInNode = (example: Example) => {
  const imports = [...example.code.matchAll(/from '([^']+)'|import '([^']+)'/g)].map(
    (m) => m[1] ?? m[2],
  );
  return (
    imports.length > 0 &&
    imports.every((i) =>
      /^(@null-and-void\/(statements(\/\w+)?|widgets\/(format|attributes|kind-labels)\.js)|valibot)$/.test(
        i!,
      ),
    )
  );
};
