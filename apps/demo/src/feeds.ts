/** The JSON Feed, RSS feed and sitemap, from the catalog. */
import { readInFull, type Statement } from '@null-and-void/statements';
import { actorName, paths } from './components.js';
import { escapeHtml } from './html.js';
import { LANGS, type Lang, strings } from './i18n/index.js';
import { localPath } from './layout.js';
import { record } from './record.js';
import { absolute } from './site.js';

/** The first day a partial date can mean, as an RFC 3339 timestamp. */
function timestamp(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

function newestFirst(): readonly Statement[] {
  return record.query(undefined, { sort: '-date' }).items;
}

export function jsonFeed(lang: Lang): string {
  const t = strings(lang);
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: t.feedTitle,
      home_page_url: absolute(localPath(lang, '/statements/')),
      feed_url: absolute(localPath(lang, '/feed.json')),
      description: t.homeDescription,
      language: lang,
      items: newestFirst().map((s) => ({
        id: absolute(paths.statement(s.id)),
        url: absolute(localPath(lang, paths.statement(s.id))),
        ...(s.source.url ? { external_url: s.source.url } : {}),
        title: s.title[lang],
        content_text: `${s.summary[lang]}${readInFull(s.source) ? '' : `\n\n${t.excerptNote}`}`,
        date_published: timestamp(s.date),
        authors: s.issuers.map((id) => ({ name: actorName(lang, id) })),
        tags: s.themes,
      })),
    },
    null,
    2,
  );
}

export function rssFeed(lang: Lang): string {
  const t = strings(lang);
  const items = newestFirst().map((s) => {
    const url = absolute(localPath(lang, paths.statement(s.id)));
    const description = `${s.summary[lang]}${readInFull(s.source) ? '' : ` ${t.excerptNote}`}`;
    return `    <item>
      <title>${escapeHtml(s.title[lang])}</title>
      <link>${url}</link>
      <guid isPermaLink="false">${absolute(paths.statement(s.id))}</guid>
      <pubDate>${new Date(timestamp(s.date)).toUTCString()}</pubDate>
      <dc:creator>${escapeHtml(s.issuers.map((id) => actorName(lang, id)).join(', '))}</dc:creator>
      <description>${escapeHtml(description)}</description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeHtml(t.feedTitle)}</title>
    <link>${absolute(localPath(lang, '/statements/'))}</link>
    <atom:link href="${absolute(localPath(lang, '/feed.xml'))}" rel="self" type="application/rss+xml"/>
    <description>${escapeHtml(t.homeDescription)}</description>
    <language>${lang}</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

/**
 * The corrections as an Atom feed (RFC 4287), newest first: one entry per correction, linking
 * to the corrected record's page.
 */
export function correctionsFeed(lang: Lang): string {
  const t = strings(lang);
  const entries = record.corrections;
  const updated = entries[0] ? timestamp(entries[0].date) : timestamp('2026');
  const items = entries.map((entry) => {
    const statement = record.get(entry.statement);
    const url = absolute(localPath(lang, `${paths.statement(entry.statement)}#corrections`));
    const id = `${absolute(paths.statement(entry.statement))}#correction-${entry.date}-${entry.fields.join(',')}`;
    return `  <entry>
    <title>${escapeHtml(`${statement.title[lang]}: ${entry.what[lang]}`)}</title>
    <link href="${escapeHtml(url)}"/>
    <id>${escapeHtml(id)}</id>
    <updated>${timestamp(entry.date)}</updated>
    <summary>${escapeHtml(`${entry.what[lang]} ${t.correctionWhy}: ${entry.why[lang]}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeHtml(`${t.correctionsTitle} · ${t.feedTitle}`)}</title>
  <link href="${escapeHtml(absolute(localPath(lang, paths.corrections)))}"/>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(absolute(localPath(lang, '/corrections.xml')))}"/>
  <id>${escapeHtml(absolute(localPath(lang, '/corrections.xml')))}</id>
  <updated>${updated}</updated>
  <author><name>Null &amp; Void</name></author>
${items.join('\n')}
</feed>
`;
}

/**
 * The sitemap with each page's other-language version (`xhtml:link`), and the pages that exist in
 * English only (the API reference).
 */
export function sitemap(pagePaths: readonly string[], englishOnly: readonly string[] = []): string {
  const single = englishOnly.map(
    (path) => `  <url>\n    <loc>${escapeHtml(absolute(path))}</loc>\n  </url>`,
  );
  const urls = pagePaths.flatMap((path) =>
    LANGS.map(
      (lang) => `  <url>
    <loc>${escapeHtml(absolute(localPath(lang, path)))}</loc>
${LANGS.map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${escapeHtml(absolute(localPath(alt, path)))}"/>`).join('\n')}
  </url>`,
    ),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${[...urls, ...single].join('\n')}
</urlset>
`;
}
