// The editor data the widgets ship (VS Code's custom HTML data, JetBrains' web-types), read as
// the editors read it: every element and every attribute of custom-elements.json, each with its
// description, and an attribute's values where its type has a fixed set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Attribute {
  name: string;
  description?: string;
  expandedType?: { text: string };
}
interface Element {
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Attribute[];
}
interface Described {
  name: string;
  description?: string;
}

const require = createRequire(import.meta.url);
const widgets = dirname(require.resolve('@null-and-void/widgets/package.json'));
const read = (path: string) => JSON.parse(readFileSync(join(widgets, path), 'utf8'));
const pkg = read('package.json');
const manifest: { modules: { declarations?: Element[] }[] } = read('custom-elements.json');
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Element & { tagName: string } => Boolean(d.tagName));
const valuesOf = (a: Attribute) =>
  a.expandedType?.text.split('|').map((v) => v.trim().replace(/^'|'$/g, ''));

const vscode: { tags: (Described & { attributes: (Described & { values: Described[] })[] })[] } =
  read(pkg.exports['./vscode.html-custom-data.json']);
const webTypes: {
  name: string;
  version: string;
  contributions: {
    html: { elements: (Described & { attributes: (Described & { value: { type: string } })[] })[] };
  };
} = read(pkg['web-types']);

describe('editor data', () => {
  it('the manifest has the seven elements, each attribute described', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual([
      'nv-quote',
      'nv-search',
      'nv-statement',
      'nv-statement-list',
      'nv-tally',
      'nv-timeline',
      'nv-vote-map',
    ]);
    for (const e of elements)
      for (const a of e.attributes ?? []) expect(a.description).toBeTruthy();
  });

  it('VS Code: every element and attribute, described, with the values of fixed sets', () => {
    expect(vscode.tags.map((t) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const element of elements) {
      const tag = vscode.tags.find((t) => t.name === element.tagName)!;
      expect(tag.description).toContain(element.summary!);
      expect(tag.attributes.map((a) => a.name)).toEqual(element.attributes!.map((a) => a.name));
      for (const attribute of element.attributes!) {
        const entry = tag.attributes.find((a) => a.name === attribute.name)!;
        expect(entry.description, `${tag.name} ${attribute.name}`).toBe(attribute.description);
        const values = valuesOf(attribute);
        if (values) expect(entry.values.map((v) => v.name)).toEqual(values);
      }
    }
    const theme = vscode.tags[0]!.attributes.find((a) => a.name === 'theme')!;
    expect(theme.values.map((v) => v.name)).toEqual(['light', 'dark', 'auto']);
  });

  it('JetBrains web-types: the package’s name and version, every element and attribute', () => {
    expect([webTypes.name, webTypes.version]).toEqual([pkg.name, pkg.version]);
    const html = webTypes.contributions.html.elements;
    expect(html.map((t) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const element of elements) {
      const tag = html.find((t) => t.name === element.tagName)!;
      expect(tag.description).toContain(element.summary!);
      expect(tag.attributes.map((a) => a.name)).toEqual(element.attributes!.map((a) => a.name));
      for (const attribute of element.attributes!) {
        const entry = tag.attributes.find((a) => a.name === attribute.name)!;
        expect(entry.description, `${tag.name} ${attribute.name}`).toBe(attribute.description);
        if (attribute.expandedType) expect(entry.value.type).toBe(attribute.expandedType.text);
      }
    }
  });

  it('package.json points editors at the files, and they are published', () => {
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(pkg.files).toContain('dist');
  });
});
