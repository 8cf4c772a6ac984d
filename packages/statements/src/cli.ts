#!/usr/bin/env node
import { catalog } from './index.js';

const rows = catalog.statements.map((s) => [s.date, s.id, s.title.en]);
const width = (i: number) => Math.max(...rows.map((r) => r[i]!.length));
for (const row of rows) console.log(`${row[0]!.padEnd(width(0))}  ${row[1]!.padEnd(width(1))}  ${row[2]}`);
console.log(`\n${rows.length} statements`);
