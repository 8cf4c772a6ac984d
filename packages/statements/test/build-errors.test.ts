import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDir, packageRoot } from './helpers.js';

const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const compile = join(packageRoot, 'scripts', 'compile-data.ts');
let scratch: string | undefined;

function copyOfData(): string {
  scratch = mkdtempSync(join(tmpdir(), 'nv-data-'));
  cpSync(dataDir, scratch, { recursive: true });
  return scratch;
}

/** What the build says of the data in `dir`, which it must refuse (exit code 1). */
function problemsIn(dir: string): string {
  const run = spawnSync(tsx, [compile, '--data', dir, '--check'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  return run.stderr;
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the data build', () => {
  it('passes on the data as it is', () => {
    const out = execFileSync(tsx, [compile, '--data', dataDir, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/data is valid: \d+ statements/);
  });

  it.each([
    // A quote's speaker.
    {
      actor: 'melinda-simmons',
      problem:
        /statements\/cnn-2022-09-23\.yaml › quotes\[0\]\.speaker: unknown actor id "melinda-simmons"/,
    },
    // An issuer.
    {
      actor: 'nato-north-atlantic-council',
      problem:
        /statements\/nato-2022-09-22\.yaml › issuers\[0\]: unknown actor id "nato-north-atlantic-council"/,
    },
  ])('fails, naming the file and field, when actor $actor is deleted', ({ actor, problem }) => {
    const dir = copyOfData();
    rmSync(join(dir, 'actors', `${actor}.yaml`));
    expect(problemsIn(dir)).toMatch(problem);
  });

  it('fails with a suggestion when a theme id is misspelt', () => {
    const dir = copyOfData();
    const file = join(dir, 'statements', 'nato-2022-09-22.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  - nuclear-rhetoric', '  - nuclear-retoric'),
    );
    expect(problemsIn(dir)).toMatch(
      /statements\/nato-2022-09-22\.yaml › themes\[\d\]: unknown theme id "nuclear-retoric"; did you mean "nuclear-rhetoric"\?/,
    );
  });

  it('fails on an impossible date, naming the field', () => {
    const dir = copyOfData();
    const file = join(dir, 'statements', 'nato-2022-09-22.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2022-09-22', 'date: 2022-02-30'));
    expect(problemsIn(dir)).toMatch(
      /nato-2022-09-22\.yaml › date: date must be a real calendar date/,
    );
  });

  it('fails on an unknown field, a missing field and a file named after another id', () => {
    const dir = copyOfData();
    const file = join(dir, 'statements', 'bucn-2023-09-07.yaml');
    const text = readFileSync(file, 'utf8').replace(/^kind: appeal\n/m, 'kidn: appeal\n');
    writeFileSync(file, text);
    writeFileSync(
      join(dir, 'themes', 'copy.yaml'),
      readFileSync(join(dir, 'themes', 'annexation.yaml')),
    );
    const stderr = problemsIn(dir);
    expect(stderr).toMatch(/bucn-2023-09-07\.yaml › kind: required field "kind" is missing/);
    expect(stderr).toMatch(/bucn-2023-09-07\.yaml › kidn: unknown field "kidn"/);
    expect(stderr).toMatch(
      /themes\/copy\.yaml › id: the file must be named after its id: annexation\.yaml/,
    );
  });

  it('fails on YAML that does not parse, naming the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'regions', 'UA-43.yaml'), 'code: UA-43\nname: [unclosed\n');
    expect(problemsIn(dir)).toMatch(/regions\/UA-43\.yaml: not valid YAML/);
  });
});
