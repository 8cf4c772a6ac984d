/**
 * Builds the plugin into dist/null-and-void/ and dist/null-and-void.zip (what an administrator
 * uploads in Plugins → Add New). Besides the source folder, it writes what comes from the site
 * and the widgets themselves, so that the plugin cannot disagree with them:
 * - widgets.json: each widget and the attributes its frame page accepts (the demo's snippets.ts),
 *   and the class of the link card that embed.js hides once the frame reports (embed-card.ts);
 * - the attribute list in readme.txt, each with the widget's own description
 *   (the widgets' custom-elements.json);
 * - languages/*.mo, compiled from the .po files.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_CARD_CLASS } from 'demo/embed-card';
import { COMMON_ATTRIBUTES, WIDGET_ATTRIBUTES, WIDGETS } from 'demo/snippets';
import { zipSync } from 'fflate';
import { mo, po } from 'gettext-parser';

const app = fileURLToPath(new URL('..', import.meta.url));
const source = join(app, 'plugin', 'null-and-void');
const dist = join(app, 'dist');
const plugin = join(dist, 'null-and-void');
const README_MARKER =
  "[widget attributes: written here by the build from the widgets' own documentation]";

interface Manifest {
  modules: {
    declarations?: { tagName?: string; attributes?: { name: string; description?: string }[] }[];
  }[];
}

/** Each widget's attribute descriptions by name, from the widgets' custom-elements.json. */
function attributeDescriptions(): Map<string, Map<string, string>> {
  const file = createRequire(import.meta.url).resolve(
    '@null-and-void/widgets/custom-elements.json',
  );
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const byWidget = new Map<string, Map<string, string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName?.startsWith('nv-')) continue;
    const attributes = new Map(
      (declaration.attributes ?? []).map((a) => [a.name, a.description ?? '']),
    );
    byWidget.set(declaration.tagName.slice(3), attributes);
  }
  return byWidget;
}

/** The readme's list: one subsection per widget, one line per attribute (lang is described by hand). */
function attributeList(): string {
  const descriptions = attributeDescriptions();
  return WIDGETS.map((widget) => {
    const names = [...WIDGET_ATTRIBUTES[widget], ...COMMON_ATTRIBUTES.filter((n) => n !== 'lang')];
    const lines = names.map((name) => {
      const description = descriptions.get(widget)?.get(name);
      if (!description) console.warn(`build-plugin: nv-${widget} documents no "${name}" attribute`);
      return `* \`${name}\`${description ? `: ${description.replace(/\s+/g, ' ')}` : ''}`;
    });
    return `= ${widget} =\n\n${lines.join('\n')}`;
  }).join('\n\n');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

rmSync(dist, { recursive: true, force: true });
cpSync(source, plugin, { recursive: true });
writeFileSync(
  join(plugin, 'widgets.json'),
  `${JSON.stringify(
    { attributes: WIDGET_ATTRIBUTES, common: COMMON_ATTRIBUTES, cardClass: EMBED_CARD_CLASS },
    null,
    2,
  )}\n`,
);
const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
if (!readme.includes(README_MARKER))
  throw new Error(`readme.txt lacks the line "${README_MARKER}"`);
writeFileSync(join(plugin, 'readme.txt'), readme.replace(README_MARKER, attributeList()));
for (const file of files(join(plugin, 'languages')).filter((f) => f.endsWith('.po'))) {
  writeFileSync(file.replace(/\.po$/, '.mo'), mo.compile(po.parse(readFileSync(file))));
  rmSync(file);
}
const entries = Object.fromEntries(
  files(plugin).map((file) => [relative(dist, file), new Uint8Array(readFileSync(file))]),
);
writeFileSync(join(dist, 'null-and-void.zip'), zipSync(entries));
console.log(
  `built ${relative(app, plugin)}/ and dist/null-and-void.zip (${Object.keys(entries).length} files)`,
);
