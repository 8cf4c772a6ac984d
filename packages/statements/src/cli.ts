#!/usr/bin/env node
/**
 * `nv`: the record from a terminal. Exit codes: 0 success; 1 invalid data (`validate`) or an
 * unknown id (`show`); 2 bad flags or arguments, with the reason on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeCountry, describeVotes } from './country-cli.js';
import { countryRecord } from './country-record.js';
import { toCatalogJSON, toCSV, toNDJSON, toVotesCSV } from './export.js';
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

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

class UsageError extends Error {}

const FILTER_FLAGS = {
  event: 'event',
  region: 'region',
  issuer: 'issuer',
  'issuer-kind': 'issuerKind',
  signatory: 'signatory',
  theme: 'theme',
  'call-to-action': 'callToAction',
  'legal-ref': 'legalRef',
  kind: 'kind',
  speaker: 'speaker',
  country: 'country',
  lang: 'lang',
  read: 'read',
  year: 'year',
} as const;

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

const FILTER_HELP = `Filters (repeat a flag or separate values with commas for OR; filters combine with AND):
  --event ID            vote event, e.g. annexation-referendums-2022
  --region CODE         ISO 3166-2 region, e.g. UA-43
  --issuer ID           issuing actor, e.g. nato-north-atlantic-council
  --issuer-kind KIND    state, intergovernmental, civil-society, media, person, government-body
  --signatory ID        signing actor
  --theme ID            theme, e.g. coercion-at-gunpoint
  --call-to-action ID   e.g. non-recognition, sanctions
  --legal-ref ID        legal instrument, e.g. unga-es-11-4
  --kind KIND           press-release, joint-statement, appeal, speech, news-report, …
  --speaker ID          quoted actor
  --country CC          issuer's country (ISO 3166-1 alpha-2), e.g. DE
  --lang LANG           language of the original text
  --read full|excerpt   how much of the source the record rests on
  --year YYYY           year of the statement
  --from DATE --to DATE date range (YYYY, YYYY-MM or YYYY-MM-DD)
  --catalog FILE        use a catalog JSON file instead of the bundled data`;

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
    usage: 'nv export --format json|ndjson|csv [--votes] [--out FILE] [filters]',
    help: `Export the catalog, or the statements matching the filters.\n\n  --format FORMAT       json (the whole catalog document), ndjson (one statement a line) or csv (RFC 4180)\n  --votes               with --format csv: the UN votes instead, one row per state a source names\n  --out FILE            write to FILE instead of standard output\n\n${FILTER_HELP}`,
    options: {
      ...filterOptions,
      format: { type: 'string' },
      votes: { type: 'boolean' },
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
    text = readFileSync(file, 'utf8');
  } catch (error) {
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
        const text = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
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
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
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
        process.stderr.write(`✖ ${positionals[0]}: ${result.problems.length} problem(s)\n`);
        for (const p of result.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
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
      const catalog = loadCatalog(values.catalog as string | undefined);
      if (values.votes) {
        if (format !== 'csv')
          throw new UsageError(`--votes needs --format csv\nusage: ${spec.usage}`);
        const output = toVotesCSV(catalog);
        if (values.out) {
          writeFileSync(values.out as string, output);
          process.stderr.write(`wrote the UN votes to ${String(values.out)} (csv)\n`);
        } else process.stdout.write(output);
        return 0;
      }
      const statements = catalog.query(filterFrom(values), { sort: 'date' }).items;
      const output =
        format === 'json'
          ? `${JSON.stringify(toCatalogJSON(catalog, statements), null, 2)}\n`
          : format === 'ndjson'
            ? toNDJSON(statements)
            : toCSV(catalog, statements);
      if (values.out) {
        writeFileSync(values.out as string, output);
        process.stderr.write(
          `wrote ${statements.length} statements to ${String(values.out)} (${format})\n`,
        );
      } else process.stdout.write(output);
      return 0;
    }
  }
  return 2;
}

function describeStatement(catalog: Catalog, s: Statement, locale: 'en' | 'uk'): string {
  const name = (id: string) => catalog.actors.find((a) => a.id === id)?.name[locale] ?? id;
  const lines = [
    s.title[locale],
    '═'.repeat(Math.min(columns(), s.title[locale].length)),
    `id          ${s.id}`,
    `date        ${s.date} (${s.datePrecision}, ${s.dateBasis})${s.dateNote ? `\n            ${s.dateNote}` : ''}`,
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
  if (s.source.read === 'excerpt') lines.push('(Summary based on an excerpt of the source.)');
  for (const q of s.quotes)
    lines.push('', `  “${q.text}”`, `    — ${name(q.speaker)} (${q.stance})`);
  lines.push(
    '',
    `source      ${name(s.source.publisher)}${s.source.reference ? `, ${s.source.reference}` : ''}`,
  );
  if (s.source.url) lines.push(`            ${s.source.url}`);
  for (const url of s.source.alsoAt ?? []) lines.push(`            also at ${url}`);
  for (const note of s.notes ?? []) lines.push(`note        ${note}`);
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
    process.stderr.write(`nv: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof UnknownIdError) {
    process.stderr.write(`nv: ${error.message}\n`);
    process.exitCode = 1;
  } else if (error instanceof NullAndVoidError) {
    process.stderr.write(`nv: ${error.message}\n`);
    process.exitCode = error.code === 'INVALID_CATALOG' ? 1 : 2;
  } else throw error;
}
