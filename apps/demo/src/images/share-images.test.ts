import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RENDERER_MODULES } from './share-images.js';

/** The modules a module imports for their values (type-only imports do not run). */
function valueImports(name: string): string[] {
  const source = readFileSync(new URL(name, import.meta.url), 'utf8');
  return [...source.matchAll(/^import (?!type )[^;]*? from '\.\/([\w-]+)\.js';/gms)].map(
    (m) => `${m[1]}.ts`,
  );
}

test('the cache key covers every module the card renderer runs', () => {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of valueImports(name)) visit(imported);
  };
  visit('render-card.ts');
  expect([...seen].sort()).toEqual([...RENDERER_MODULES]);
});
