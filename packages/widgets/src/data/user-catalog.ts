import type { Catalog } from '@null-and-void/statements/engine';
import { WidgetError } from './widget-error.js';

const cache = new Map<string, Promise<Catalog>>();

/**
 * A catalog a page brings with `src`: fetched once per URL, validated against the schema, every
 * problem reported. Only `http(s)` URLs (resolved against the page) are fetched.
 */
export function loadUserCatalog(src: string): Promise<Catalog> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return Promise.reject(new WidgetError('invalid-attribute', `src "${src}" is not a URL.`));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.reject(
      new WidgetError('invalid-attribute', `src must be an http(s) URL; got "${url.protocol}".`),
    );
  }
  const key = url.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchCatalog(url);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function fetchCatalog(url: URL): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`it answered ${response.status}`);
  } catch (error) {
    throw new WidgetError(
      'load-failed',
      `Could not load the catalog at ${url.href}: ${String(error)}`,
    );
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new WidgetError('invalid-data', `The catalog at ${url.href} is not JSON.`);
  }
  const engine = await import('@null-and-void/statements/engine');
  try {
    return engine.createCatalog(data);
  } catch (error) {
    if (error instanceof engine.InvalidCatalogError) {
      throw new WidgetError(
        'invalid-data',
        `The catalog at ${url.href} is invalid: ${error.message}`,
      );
    }
    throw error;
  }
}
