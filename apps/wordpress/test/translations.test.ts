/**
 * Every text the plugin shows editors and administrators has its Ukrainian translation, so that
 * a Ukrainian WordPress shows none of them in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { po } from 'gettext-parser';
import { expect, test } from 'vitest';

const plugin = fileURLToPath(new URL('../plugin/null-and-void/', import.meta.url));
const phpFiles = [
  'null-and-void.php',
  ...readdirSync(join(plugin, 'includes')).map((f) => join('includes', f)),
];
/** The text given to WordPress's translation functions (the plugin calls them with its own domain only). */
const CALL = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|_n)\(\s*'((?:[^'\\]|\\.)*)'/g;

test('every translatable text of the plugin has a Ukrainian translation', () => {
  const catalog = po.parse(readFileSync(join(plugin, 'languages', 'null-and-void-uk.po')));
  const translations = catalog.translations[''] ?? {};
  const texts = phpFiles.flatMap((file) =>
    [...readFileSync(join(plugin, file), 'utf8').matchAll(CALL)].map((m) =>
      m[1]!.replaceAll("\\'", "'"),
    ),
  );
  expect(texts.length).toBeGreaterThan(15);
  const untranslated = texts.filter(
    (text) => !translations[text]?.msgstr.every((s) => s.trim() !== ''),
  );
  expect(untranslated).toEqual([]);
});
