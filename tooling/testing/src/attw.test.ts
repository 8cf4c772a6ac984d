import { describe, expect, it } from 'vitest';
import { problemLines } from './attw.js';

// Rows of `attw --profile node16 --format table-flipped` on the statements package (colours
// left out), and one row as attw writes a problem.
const legend =
  '(ignored per resolution) 💀 Import failed to resolve to type declarations or JavaScript files.';
const green =
  '│ "@null-and-void/statements"        │ 🟢 (CJS)          │ 🟢 (ESM)          │ 🟢         │ (ignored) 🟢                   │';
const ignored =
  '│ "@null-and-void/statements/engine" │ 🟢 (CJS)          │ 🟢 (ESM)          │ 🟢         │ (ignored) 💀 Resolution failed │';
const untyped =
  '│ "@null-and-void/statements/light"  │ ❌ No types       │ 🟢 (ESM)          │ 🟢         │ (ignored) 🟢                   │';

describe('problemLines', () => {
  it('reports a row with a problem under a resolution the profile checks', () => {
    expect(problemLines([legend, green, untyped].join('\n'))).toEqual([untyped]);
  });

  it('reports nothing for green rows and problems under an ignored resolution', () => {
    expect(problemLines([legend, green, ignored].join('\n'))).toEqual([]);
  });
});
