// Adds up the vitest JSON reports of every package into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'apps', 'tooling']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const dir = join(group, name, 'test-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      passed += report.numPassedTests;
      failed +=
        report.numFailedTests +
        (report.numFailedTestSuites > 0 && report.numFailedTests === 0
          ? report.numFailedTestSuites
          : 0);
      skipped += report.numPendingTests + report.numTodoTests;
      rows.push(
        `  ${join(group, name)} (${file}): ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
      );
    }
  }
}
console.log(rows.join('\n'));
if (rows.length === 0) {
  console.log('no test reports were written');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
