/**
 * What one run of the WordPress test started and wrote (process groups, folders, the config
 * file), kept in a file in the temporary folder. The next run reads it first: it ends the
 * processes of a run that died (each checked by its command line before it is signalled), removes
 * its files, and refuses to start while another run is still alive.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STATE_FILE = join(tmpdir(), 'nv-wordpress-test.json');
/** The first line of every file the test writes outside its temporary folder. */
export const MARKER =
  'Written by the Null & Void WordPress test (apps/wordpress/test); removed when it ends.';

interface State {
  owner: number;
  /** Process groups, each with a text its command line contains. */
  groups: { pid: number; mark: string }[];
  paths: string[];
}

const commandLine = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

async function endGroup(pid: number): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group has already gone.
    }
  };
  signal('SIGTERM');
  for (let i = 0; i < 100 && commandLine(pid) !== ''; i++) await sleep(100);
  signal('SIGKILL');
}

async function cleanUp(state: State): Promise<void> {
  for (const { pid, mark } of state.groups) {
    if (commandLine(pid).includes(mark)) await endGroup(pid);
  }
  for (const path of state.paths) {
    const ours =
      !path.endsWith('.php') || !existsSync(path) || readFileSync(path, 'utf8').includes(MARKER);
    if (ours) rmSync(path, { recursive: true, force: true });
  }
}

export class RunState {
  private state: State = { owner: process.pid, groups: [], paths: [] };

  /** Clears what a dead run left, then records this run as the owner. */
  async claim(): Promise<void> {
    if (existsSync(STATE_FILE)) {
      const old = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
      if (old.owner !== process.pid && commandLine(old.owner).includes('vitest')) {
        throw new Error(
          `another WordPress test run (process ${old.owner}) is still running; see ${STATE_FILE}`,
        );
      }
      await cleanUp(old);
    }
    this.save();
  }

  addGroup(pid: number, mark: string): void {
    this.state.groups.push({ pid, mark });
    this.save();
  }

  addPath(path: string): void {
    this.state.paths.push(path);
    this.save();
  }

  /** Ends this run's processes and removes its files, the last started first. */
  async release(): Promise<void> {
    await cleanUp({ ...this.state, groups: [...this.state.groups].reverse() });
    rmSync(STATE_FILE, { force: true });
  }

  private save(): void {
    writeFileSync(STATE_FILE, JSON.stringify(this.state));
  }
}
