/**
 * Prints the entry that registers the site in the public oEmbed provider list
 * (github.com/iamcal/oembed, `providers/<name>.yml`), for the address in NV_SITE_URL:
 * `NV_SITE_URL=https://… pnpm --filter demo exec tsx scripts/oembed-provider.ts`.
 * The schemes and examples come from the site's own page addresses, so they cannot drift.
 */
import { paths } from '../src/components.js';
import { LANGS } from '../src/i18n/index.js';
import { localPath } from '../src/layout.js';
import { OEMBED_PATH, oembedHref } from '../src/oembed-link.js';
import { record } from '../src/record.js';
import { absolute, SITE_NAME } from '../src/site.js';

/** One address pattern per embeddable view, with `*` where an id or a query goes. */
const VIEWS = [
  // First: the list's checker fetches the first scheme, its "*" removed, to find the discovery link.
  '/statements/',
  '/statements/?*',
  paths.statement('*'),
  paths.quote('*', 1).replace(/\/1\/$/, '/*/'),
  paths.event('*'),
  paths.actor('*'),
  paths.region('*'),
  paths.instrument('*'),
];

const statement = record.statements.find((s) => s.quotes.length > 1)!;
const examples = [
  absolute(paths.statement(statement.id)),
  absolute(localPath('uk', paths.quote(statement.id, 2))),
  absolute(paths.event(statement.events[0]!)),
  absolute(localPath('uk', paths.instrument(record.instruments.find((i) => i.votes)!.id))),
  absolute(
    `/statements/?${new URLSearchParams({ event: statement.events[0]!, issuerKind: 'state' })}`,
  ),
].map(oembedHref);

const list = (items: readonly string[], indent: string) =>
  items.map((item) => `${indent}- ${item}`).join('\n');

console.log(`---
- provider_name: ${SITE_NAME}
  provider_url: ${absolute('/')}
  endpoints:
    - schemes:
${list(
  LANGS.flatMap((lang) => VIEWS.map((view) => absolute(localPath(lang, view)))),
  '        ',
)}
      url: ${absolute(OEMBED_PATH)}
      example_urls:
${list(examples, '        ')}
      discovery: true
      notes: Only the 'rich' type, in JSON. English pages at the root, Ukrainian under /uk/.
...`);
