import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project's CLI entry, run as users run it (from the compiled dist/). */
export const BIN = fileURLToPath(new URL('../../bin/expertpool.js', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where a CLI run starts, and Node's own arguments before the CLI's (e.g. `--import` of a preload). */
interface CliOptions {
  readonly cwd?: string;
  readonly nodeArgs?: readonly string[];
}

/** Runs `expertpool ...args` in a child process and collects its output. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
