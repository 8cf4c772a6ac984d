/**
 * A worker thread that renders share cards: it loads the fonts once, renders each card of the
 * list it is sent into the file named, and answers with the time each took. It is sent its whole
 * share at once, so it keeps working while the main thread is busy writing pages.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { createCardRenderer } from './render-card.js';
import type { RenderJob, RenderResult } from './share-images.js';

if (!parentPort) throw new Error('render-worker.ts runs as a worker thread (see share-images.ts).');
const port = parentPort;
const render = createCardRenderer();

async function run(job: RenderJob): Promise<RenderResult> {
  const started = performance.now();
  try {
    const png = await render(job.card);
    // Written aside and renamed, so that no reader ever sees half a file in the cache.
    const partial = `${job.file}.${threadId}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, job.file);
    return { file: job.file, ms: performance.now() - started };
  } catch (error) {
    return { file: job.file, ms: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', async (jobs: RenderJob[]) => {
  const results: RenderResult[] = [];
  for (const job of jobs) results.push(await run(job));
  port.postMessage(results);
});
