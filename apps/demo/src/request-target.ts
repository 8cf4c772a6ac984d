/**
 * What a request to the site's server asks for, checked before any file is looked up: the
 * request target decoded once, refused when it carries what no page address has (NUL, CR, LF,
 * other control characters, backslashes, dot or empty segments), and the site path under the
 * base path. A pure function of the target, so that the server has one place that reads it.
 */

/**
 * Longer request targets are answered 414. Apache's and nginx's default limit on the request
 * line, about 8 KB: no page address comes near it, and a shared link with long search words
 * (which the statements page cuts, with a note) still opens.
 */
export const MAX_TARGET_LENGTH = 8192;

export type RequestTarget =
  | {
      kind: 'path';
      /** The decoded path inside the site, from its `/`, e.g. `/uk/statements/`. */
      sitePath: string;
      /** The query string as sent, without its `?` (empty if none). */
      query: string;
    }
  /** The base path without its slash, sent to the base path. */
  | { kind: 'redirect'; location: string }
  | { kind: 'refused'; status: 400 | 404 | 414; reason: string };

function refuse(status: 400 | 404 | 414, reason: string): RequestTarget {
  return { kind: 'refused', status, reason };
}

/** Control characters (NUL, CR, LF among them) and backslashes, which no page address has. */
function hasForbidden(path: string): boolean {
  for (const char of path) {
    if (char < ' ' || char === '\x7f' || char === '\\') return true;
  }
  return false;
}

/**
 * Reads a request target (`request.url`) for a site served under `basePath` (`/` or `/x/`).
 * A browser resolves `.` and `..` and never sends an empty segment for a link of the site, so a
 * path that still has one after decoding names no page: it is refused rather than resolved.
 */
export function readTarget(target: string, basePath: string): RequestTarget {
  if (target.length > MAX_TARGET_LENGTH) return refuse(414, 'The address is too long.');
  // Absolute-form targets (`http://host/x`) and `*` are not addresses on this site.
  if (!target.startsWith('/')) return refuse(400, 'The address must be a path.');
  const mark = target.indexOf('?');
  const rawPath = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? '' : target.slice(mark + 1);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'The address has a malformed percent-encoding.');
  }
  if (hasForbidden(path)) {
    return refuse(400, 'The address has a control character or a backslash.');
  }
  const segments = path.split('/').slice(1);
  const inner = segments.slice(0, -1);
  if (segments.some((s) => s === '.' || s === '..') || inner.includes('')) {
    return refuse(404, 'The address has an empty or dot segment.');
  }
  if (`${path}/` === basePath) {
    return { kind: 'redirect', location: directoryLocation(basePath, '/', query) };
  }
  if (!path.startsWith(basePath)) return refuse(404, 'The address is outside the site.');
  return { kind: 'path', sitePath: `/${path.slice(basePath.length)}`, query };
}

/**
 * The address a directory's path without its slash is sent to: built from the checked path's
 * segments, each percent-encoded, and the query re-encoded, so that nothing the request carried
 * reaches the `Location` header as it was sent, and the address cannot leave the site.
 */
export function directoryLocation(basePath: string, sitePath: string, query: string): string {
  const path = sitePath
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
  const search = new URLSearchParams(query).toString();
  return `${basePath}${path ? `${path}/` : ''}${search ? `?${search}` : ''}`;
}
