/**
 * Writes the share images of a build: each card is rendered once into a cache folder, named by
 * the hash of its data and of everything else that decides its pixels (the rendering code, the
 * fonts, the ∅ mark, the satori and resvg versions), then copied to its address in the site. A
 * rebuild with nothing changed copies; cards that changed are rendered in worker threads, one
 * per core.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Page } from '../layout.js';
import { FONT_FILES } from './fonts.js';
import { shareImagePath } from './paths.js';
import { MARK_FILE } from './render-card.js';
import { type ShareCard, shareCardFor } from './share-card.js';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('.', import.meta.url));
/**
 * The worker's entry: the build runs TypeScript through tsx, whose loader does not follow it into
 * worker threads on Node 20, so each worker loads its module through tsx's API.
 */
const WORKER_ENTRY = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./render-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** Where rendered cards are kept between builds. */
export const CACHE_DIR = join(HERE, '..', '..', 'node_modules', '.cache', 'share-images');

/** One image of the site: its address (`/images/en/home.png`) and what it shows. */
export interface ShareImage {
  path: string;
  card: ShareCard;
}

/** The image of each page that has one of its own: every page but the bare embed frames. */
export function shareImagesOf(pages: readonly Page[]): ShareImage[] {
  return pages
    .filter((page) => !page.bare)
    .map((page) => ({
      path: shareImagePath(page.lang, page.path),
      card: shareCardFor(page.lang, page.path, page),
    }));
}

/** What the main thread sends a worker: a card, the file to write, and the image it is for. */
export interface RenderJob {
  card: ShareCard;
  file: string;
  image: string;
}
export interface RenderResult {
  file: string;
  ms: number;
  error?: string;
}

export interface ShareImagesReport {
  images: number;
  /** Distinct cards (pages that share an image count once). */
  cards: number;
  rendered: number;
  bytes: number;
  /** Rendering time summed over the threads, in ms. */
  renderMs: number;
  wallMs: number;
  threads: number;
}

/**
 * The modules that turn a card's data into pixels: render-card.ts and what it imports (a test
 * checks the list). Changing one of them renders every card again; changing the rest does not.
 */
export const RENDERER_MODULES = [
  'card-template.ts',
  'fonts.ts',
  'png.ts',
  'render-card.ts',
  'text-fit.ts',
] as const;

/** The hash of everything but the card's data that decides a card's pixels. */
function rendererHash(): string {
  const hash = createHash('sha256');
  for (const name of RENDERER_MODULES) hash.update(name).update(readFileSync(join(HERE, name)));
  for (const font of FONT_FILES) hash.update(readFileSync(font.path));
  hash.update(readFileSync(MARK_FILE));
  for (const pkg of ['satori', '@resvg/resvg-js']) {
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  }
  return hash.digest('hex');
}

function cardFile(cacheDir: string, renderer: string, card: ShareCard): string {
  const key = createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('hex');
  return join(cacheDir, `${key.slice(0, 40)}.png`);
}

/** Renders the jobs in worker threads, dealt out in turn, so that each gets a like share. */
async function renderInWorkers(jobs: readonly RenderJob[], threads: number) {
  const count = Math.min(threads, jobs.length);
  const workers = Array.from({ length: count }, () => new Worker(WORKER_ENTRY, { eval: true }));
  try {
    const shares = await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<RenderResult[]>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage(jobs.filter((_, i) => i % count === w));
          }),
      ),
    );
    const results = shares.flat();
    const failed = results.find((result) => result.error);
    if (failed) {
      const job = jobs.find((j) => j.file === failed.file);
      throw new Error(`Could not render the share image ${job?.image}: ${failed.error}`);
    }
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Writes every image into `outDir` at its path, rendering the cards the cache lacks. With
 * `prune`, cached cards this build did not use are deleted, so the cache holds one site's worth.
 */
export async function writeShareImages(
  images: readonly ShareImage[],
  outDir: string | undefined,
  { cacheDir = CACHE_DIR, threads = availableParallelism(), prune = false } = {},
): Promise<ShareImagesReport> {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const renderer = rendererHash();
  const files = images.map((image) => cardFile(cacheDir, renderer, image.card));
  const jobs = new Map<string, RenderJob>();
  images.forEach((image, i) => {
    const file = files[i]!;
    if (!existsSync(file) && !jobs.has(file))
      jobs.set(file, { card: image.card, file, image: image.path });
  });
  const results = await renderInWorkers([...jobs.values()], threads);

  let bytes = 0;
  images.forEach((image, i) => {
    if (!outDir) return;
    const target = join(outDir, image.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(files[i]!, target);
    bytes += statSync(target).size;
  });
  if (prune) {
    const used = new Set(files.map((file) => file.slice(cacheDir.length + 1)));
    for (const name of readdirSync(cacheDir))
      if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  }
  return {
    images: images.length,
    cards: new Set(files).size,
    rendered: results.length,
    bytes,
    renderMs: results.reduce((sum, r) => sum + r.ms, 0),
    wallMs: performance.now() - started,
    threads: Math.min(threads, jobs.size),
  };
}

/** One line on what a run did, for the build's log. */
export function describeReport(report: ShareImagesReport): string {
  const each = report.rendered
    ? ` (${(report.renderMs / report.rendered).toFixed(0)} ms each, wall clock per thread)`
    : '';
  const written = report.bytes
    ? `${report.images} PNGs, ${(report.bytes / 1e6).toFixed(1)} MB; `
    : '';
  return `share images: ${written}${report.cards} cards, ${report.rendered} rendered on ${report.threads} threads${each}, ${report.cards - report.rendered} from the cache; ${(report.wallMs / 1000).toFixed(1)} s`;
}
