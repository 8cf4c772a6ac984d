/** Runs a command and returns its output; a failure throws with what the command printed. */
import { execFile } from 'node:child_process';

export interface RunResult {
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const ms = performance.now() - started;
        if (error) {
          reject(
            new Error(
              `${command} ${args.join(' ')} (in ${options.cwd}) failed: ${error.message}\n${stdout}\n${stderr}`,
            ),
          );
        } else resolve({ stdout, stderr, ms });
      },
    );
  });
}
