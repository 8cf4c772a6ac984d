// The built package under react-dom/server: each component writes its element's tag with the
// props as the element's attributes, and its children (the fallback a reader sees before the
// script runs), from both the ESM and the CommonJS build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

interface Declaration {
  name: string;
  tagName?: string;
}
const require = createRequire(import.meta.url);
const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(
  readFileSync(require.resolve('@null-and-void/widgets/custom-elements.json'), 'utf8'),
);
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const builds = {
  esm: () => import('@null-and-void/react') as Promise<Record<string, unknown>>,
  cjs: async () => require('@null-and-void/react') as Record<string, unknown>,
};

describe.each(Object.entries(builds))('react-dom/server, %s build', (_name, load) => {
  it('has a component for every element of custom-elements.json', async () => {
    const components = await load();
    expect(elements.length).toBe(7);
    for (const element of elements) expect(components[element.name], element.name).toBeDefined();
  });

  it('writes each element with its attributes and its fallback', async () => {
    const components = await load();
    for (const element of elements) {
      const html = renderToString(
        createElement(
          components[element.name] as string,
          { theme: 'dark', lang: 'uk', noCredit: true, src: '/catalog.json', className: 'wide' },
          createElement('p', null, 'Fallback'),
        ),
      );
      expect(html).toBe(
        `<${element.tagName} theme="dark" lang="uk" no-credit="" src="/catalog.json" class="wide"><p>Fallback</p></${element.tagName}>`,
      );
    }
  });

  it('writes a card’s own attributes, and leaves out event props and false booleans', async () => {
    const { NvStatement } = await load();
    const html = renderToString(
      createElement(NvStatement as string, {
        statement: 'nato-2022-09-22',
        variant: 'compact',
        quote: 'none',
        noCredit: false,
        onNvError: () => {},
      }),
    );
    expect(html).toBe(
      '<nv-statement statement="nato-2022-09-22" variant="compact" quote="none"></nv-statement>',
    );
  });
});
