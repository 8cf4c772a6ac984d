/**
 * Which public exports of the packages have no `@example`: the exports of every module the API
 * reference documents (the entry points of each package's `typedoc.json`, so the `records/*`
 * one-statement modules are left out, as decision 0014 leaves them out of the reference).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO } from './examples.js';

const PACKAGES = ['packages/statements', 'packages/widgets'];

/** The source files the API reference documents, from each package's `typedoc.json`. */
export function documentedModules(): string[] {
  return PACKAGES.flatMap((dir) => {
    const config = JSON.parse(readFileSync(join(REPO, dir, 'typedoc.json'), 'utf8')) as {
      entryPoints: string[];
    };
    return config.entryPoints.map((entry) => join(REPO, dir, entry));
  });
}

/**
 * How many exports `modules` have, and `module#name` of each whose declaration's doc comment has
 * no `@example` tag. An export re-exported by several modules counts once, under the first;
 * `source` replaces a file's text (for showing that a removed example is caught).
 */
export function exportsWithoutExample(
  modules: readonly string[] = documentedModules(),
  source: (file: string) => string | undefined = () => undefined,
): { checked: number; missing: string[] } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => source(file) ?? readFile(file);
  const program = ts.createProgram([...modules], options, host);
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Symbol>();
  const missing: string[] = [];
  for (const file of modules) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!);
    if (!module) continue; // a module without exports (e.g. one that only defines an element)
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      if (!symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
        missing.push(`${file.slice(REPO.length + 1)}#${exported.name}`);
    }
  }
  return { checked: seen.size, missing };
}
