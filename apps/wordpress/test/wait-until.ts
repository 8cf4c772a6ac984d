import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it returns true; throws, naming what was awaited, after `timeout` ms. An
 * error thrown by `check` stops the wait at once (e.g. the server being waited for has exited).
 */
export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeout = 30_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
}
