#!/usr/bin/env node
/**
 * `nv`: the record from a terminal. Exit codes: 0 success; 1 invalid data (`validate`) or an
 * unknown id (`show`); 2 bad flags or arguments, or an input file that cannot be read; 3 an
 * output file (`--out`) that cannot be written. The reason is one line on stderr. Everything
 * printed from a catalog goes through `terminalText`: a catalog may come from anyone.
 */
import { closeSync, fstatSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CITATION_FORMATS, type CitationFormat, cite } from './cite.js';
import { describeCountry, describeVotes } from './country-cli.js';
import { countryRecord } from './country-record.js';
import { toCatalogJSON, toCSV, toNDJSON, toVotesCSV } from './export.js';
import { FILTER_TABLE, SET_KEYS, type SetKey } from './filter-keys.js';
import {
  catalog as bundled,
  type Catalog,
  createCatalog,
  FACET_KEYS,
  NullAndVoidError,
  type SORTS,
  type Statement,
  UnknownIdError,
  validateCatalog,
} from './index.js';
import { onlyCopies, readInFull } from './sources.js';
import { terminalText } from './terminal-text.js';
import { ACTOR_KINDS, STATEMENT_KINDS } from './vocabulary.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

class UsageError extends Error {}
/** An output file that cannot be written: exit code 3. */
class OutputError extends Error {}

/** The largest catalog file read, in bytes: far above any real catalog, below what a string holds. */
const MAX_CATALOG_BYTES = 256 * 1024 * 1024;

const FILTER_FLAGS: Readonly<Record<string, SetKey>> = Object.fromEntries(
  SET_KEYS.map((key) => [FILTER_TABLE[key].flag, key]),
);

const filterOptions: Options = {
  ...Object.fromEntries(
    Object.keys(FILTER_FLAGS).map((flag) => [flag, { type: 'string', multiple: true }]),
  ),
  from: { type: 'string' },
  to: { type: 'string' },
  catalog: { type: 'string' },
};
const pagingOptions: Options = {
  sort: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
};
const common: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

/** Each filter flag's value and meaning in the help; the kinds are the vocabulary's own. */
const FILTER_FLAG_HELP: Record<SetKey, readonly [value: string, meaning: string]> = {
  event: ['ID', 'vote event, e.g. annexation-referendums-2022'],
  region: ['CODE', 'ISO 3166-2 region, e.g. UA-43'],
  issuer: ['ID', 'issuing actor, e.g. nato-north-atlantic-council'],
  issuerKind: ['KIND', ACTOR_KINDS.join(', ')],
  signatory: ['ID', 'signing actor'],
  theme: ['ID', 'theme, e.g. coercion-at-gunpoint'],
  callToAction: ['ID', 'e.g. non-recognition, sanctions'],
  legalRef: ['ID', 'legal instrument, e.g. unga-es-11-4'],
  kind: ['KIND', STATEMENT_KINDS.join(', ')],
  speaker: ['ID', 'quoted actor'],
  country: ['CC', "issuer's country (ISO 3166-1 alpha-2), e.g. DE"],
  lang: ['LANG', 'language of the original text'],
  read: ['full|excerpt', 'how much of the source the record rests on'],
  year: ['YYYY', 'year of the statement'],
};

const helpLine = (option: string, meaning: string) => `  ${option.padEnd(21)} ${meaning}`;

const FILTER_HELP = [
  'Filters (repeat a flag or separate values with commas for OR; filters combine with AND):',
  ...SET_KEYS.map((key) => {
    const [value, meaning] = FILTER_FLAG_HELP[key];
    return helpLine(`--${FILTER_TABLE[key].flag} ${value}`, meaning);
  }),
  helpLine('--from DATE --to DATE', 'date range (YYYY, YYYY-MM or YYYY-MM-DD)'),
  helpLine('--catalog FILE', 'use a catalog JSON file instead of the bundled data'),
].join('\n');

const COMMANDS: Record<string, { usage: string; help: string; options: Options }> = {
  list: {
    usage: 'nv list [filters] [--sort date|-date|title|-title] [--limit N] [--offset N] [--json]',
    help: `List the statements that match the filters, newest first.\n\n${FILTER_HELP}\n\n  --sort ORDER          date, -date (default), title, -title\n  --limit N --offset N  one page of the results\n  --json                print { "total": n, "items": [...] }`,
    options: { ...filterOptions, ...pagingOptions, ...common },
  },
  search: {
    usage:
      'nv search TEXT [filters] [--sort relevance|date|-date] [--limit N] [--offset N] [--json]',
    help: `Full-text search in English and Ukrainian (case-, accent- and apostrophe-insensitive, prefixes and typos allowed: one in words of 5+ letters, two in words of 8+), best match first.\n\n${FILTER_HELP}\n\n  --sort ORDER          relevance (default), date, -date, title, -title\n  --limit N --offset N  one page of the results (default limit 20)\n  --json                print { "total": n, "items": [{ statement, score, highlights }] }`,
    options: { ...filterOptions, ...pagingOptions, ...common },
  },
  show: {
    usage: 'nv show ID [--locale en|uk] [--json]',
    help: 'Show one statement in full: metadata, summary, quotes, source and notes.\n\n  --locale en|uk        language of titles and summaries (default en)\n  --catalog FILE        use a catalog JSON file instead of the bundled data\n  --json                print the statement object',
    options: { locale: { type: 'string' }, catalog: { type: 'string' }, ...common },
  },
  facets: {
    usage: 'nv facets [filters] [--json]',
    help: `Count the matching statements by event, region, issuer kind, country, theme, year, kind and more.\n\n${FILTER_HELP}\n\n  --json                print the facets object`,
    options: { ...filterOptions, ...common },
  },
  validate: {
    usage: 'nv validate FILE [--json]',
    help: 'Validate a catalog JSON file against the schema and check that every reference resolves.\nExit 0 if valid; 1 with every problem listed if not.',
    options: common,
  },
  export: {
    usage: 'nv export --format json|ndjson|csv [--votes] [--bom] [--out FILE] [filters]',
    help: `Export the catalog, or the statements matching the filters.\n\n  --format FORMAT       json (the whole catalog document), ndjson (one statement a line) or csv (RFC 4180)\n  --votes               with --format csv: the UN votes instead, one row per state a source names\n  --bom                 with --format csv: start with a UTF-8 byte order mark, for Excel\n  --out FILE            write to FILE instead of standard output\n\n${FILTER_HELP}`,
    options: {
      ...filterOptions,
      format: { type: 'string' },
      votes: { type: 'boolean' },
      bom: { type: 'boolean' },
      out: { type: 'string' },
      help: common.help!,
    },
  },
  cite: {
    usage:
      'nv cite [ID...] [filters] --format csl|ris|bibtex|apa|dstu [--locale en|uk] [--out FILE]',
    help: `Cite statements: the IDs given, or every statement matching the filters (date order).\n\n  --format FORMAT       csl (CSL-JSON), ris, bibtex: for Zotero, Mendeley, EndNote, JabRef;\n                        apa (APA 7, English) or dstu (ДСТУ 8302:2015, Ukrainian): one citation a line\n  --locale en|uk        language of names and genre in csl, ris and bibtex (default en)\n  --out FILE            write to FILE instead of standard output\n\n${FILTER_HELP}`,
    options: {
      ...filterOptions,
      format: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
      help: common.help!,
    },
  },
  country: {
    usage: 'nv country CC [--locale en|uk] [--json]',
    help: 'Show what the record holds for one UN member state (ISO code, e.g. BR): its votes with their sources, what it said about each vote event or "nothing found", its statements.\n\n  --locale en|uk        language of names and titles (default en)\n  --catalog FILE        use a catalog JSON file instead of the bundled data\n  --json                print the country record',
    options: { locale: { type: 'string' }, catalog: { type: 'string' }, ...common },
  },
  votes: {
    usage: 'nv votes ID [--vote yes|no|abstain|absent] [--format table|csv|json] [--locale en|uk]',
    help: 'Show every state\'s vote on one instrument (e.g. unga-es-11-4), grouped by vote, with the counts.\n\n  --vote VOTE           only the states that voted so: yes, no, abstain, absent (did not vote)\n  --format FORMAT       table (default), csv (as "nv export --votes", with sources) or json\n  --locale en|uk        language of names (default en)\n  --catalog FILE        use a catalog JSON file instead of the bundled data',
    options: {
      vote: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      catalog: { type: 'string' },
      help: common.help!,
    },
  },
};

const MAIN_HELP = `nv: the public record of statements on Russia's so-called referendums and elections in occupied Ukraine

Usage: nv <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.help.split('\n')[0]}`)
  .join('\n')}

Run "nv <command> --help" for the options of a command.`;

function loadCatalog(file: string | undefined): Catalog {
  if (!file) return bundled as unknown as Catalog;
  return createCatalog(readJSON(file));
}

function readJSON(file: string): unknown {
  let text: string;
  try {
    text = readCatalogFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * A catalog file's text. Only a regular file of at most `MAX_CATALOG_BYTES` is read: a device
 * such as /dev/zero, a pipe or a directory is refused before it is opened (opening a pipe would
 * wait for a writer), and the size is checked again on the open file.
 */
function readCatalogFile(file: string): string {
  const refuse = (size: number) => {
    if (size > MAX_CATALOG_BYTES) {
      throw new UsageError(
        `${file} is ${size} bytes; a catalog file may be at most ${MAX_CATALOG_BYTES} bytes`,
      );
    }
  };
  const before = statSync(file);
  if (!before.isFile()) throw new UsageError(`${file} is not a regular file`);
  refuse(before.size);
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${file} is not a regular file`);
    refuse(stat.size);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Writes an export to `--out`; a file that cannot be written is one line and exit code 3. */
function writeOut(file: string, output: string): void {
  try {
    writeFileSync(file, output);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'its folder does not exist',
      EISDIR: 'it is a folder',
      ENOSPC: 'the disk is full',
      EACCES: 'permission denied',
      EROFS: 'the file system is read-only',
    };
    const reason = (code && reasons[code]) ?? code ?? String(error);
    throw new OutputError(`cannot write ${file}: ${reason}${code ? ` (${code})` : ''}`);
  }
}

function filterFrom(values: Record<string, unknown>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(FILTER_FLAGS)) {
    const raw = values[flag] as string[] | undefined;
    if (raw)
      filter[key] = raw
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
  }
  if (values.from !== undefined) filter.from = values.from;
  if (values.to !== undefined) filter.to = values.to;
  return filter;
}

function integer(values: Record<string, unknown>, key: string): number | undefined {
  const raw = values[key];
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(String(raw)))
    throw new UsageError(`--${key} must be a whole number of 0 or more; got "${String(raw)}"`);
  return Number(raw);
}

function columns(): number {
  return process.stdout.columns && process.stdout.columns > 60 ? process.stdout.columns : 120;
}

function table(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const last = widths.length - 1;
  const fixed = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  widths[last] = Math.max(20, Math.min(widths[last]!, columns() - fixed));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i]!;
        const flat = cell.replace(/[\n\t]/g, ' ');
        const text = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
        return i === last ? text : text.padEnd(width);
      })
      .join('  ');
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

function statementRow(s: Statement): string[] {
  return [s.date, s.id, s.kind, s.title.en];
}

function pageNote(total: number, shown: number, offset: number): string {
  if (total === 0)
    return 'No statements match. Loosen a filter, or run "nv facets" to see what there is.';
  if (shown === total) return `${total} statement${total === 1 ? '' : 's'}`;
  return `${offset + 1}–${offset + shown} of ${total} statements`;
}

function localeOf(values: Record<string, unknown>): 'en' | 'uk' {
  const locale = (values.locale as string | undefined) ?? 'en';
  if (locale !== 'en' && locale !== 'uk')
    throw new UsageError(`--locale must be en or uk; got "${locale}"`);
  return locale;
}

function print(text: string): void {
  const safe = terminalText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

function printError(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}

/** Export data: as it is into a pipe or file, made safe when it goes to a terminal. */
function writeData(text: string): void {
  process.stdout.write(process.stdout.isTTY ? terminalText(text) : text);
}

function run(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(MAIN_HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    print(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec)
    throw new UsageError(
      `unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}`,
    );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${spec.usage}`);
  }
  const { values, positionals } = parsed as {
    values: Record<string, unknown>;
    positionals: string[];
  };
  if (values.help) {
    print(`usage: ${spec.usage}\n\n${spec.help}`);
    return 0;
  }
  const expectPositionals = (n: number, what: string) => {
    if (positionals.length !== n)
      throw new UsageError(`${command} takes ${what}\nusage: ${spec.usage}`);
  };

  switch (command) {
    case 'list': {
      expectPositionals(0, 'no arguments besides flags');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const offset = integer(values, 'offset') ?? 0;
      const limit = integer(values, 'limit');
      const result = catalog.query(filterFrom(values), {
        sort: values.sort as (typeof SORTS)[number] | undefined,
        offset,
        ...(limit !== undefined ? { limit } : {}),
      });
      if (values.json) print(JSON.stringify(result, null, 2));
      else {
        if (result.items.length)
          print(table(result.items.map(statementRow), ['date', 'id', 'kind', 'title']));
        print(pageNote(result.total, result.items.length, offset));
      }
      return 0;
    }
    case 'search': {
      expectPositionals(1, 'one TEXT argument (quote it if it has spaces)');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const offset = integer(values, 'offset') ?? 0;
      const result = catalog.search(positionals[0]!, filterFrom(values), {
        sort: values.sort as 'relevance' | undefined,
        offset,
        limit: integer(values, 'limit') ?? 20,
      });
      if (values.json) print(JSON.stringify(result, null, 2));
      else {
        const rows = result.items.map((hit) => [
          hit.score.toFixed(1),
          ...statementRow(hit.statement),
        ]);
        if (rows.length) print(table(rows, ['score', 'date', 'id', 'kind', 'title']));
        print(
          result.total === 0
            ? `Nothing found for "${positionals[0]}". Try fewer words or another spelling.`
            : pageNote(result.total, result.items.length, offset),
        );
      }
      return 0;
    }
    case 'show': {
      expectPositionals(1, 'one statement ID');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const locale = (values.locale as string | undefined) ?? 'en';
      if (locale !== 'en' && locale !== 'uk')
        throw new UsageError(`--locale must be en or uk; got "${locale}"`);
      const statement = catalog.get(positionals[0]!);
      if (values.json) print(JSON.stringify(statement, null, 2));
      else print(describeStatement(catalog, statement, locale));
      return 0;
    }
    case 'facets': {
      expectPositionals(0, 'no arguments besides flags');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const facets = catalog.facets(filterFrom(values));
      if (values.json) print(JSON.stringify(facets, null, 2));
      else {
        for (const key of FACET_KEYS) {
          const counts = facets[key];
          if (counts.length === 0) continue;
          const max = Math.max(...counts.map((c) => c.count));
          print(`\n${key}`);
          for (const { value, count } of counts) {
            print(
              `  ${value.padEnd(44)} ${String(count).padStart(4)}  ${'█'.repeat(Math.max(1, Math.round((count / max) * 30)))}`,
            );
          }
        }
      }
      return 0;
    }
    case 'country': {
      expectPositionals(1, 'one ISO country code, e.g. BR');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const locale = localeOf(values);
      if (values.json) print(JSON.stringify(countryRecord(catalog, positionals[0]!), null, 2));
      else print(describeCountry(catalog, positionals[0]!, locale));
      return 0;
    }
    case 'votes': {
      expectPositionals(1, 'one instrument ID, e.g. unga-es-11-4');
      const catalog = loadCatalog(values.catalog as string | undefined);
      const output = describeVotes(catalog, positionals[0]!, {
        locale: localeOf(values),
        ...(values.vote !== undefined ? { vote: String(values.vote) } : {}),
        ...(values.format !== undefined ? { format: String(values.format) } : {}),
      });
      if (values.format === 'csv') process.stdout.write(output);
      else print(output);
      return 0;
    }
    case 'validate': {
      expectPositionals(1, 'one FILE argument');
      const result = validateCatalog(readJSON(positionals[0]!));
      if (result.ok) {
        const counts = Object.entries(result.value).map(
          ([k, v]) => `${(v as unknown[]).length} ${k}`,
        );
        if (values.json) print(JSON.stringify({ valid: true, problems: [] }));
        else print(`✔ ${positionals[0]} is a valid catalog: ${counts.join(', ')}`);
        return 0;
      }
      if (values.json) print(JSON.stringify({ valid: false, problems: result.problems }, null, 2));
      else {
        printError(`✖ ${positionals[0]}: ${result.problems.length} problem(s)`);
        for (const p of result.problems) printError(`  ${p.path}: ${p.message}`);
      }
      return 1;
    }
    case 'export': {
      expectPositionals(0, 'no arguments besides flags');
      const format = values.format as string | undefined;
      if (format !== 'json' && format !== 'ndjson' && format !== 'csv') {
        throw new UsageError(
          `--format must be json, ndjson or csv${format ? `; got "${format}"` : ''}\nusage: ${spec.usage}`,
        );
      }
      if (values.bom && format !== 'csv')
        throw new UsageError(`--bom needs --format csv\nusage: ${spec.usage}`);
      const catalog = loadCatalog(values.catalog as string | undefined);
      if (values.votes) {
        if (format !== 'csv')
          throw new UsageError(`--votes needs --format csv\nusage: ${spec.usage}`);
        const output = toVotesCSV(catalog, { bom: values.bom === true });
        if (values.out) {
          writeOut(values.out as string, output);
          printError(`wrote the UN votes to ${String(values.out)} (csv)`);
        } else writeData(output);
        return 0;
      }
      const statements = catalog.query(filterFrom(values), { sort: 'date' }).items;
      const output =
        format === 'json'
          ? `${JSON.stringify(toCatalogJSON(catalog, statements), null, 2)}\n`
          : format === 'ndjson'
            ? toNDJSON(statements)
            : toCSV(catalog, statements, { bom: values.bom === true });
      if (values.out) {
        writeOut(values.out as string, output);
        printError(`wrote ${statements.length} statements to ${String(values.out)} (${format})`);
      } else writeData(output);
      return 0;
    }
    case 'cite':
      return citeCommand(values, positionals, spec.usage);
  }
  return 2;
}

function citeCommand(values: Record<string, unknown>, ids: string[], usage: string): number {
  const format = values.format as string | undefined;
  if (!(CITATION_FORMATS as readonly string[]).includes(format ?? ''))
    throw new UsageError(
      `--format must be one of ${CITATION_FORMATS.join(', ')}${format ? `; got "${format}"` : ''}\nusage: ${usage}`,
    );
  const lang = (values.locale as string | undefined) ?? 'en';
  if (lang !== 'en' && lang !== 'uk')
    throw new UsageError(`--locale must be en or uk; got "${lang}"`);
  const filter = filterFrom(values);
  if (ids.length && Object.keys(filter).length)
    throw new UsageError(`give statement IDs or filters, not both\nusage: ${usage}`);
  const catalog = loadCatalog(values.catalog as string | undefined);
  const output = cite(catalog, ids.length ? ids : filter, {
    format: format as CitationFormat,
    lang,
  });
  if (values.out) {
    writeFileSync(values.out as string, output);
    process.stderr.write(`wrote citations to ${String(values.out)} (${format})\n`);
  } else process.stdout.write(output);
  return 0;
}

function describeStatement(catalog: Catalog, s: Statement, locale: 'en' | 'uk'): string {
  const name = (id: string) => catalog.actors.find((a) => a.id === id)?.name[locale] ?? id;
  const lines = [
    s.title[locale],
    '═'.repeat(Math.min(columns(), s.title[locale].length)),
    `id          ${s.id}`,
    `date        ${s.date} (${s.datePrecision}, ${s.dateBasis})${s.dateNote ? `\n            ${s.dateNote[locale]}` : ''}`,
    `kind        ${s.kind}`,
    `issuers     ${s.issuers.map(name).join('; ')}`,
  ];
  if (s.originalTitle) lines.push(`original    ${s.originalTitle}`);
  if (s.signatories) {
    const named = s.signatories.actors.map(name).join('; ');
    const unnamed = s.signatories.unnamed ? ` and ${s.signatories.unnamed.label[locale]}` : '';
    lines.push(`signatories ${named}${unnamed}`);
  }
  if (s.events.length) lines.push(`events      ${s.events.join(', ')}`);
  if (s.regions.length) lines.push(`regions     ${s.regions.join(', ')}`);
  if (s.themes.length) lines.push(`themes      ${s.themes.join(', ')}`);
  if (s.callsToAction.length)
    lines.push(`calls       ${s.callsToAction.map((c) => c.id).join(', ')}`);
  if (s.legalRefs.length) lines.push(`legal refs  ${s.legalRefs.join(', ')}`);
  lines.push('', s.summary[locale]);
  if (!readInFull(s.source)) lines.push('(Summary based on an excerpt of the source.)');
  if (onlyCopies(s.source))
    lines.push('(Only copies of this statement were found, not its own page.)');
  for (const q of s.quotes) {
    lines.push('', `  “${q.text}”`, `    — ${name(q.speaker)} (${q.stance})`);
    if (q.original) lines.push(`    original (${q.original.language}): “${q.original.text}”`);
    else if (q.translatedFrom)
      lines.push(`    translated from ${q.translatedFrom}; original not found`);
  }
  lines.push(
    '',
    `source      ${name(s.source.publisher)}${s.source.reference ? `, ${s.source.reference}` : ''}`,
  );
  if (s.source.url) lines.push(`            ${s.source.url} (${s.source.kind})`);
  for (const a of s.source.alsoAt ?? []) lines.push(`            also at ${a.url} (${a.kind})`);
  for (const note of s.notes ?? []) lines.push(`note        ${note[locale]}`);
  return lines.join('\n');
}

// A reader piping into `head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    printError(`nv: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof OutputError) {
    printError(`nv: ${error.message}`);
    process.exitCode = 3;
  } else if (error instanceof UnknownIdError) {
    printError(`nv: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof NullAndVoidError) {
    printError(`nv: ${error.message}`);
    process.exitCode = error.code === 'INVALID_CATALOG' ? 1 : 2;
  } else throw error;
}
