import { WidgetError } from './widget-error.js';

// Resolved against this script, so that any mirror of the npm package serves its own data.
const base = new URL('./data/', import.meta.url);

/** Ids are slugs; anything else never reaches a URL. */
export const ID = /^[a-z0-9][a-z0-9-]*$/;

const fetched = new Map<string, Promise<unknown>>();

/**
 * A JSON file of the CDN's `data/` folder, fetched once per page however many widgets show it; a
 * 404 is `missing`, anything else `load-failed`. A failure is not kept: the next widget tries again.
 */
export function fetchJSON(path: string, missing: 'unknown-id' | 'load-failed'): Promise<unknown> {
  let pending = fetched.get(path);
  if (!pending) {
    pending = request(path, missing);
    fetched.set(path, pending);
    pending.catch(() => fetched.delete(path));
  }
  return pending;
}

async function request(path: string, missing: 'unknown-id' | 'load-failed'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { credentials: 'omit' });
  } catch (error) {
    throw new WidgetError('load-failed', `Could not fetch ${path}: ${String(error)}`);
  }
  if (response.status === 404) throw new WidgetError(missing, `No data at ${path} (404).`);
  if (!response.ok) throw new WidgetError('load-failed', `${path} answered ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new WidgetError('invalid-data', `${path} is not JSON.`);
  }
}
