import { describe, expect, test } from 'vitest';
import { directoryLocation, MAX_TARGET_LENGTH, readTarget } from './request-target.js';

describe('readTarget', () => {
  test('a page address: decoded once, under the base path, the query as sent', () => {
    expect(readTarget('/statements/?q=%D1%85', '/')).toEqual({
      kind: 'path',
      sitePath: '/statements/',
      query: 'q=%D1%85',
    });
    expect(readTarget('/nv/uk/%D1%85', '/nv/')).toEqual({
      kind: 'path',
      sitePath: '/uk/х',
      query: '',
    });
    // Decoded once: an encoded percent sign stays a percent sign.
    expect(readTarget('/..%252F', '/')).toMatchObject({ kind: 'path', sitePath: '/..%2F' });
  });

  test.each([
    ['/%2Fevil.example%2F..%2Fstatements', 404],
    ['/..%2Fsecret', 404],
    ['/a/%2E%2E/b', 404],
    ['/a/./b', 404],
    ['//evil.example/', 404],
    ['/a//b', 404],
    ['/%00', 400],
    ['/%0D%0AX:1', 400],
    ['/%5Cevil', 400],
    ['/a\\b', 400],
    ['/%E0%A4%A', 400],
    ['http://evil.example/', 400],
    ['*', 400],
    [`/${'a'.repeat(MAX_TARGET_LENGTH)}`, 414],
  ] as const)('%s is refused with %i', (target, status) => {
    expect(readTarget(target, '/')).toMatchObject({ kind: 'refused', status });
  });

  test('outside the base path: 404; the base path without its slash: redirected to it', () => {
    expect(readTarget('/other/', '/nv/')).toMatchObject({ kind: 'refused', status: 404 });
    expect(readTarget('/nv?q=1', '/nv/')).toEqual({ kind: 'redirect', location: '/nv/?q=1' });
  });
});

describe('directoryLocation', () => {
  test('a path of the site, its segments and query re-encoded', () => {
    expect(directoryLocation('/', '/statements', '')).toBe('/statements/');
    expect(directoryLocation('/nv/', '/uk/statements', 'q=%0D%0AX:1')).toBe(
      '/nv/uk/statements/?q=%0D%0AX%3A1',
    );
    expect(directoryLocation('/', '/х/y z', 'q=х')).toBe('/%D1%85/y%20z/?q=%D1%85');
  });
});
