/**
 * What a script snippet carries inside its `nv-*` tag: the content a reader without JavaScript,
 * a feed reader or a search engine sees, and that the widget replaces once it has loaded. One
 * function per widget, pure (catalog, language and site address in; markup out), so that the
 * prerendered pages and the embed builder in the browser write the same snippet.
 */
import type { Catalog, Statement, StatementFilter } from '@null-and-void/statements';
import { attributesFilter, statementsPath } from '@null-and-void/widgets/attributes.js';
import { countryName, formatDate, formatDateRange, formatNumber } from './format.js';
import { fill, type Lang, plural, strings } from './i18n/index.js';
import { paths } from './paths.js';
import type { Widget } from './snippets.js';

export interface FallbackContext {
  catalog: Catalog;
  lang: Lang;
  /** Absolute URL of the site, ending in `/`. */
  siteUrl: string;
}

type Attributes = Readonly<Record<string, string | undefined>>;

/** The absolute address of a site page in the context's language. */
export function pageUrl(context: FallbackContext, path: string): string {
  return `${context.siteUrl}${context.lang === 'uk' ? 'uk/' : ''}${path.replace(/^\//, '')}`;
}

function names(context: FallbackContext, ids: readonly string[]): string {
  return ids.map((id) => context.catalog.actor(id).name[context.lang]).join(', ');
}

const SITE = 'Null &amp; Void';

/**
 * Editors read these snippets, so text is escaped only as far as HTML needs (`&`, `<`, `>` in
 * text; `&`, `"`, `<` in attribute values): every catalog string passes through one of the two.
 */
/** Ends a line with one full stop: Ukrainian dates already end in one ("2022 р."). */
const sentence = (value: string) => (value.endsWith('.') ? value : `${value}.`);
const text = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const attr = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function statementFallback(
  context: FallbackContext,
  statement: Statement,
  compact: boolean,
): string {
  const { lang } = context;
  const t = strings(lang);
  const publisher = context.catalog.actor(statement.source.publisher).name[lang];
  const source = statement.source.url
    ? `<a href="${attr(statement.source.url)}">${text(`${t.source}: ${publisher}`)}</a> · `
    : '';
  const summary = compact ? '' : `\n    <p>${text(statement.summary[lang])}</p>`;
  return `<blockquote>
    <p><strong>${text(statement.title[lang])}</strong></p>${summary}
    <footer>${text(sentence(`${names(context, statement.issuers)}, ${formatDate(lang, statement.date)}`))} ${source}<a href="${attr(pageUrl(context, paths.statement(statement.id)))}">${SITE}</a></footer>
  </blockquote>`;
}

function quoteFallback(context: FallbackContext, statement: Statement, index: number): string {
  const { lang } = context;
  const quote = statement.quotes[index];
  if (!quote) return statementFallback(context, statement, true);
  return `<blockquote lang="${attr(quote.language)}">
    <p>${text(quote.text)}</p>
    <footer lang="${lang}">${text(sentence(`— ${names(context, [quote.speaker])}, ${formatDate(lang, statement.date)}`))} <a href="${attr(pageUrl(context, paths.quote(statement.id, index + 1)))}">${SITE}</a></footer>
  </blockquote>`;
}

/** The filter a list or search widget's attributes set, as the query API takes it. */
export function attributeFilter(attributes: Attributes): StatementFilter {
  const filter = attributesFilter((name) => attributes[name] ?? '');
  if (attributes.from?.trim()) filter.from = attributes.from.trim();
  if (attributes.to?.trim()) filter.to = attributes.to.trim();
  return filter;
}

/** The statements page showing the same view as a list widget's filter (and search text). */
export function statementsViewUrl(
  context: FallbackContext,
  filter: StatementFilter,
  q?: string,
  sort?: string,
): string {
  return pageUrl(context, `/${statementsPath(filter, q, sort)}`);
}

function limitOf(attributes: Attributes, fallback: number): number {
  const n = Number(attributes.limit);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function listFallback(context: FallbackContext, attributes: Attributes): string {
  const { lang, catalog } = context;
  const t = strings(lang);
  const filter = attributeFilter(attributes);
  const sort = (attributes.sort || '-date') as '-date';
  const { items, total } = catalog.query(filter, { sort, limit: limitOf(attributes, 10) });
  const lines = items.map(
    (s) =>
      `    <li><a href="${attr(pageUrl(context, paths.statement(s.id)))}">${text(s.title[lang])}</a> ${text(`(${names(context, s.issuers)}, ${formatDate(lang, s.date)})`)}</li>\n`,
  );
  return `<ul>\n${lines.join('')}  </ul>
  <p><a href="${attr(statementsViewUrl(context, filter, '', sort))}">${text(plural(lang, t.fallbackAllStatements, total))}</a> · ${SITE}</p>`;
}

function searchFallback(context: FallbackContext, attributes: Attributes): string {
  const t = strings(context.lang);
  const filter = attributeFilter(attributes);
  const hidden = Object.entries(filter).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map(
      (v) => `\n    <input type="hidden" name="${attr(key)}" value="${attr(String(v))}">`,
    ),
  );
  return `<form action="${attr(pageUrl(context, '/statements/'))}" method="get" role="search">
    <label>${text(t.searchLabel)} (${SITE}) <input type="search" name="q" value="${attr(attributes.query ?? '')}" placeholder="${attr(attributes.placeholder || t.searchPlaceholder)}"></label>${hidden.join('')}
    <button type="submit">${text(t.searchButton)}</button>
  </form>`;
}

function timelineFallback(context: FallbackContext, attributes: Attributes): string {
  const { lang, catalog } = context;
  const t = strings(lang);
  const chosen = new Set(
    (attributes.event ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
  const from = attributes.from?.trim() ?? '';
  const to = attributes.to?.trim() ?? '';
  const events = [...catalog.events]
    .filter((e) => (chosen.size === 0 || chosen.has(e.id)) && (!from || e.end >= from))
    .filter((e) => !to || e.start.slice(0, to.length) <= to)
    .sort((a, b) => a.start.localeCompare(b.start));
  const home = chosen.size === 1 ? paths.event([...chosen][0]!) : '/';
  const lines = events.map(
    (e) =>
      `    <li>${text(formatDateRange(lang, e.start, e.end))}: <a href="${attr(pageUrl(context, paths.event(e.id)))}">${text(e.name[lang])}</a> ${text(`(${plural(lang, t.statementsCount, catalog.statementsAbout(e.id).length)})`)}</li>\n`,
  );
  return `<ol>\n${lines.join('')}  </ol>
  <p><a href="${attr(pageUrl(context, home))}">${SITE}</a></p>`;
}

function tallyFallback(context: FallbackContext, attributes: Attributes): string {
  const { lang, catalog } = context;
  const t = strings(lang);
  if (attributes.instrument) {
    const instrument = catalog.instrument(attributes.instrument);
    const votes = instrument.votes;
    const counts = votes
      ? (['yes', 'no', 'abstain', 'absent'] as const)
          .filter((choice) => votes[choice] !== undefined)
          .map((choice) => `${t.voteChoice[choice]}: ${formatNumber(lang, votes[choice] ?? 0)}`)
          .join(' · ')
      : '';
    const symbol = instrument.symbol ? `<strong>${text(instrument.symbol)}</strong>: ` : '';
    return `<p>${symbol}${text(sentence(`${instrument.title[lang]}, ${formatDate(lang, instrument.date)}`))}</p>
  <p>${text(counts)}</p>
  <p><a href="${attr(pageUrl(context, paths.instrument(instrument.id)))}">${SITE}</a></p>`;
  }
  const event = catalog.event(attributes.event ?? '');
  const about = catalog.statementsAbout(event.id);
  const byKind = new Map<string, number>();
  for (const statement of about) {
    const kinds = new Set(statement.issuers.map((id) => catalog.actor(id).kind));
    for (const kind of kinds) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const kinds = [...byKind].map(
    ([kind, n]) => `${t.actorKinds[kind as keyof typeof t.actorKinds]}: ${formatNumber(lang, n)}`,
  );
  return `<p><strong>${text(event.name[lang])}</strong>: ${text(plural(lang, t.statementsCount, about.length))}.</p>
  <p>${text(kinds.join(' · '))}</p>
  <p><a href="${attr(pageUrl(context, paths.event(event.id)))}">${SITE}</a></p>`;
}

/**
 * A UN vote's states grouped by vote, one paragraph per side, the names as the sources give them:
 * what the vote map shows, in words. A side whose states the sources do not all name says so.
 */
function voteMapFallback(context: FallbackContext, attributes: Attributes): string {
  const { lang, catalog } = context;
  const t = strings(lang);
  const instrument = catalog.instrument(attributes.instrument ?? '');
  const votes = instrument.votes;
  if (!votes) throw new Error(`${instrument.id} has no recorded vote`);
  const named = Object.entries(votes.byState ?? {});
  const collator = new Intl.Collator(lang);
  const sides = (['yes', 'no', 'abstain', 'absent'] as const).flatMap((choice) => {
    const count = votes[choice] ?? 0;
    if (count === 0) return [];
    const states = named
      .filter(([, vote]) => vote === choice)
      .map(([code]) => countryName(lang, code))
      .sort(collator.compare);
    const gap =
      states.length < count
        ? fill(t.voteMapNamed, {
            named: formatNumber(lang, states.length),
            total: formatNumber(lang, count),
          })
        : '';
    const list = [states.join(', '), gap].filter(Boolean).join(' ');
    return [
      `  <p><strong>${text(`${t.voteChoice[choice]} (${formatNumber(lang, count)})`)}:</strong> ${text(list)}</p>\n`,
    ];
  });
  const symbol = instrument.symbol ? `<strong>${text(instrument.symbol)}</strong>: ` : '';
  return `<p>${symbol}${text(sentence(`${instrument.title[lang]}, ${formatDate(lang, instrument.date)}`))}</p>
${sides.join('')}  <p><a href="${attr(pageUrl(context, paths.voteMap(instrument.id)))}">${SITE}</a></p>`;
}

/**
 * The fallback markup for a widget with these attributes, or undefined when the attributes do
 * not name what the widget needs (the builder then shows the widget's own error in the preview).
 */
export function fallbackFor(
  context: FallbackContext,
  widget: Widget,
  attributes: Attributes,
): string | undefined {
  try {
    switch (widget) {
      case 'statement': {
        const statement = context.catalog.get(attributes.statement ?? '');
        return statementFallback(context, statement, attributes.variant === 'compact');
      }
      case 'quote':
        return quoteFallback(
          context,
          context.catalog.get(attributes.statement ?? ''),
          Number(attributes.quote || 0),
        );
      case 'statement-list':
        return listFallback(context, attributes);
      case 'search':
        return searchFallback(context, attributes);
      case 'timeline':
        return timelineFallback(context, attributes);
      case 'tally':
        return tallyFallback(context, attributes);
      case 'vote-map':
        return voteMapFallback(context, attributes);
    }
  } catch {
    // An unknown id or a bad date: there is nothing true to say in the fallback.
    return undefined;
  }
}
