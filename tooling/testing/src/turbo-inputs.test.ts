import { describe, expect, it } from 'vitest';
import { dryRun, handWritten, missingInputs, TASK_ENTRIES } from './turbo-inputs.js';

const tasks = dryRun(['generate', 'build:attributes', 'build', 'images']);
const listed = tasks.filter(handWritten);

describe("Turbo's hand-written task inputs", () => {
  it('are known: each such task names the files it starts from', () => {
    expect(listed.map((task) => task.taskId).sort()).toEqual(Object.keys(TASK_ENTRIES).sort());
  });

  it.each(listed.map((task) => [task.taskId, task] as const))(
    '%s hashes every file it imports',
    async (_, task) => {
      expect(await missingInputs(task)).toEqual([]);
    },
  );

  it('would catch a vocabulary left out of the data compiler’s inputs', async () => {
    const generate = listed.find((task) => task.taskId === '@null-and-void/statements#generate')!;
    const { 'src/vocabulary.ts': _, ...inputs } = generate.inputs;
    expect(await missingInputs({ ...generate, inputs })).toEqual(['src/vocabulary.ts']);
  });
});
