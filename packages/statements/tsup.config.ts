import { readFileSync } from 'node:fs';
import { libraryPreset } from '@null-and-void/tsup-preset';
import { defineConfig } from 'tsup';

// One entry per statement, so that a page showing one card loads one record.
const recordIds: string[] = JSON.parse(
  readFileSync(new URL('./src/generated/record-entries.json', import.meta.url), 'utf8'),
);
const records = Object.fromEntries(
  recordIds.map((id) => [`records/${id}`, `src/generated/records/${id}.ts`]),
);

export default defineConfig([
  {
    ...libraryPreset,
    entry: {
      index: 'src/index.ts',
      engine: 'src/engine.ts',
      light: 'src/light.ts',
      schema: 'src/schema.ts',
      cite: 'src/cite.ts',
      'country-names': 'src/country-names.ts',
      ...records,
    },
    format: ['esm', 'cjs'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
