import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EngineFault } from './engine-fault-worker.js';
import { BIN, type CliRun } from './run-cli.js';

/** The test hook that injects an engine fault into the CLI's engine workers (see engine-fault-preload.mjs). */
const FAULT_PRELOAD = fileURLToPath(new URL('./engine-fault-preload.mjs', import.meta.url));

/** Node arguments and environment for a CLI run, with `fault` injected into every engine worker when given. */
function cliProcess(args: readonly string[], fault: EngineFault | undefined) {
  if (!fault) return { argv: [BIN, ...args], env: process.env };
  return { argv: ['--import', FAULT_PRELOAD, BIN, ...args], env: { ...process.env, EXPERTPOOL_TEST_ENGINE_FAULT: fault } };
}

/** Runs the CLI, optionally with an engine fault injected into its engine workers. */
export function runCliWithFault(args: readonly string[], fault?: EngineFault): CliRun {
  const { argv, env } = cliProcess(args, fault);
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8', env, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A CLI run in the background: its process, and how it ended once it has. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly stderrSoFar: () => string;
  readonly done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/** Starts the CLI in the background, optionally with an engine fault; it is killed after 60 s at the latest. */
export function startCli(args: readonly string[], fault?: EngineFault): RunningCli {
  const { argv, env } = cliProcess(args, fault);
  const child = spawn(process.execPath, argv, { env });
  let stdout = '';
  let stderr = '';
  const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(deadline);
      resolve({ status, signal, stdout, stderr });
    });
  });
  return { child, stderrSoFar: () => stderr, done };
}

/**
 * Starts the CLI, sends SIGINT once its stderr contains `ready`, and
 * collects how it ended.
 */
export function interruptCliWhen(
  ready: string,
  args: readonly string[],
  fault?: EngineFault,
): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  const running = startCli(args, fault);
  let sent = false;
  running.child.stderr?.on('data', () => {
    if (!sent && running.stderrSoFar().includes(ready)) {
      sent = true;
      // Give the solve a moment to start in its worker before interrupting it.
      setTimeout(() => running.child.kill('SIGINT'), 300);
    }
  });
  return running.done;
}
