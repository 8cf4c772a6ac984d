/**
 * Reads the hand-authored record files under `data/`, validates each against the schema and the
 * whole against the reference rules, and reports every problem with the file and field it is in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { CatalogInput, Collection } from '../src/schema.js';
import { checkEditorialRules, checkReferences, validateRecord } from '../src/validate.js';

/** Folder under `data/` of each collection. */
export const FOLDERS: Record<Collection, string> = {
  statements: 'statements',
  actors: 'actors',
  events: 'events',
  regions: 'regions',
  instruments: 'instruments',
  themes: 'themes',
  callsToAction: 'calls-to-action',
  correctionLogs: 'corrections',
};

/** The field each collection's files are named after. */
const KEY_FIELDS: Partial<Record<Collection, string>> = {
  regions: 'code',
  correctionLogs: 'statement',
};

export interface DataProblem {
  file: string;
  field?: string;
  message: string;
}

export type LoadResult =
  | { ok: true; catalog: CatalogInput; files: Record<Collection, string[]> }
  | { ok: false; problems: DataProblem[] };

export function formatProblem(p: DataProblem): string {
  return `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`;
}

export function loadData(dataDir: string, cwd = process.cwd()): LoadResult {
  const problems: DataProblem[] = [];
  const catalog = {} as Record<Collection, unknown[]>;
  const files = {} as Record<Collection, string[]>;

  for (const [collection, folder] of Object.entries(FOLDERS) as [Collection, string][]) {
    catalog[collection] = [];
    files[collection] = [];
    const dir = join(dataDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith('.yaml'))
        .sort();
    } catch {
      problems.push({ file: relative(cwd, dir), message: `missing folder for ${collection}` });
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(cwd, path);
      let raw: unknown;
      try {
        raw = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
      } catch (error) {
        const message =
          error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
        problems.push({ file, message: `not valid YAML: ${message}` });
        continue;
      }
      const result = validateRecord(collection, raw);
      if (!result.ok) {
        for (const p of result.problems) {
          problems.push({
            file,
            ...(p.path !== '(root)' ? { field: p.path } : {}),
            message: p.message,
          });
        }
        continue;
      }
      const key = KEY_FIELDS[collection] ?? 'id';
      const id = (result.value as unknown as Record<string, string>)[key];
      if (`${id}.yaml` !== name) {
        problems.push({
          file,
          field: key,
          message: `the file must be named after its ${key}: ${id}.yaml`,
        });
      }
      catalog[collection].push(result.value);
      files[collection].push(file);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const typed = catalog as unknown as CatalogInput;
  for (const p of [...checkReferences(typed), ...checkEditorialRules(typed)]) {
    const collection = p.collection as Collection;
    problems.push({
      file: files[collection][p.index!]!,
      ...(p.field ? { field: p.field } : {}),
      message: p.message,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: typed, files };
}
