/** The embed builder's attributes, checked against what the widgets document of themselves. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMMON_ATTRIBUTES, WIDGET_ATTRIBUTES, WIDGETS } from './snippets.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

const manifest = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@null-and-void/widgets/custom-elements.json'),
    'utf8',
  ),
) as Manifest;

/** Each tag's attributes as `custom-elements.json` lists them. */
const documented = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
);

/**
 * Documented, left out of the builder on purpose: `src` points a widget at a page's own catalog,
 * and the builder's snippets show the record.
 */
const NOT_IN_BUILDER = ['src', ...COMMON_ATTRIBUTES];

describe('WIDGET_ATTRIBUTES', () => {
  it.each(WIDGETS)('nv-%s: the builder writes the attributes the widget documents', (widget) => {
    const attributes = documented.get(`nv-${widget}`);
    expect(attributes, `nv-${widget} in custom-elements.json`).toBeDefined();
    const own = attributes!.filter((name) => !NOT_IN_BUILDER.includes(name));
    expect([...WIDGET_ATTRIBUTES[widget]].sort()).toEqual(own.sort());
  });
});
