/**
 * The prerender step, run after `vite build`: writes every page of the site as full HTML in both
 * languages, the data downloads, feeds and sitemap, and copies the widgets'
 * CDN bundles to `/widgets/`. Everything shown comes from the data package's catalog.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  toCatalogJSON,
  toCSV,
  toMatrixCSV,
  toMatrixJSON,
  toNDJSON,
  toVotesCSV,
} from '@null-and-void/statements';
import { CITATION_FILES } from '@null-and-void/statements/cite';
import { API_DOCS_PATH, writeApiDocs } from './api-docs.js';
import {
  CITATION_DOWNLOADS,
  CITATION_LABELS,
  citationFiles,
  listCitationPath,
} from './citations.js';
import { dataPackage } from './datapackage.js';
import { correctionsFeed, jsonFeed, rssFeed, sitemap } from './feeds.js';
import { LANGS } from './i18n/index.js';
import { writeFavicons } from './images/favicons.js';
import { shareImagePath } from './images/paths.js';
import {
  describeReport,
  type ShareImage,
  shareImagesOf,
  writeShareImages,
} from './images/share-images.js';
import { type Assets, type ClientEntry, localPath, type Page, renderPage } from './layout.js';
import { MATRIX_DOWNLOADS } from './pages/countries.js';
import { type Download, dataPage, type StatementSchema } from './pages/data.js';
import { notFoundPage } from './pages/not-found.js';
import { record } from './record.js';
import { sitePages } from './site-pages.js';
import { WIDGETS } from './snippets.js';
import { hasBundle, WIDGETS_CDN_DIR } from './widget-bundles.js';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Where `vite build` wrote (its `--outDir`); the end-to-end tests build a copy elsewhere. */
const DIST = resolve(process.env.NV_OUT_DIR ?? join(APP_DIR, 'dist'));
const REPO = join(APP_DIR, '..', '..');
const require = createRequire(import.meta.url);

function write(path: string, content: string): void {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The built file of each client entry, and the chunks it imports (to preload them). */
function readAssets(): Assets {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = (src: string) => {
    const chunk = manifest[src];
    if (!chunk) throw new Error(`The Vite manifest has no entry ${src}; run vite build first.`);
    return chunk;
  };
  const importsOf = (chunk: ManifestChunk): string[] =>
    (chunk.imports ?? []).flatMap((key) => [
      `/${manifest[key]!.file}`,
      ...importsOf(manifest[key]!),
    ]);
  const script = (name: ClientEntry) => {
    const chunk = entry(`src/client/${name}.ts`);
    return { file: `/${chunk.file}`, preload: [...new Set(importsOf(chunk))] };
  };
  const scripts: Assets['scripts'] = {
    site: script('site'),
    statements: script('statements'),
    builder: script('builder'),
    frame: script('frame'),
  };
  return { css: [`/${entry('src/styles/site.css').file}`], scripts };
}

/**
 * Gives every page its share image and lists the images to write: a page's own card, or, for the
 * bare embed frames and the 404 pages, the home page's.
 */
function attachShareImages(pages: readonly Page[], notFound: readonly Page[]): ShareImage[] {
  const images = shareImagesOf(pages);
  const byPath = new Map(images.map((image) => [image.path, image]));
  for (const page of [...pages, ...notFound]) {
    const image =
      (!page.bare && byPath.get(shareImagePath(page.lang, page.path))) ||
      byPath.get(shareImagePath(page.lang, '/'));
    if (!image)
      throw new Error(`The ${page.lang} home page is missing: no image for ${page.path}.`);
    page.image = { path: image.path, alt: image.card.alt };
  }
  return images;
}

async function main(): Promise<void> {
  const assets = readAssets();
  const pages: Page[] = sitePages();

  // Downloads first: the data page states their sizes.
  const schemaFile = require.resolve('@null-and-void/statements/schema.json');
  const catalogSchema = JSON.parse(readFileSync(schemaFile, 'utf8')) as {
    properties: { statements: { items: StatementSchema } };
  };
  write('/data/statements.json', `${JSON.stringify(toCatalogJSON(record), null, 2)}\n`);
  write('/data/statements.ndjson', toNDJSON(record.statements));
  // A byte order mark, so that Excel opens the CSV files as UTF-8 (Ukrainian text intact).
  write('/data/statements.csv', toCSV(record, record.statements, { bom: true }));
  write('/data/un-votes.csv', toVotesCSV(record, { bom: true }));
  for (const [path, content] of citationFiles()) write(path, content);
  write(MATRIX_DOWNLOADS.csv, toMatrixCSV(record.matrix(), { bom: true }));
  write(MATRIX_DOWNLOADS.json, `${JSON.stringify(toMatrixJSON(record.matrix()))}\n`);
  write('/data/catalog.schema.json', readFileSync(schemaFile, 'utf8'));
  write('/data/LICENSE.txt', readFileSync(join(REPO, 'LICENSE'), 'utf8'));
  write('/data/LICENSE-DATA.txt', readFileSync(join(REPO, 'LICENSE-DATA'), 'utf8'));
  const size = (path: string) => statSync(join(DIST, path)).size;
  const downloads: Download[] = [
    {
      path: '/data/statements.json',
      format: 'JSON',
      mediaType: 'application/json',
      description: 'downloadJson',
    },
    {
      path: '/data/statements.ndjson',
      format: 'NDJSON',
      mediaType: 'application/x-ndjson',
      description: 'downloadNdjson',
    },
    {
      path: '/data/statements.csv',
      format: 'CSV',
      mediaType: 'text/csv',
      description: 'downloadCsv',
      bom: true,
    },
    {
      path: '/data/un-votes.csv',
      format: 'CSV',
      mediaType: 'text/csv',
      description: 'downloadVotesCsv',
      bom: true,
    },
    {
      path: MATRIX_DOWNLOADS.csv,
      format: 'CSV',
      mediaType: 'text/csv',
      description: 'downloadMatrixCsv',
      bom: true,
    },
    {
      path: MATRIX_DOWNLOADS.json,
      format: 'JSON',
      mediaType: 'application/json',
      description: 'downloadMatrixJson',
    },
    {
      path: '/data/catalog.schema.json',
      format: 'JSON Schema',
      mediaType: 'application/schema+json',
      description: 'downloadSchema',
    },
    ...CITATION_DOWNLOADS.map((format) => ({
      path: listCitationPath(format),
      format: CITATION_LABELS[format],
      mediaType: CITATION_FILES[format].mediaType,
      description: 'downloadCitations',
    })),
  ].map((d) => ({ ...d, bytes: size(d.path) }) as Download);
  write('/data/datapackage.json', `${JSON.stringify(dataPackage(downloads), null, 2)}\n`);
  downloads.push({
    path: '/data/datapackage.json',
    format: 'Data Package',
    mediaType: 'application/json',
    description: 'downloadDatapackage',
    bytes: size('/data/datapackage.json'),
  });
  for (const lang of LANGS)
    pages.push(dataPage(lang, downloads, catalogSchema.properties.statements.items));

  const notFound = LANGS.map((lang) => notFoundPage(lang));
  // The images render in worker threads while this thread writes the pages.
  const imagesWritten = writeShareImages(attachShareImages(pages, notFound), DIST, { prune: true });
  writeFavicons(DIST);

  for (const page of pages) write(localPath(page.lang, page.path), renderPage(page, assets));
  for (const [i, lang] of LANGS.entries()) {
    write(lang === 'en' ? '/404.html' : '/uk/404.html', renderPage(notFound[i]!, assets));
    write(localPath(lang, '/feed.json'), jsonFeed(lang));
    write(localPath(lang, '/feed.xml'), rssFeed(lang));
    write(localPath(lang, '/corrections.xml'), correctionsFeed(lang));
  }

  const apiDocs = await writeApiDocs(DIST);
  const indexed = pages.filter((p) => p.lang === 'en' && !p.bare).map((p) => p.path);
  // The API reference is English only: no Ukrainian alternate.
  write('/sitemap.xml', sitemap(indexed, [API_DOCS_PATH]));
  write(
    '/robots.txt',
    `User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /uk/embed/\n\nSitemap: ${new URL('sitemap.xml', `${process.env.NV_SITE_URL ?? 'http://localhost:4173'}/`).href}\n`,
  );

  // The host-page resizer lives at a stable address: /embed.js.
  renameSync(join(DIST, 'assets', 'embed.js'), join(DIST, 'embed.js'));

  if (existsSync(WIDGETS_CDN_DIR))
    cpSync(WIDGETS_CDN_DIR, join(DIST, 'widgets'), { recursive: true });
  const widgets = WIDGETS.filter((w) => hasBundle(w)).length;

  const html = pages.length + LANGS.length;
  console.log(
    `prerendered ${html} HTML pages (${indexed.length * 2} in the sitemap), 4 feeds, ${downloads.length} downloads; widget bundles: ${widgets}/${WIDGETS.length}`,
  );
  console.log(apiDocs);
  console.log(describeReport(await imagesWritten));
}

await main();
