import { spawn, spawnSync } from 'node:child_process';
import { BIN, type CliRun } from './run-cli.js';

/** Runs the CLI with extra environment variables, e.g. an injected engine fault. */
export function runCliWith(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Starts the CLI, sends SIGINT once its stderr contains `ready`, and
 * collects how it ended.
 */
export function interruptCliWhen(
  ready: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (!sent && stderr.includes(ready)) {
        sent = true;
        // Give the solve a moment to start in its worker before interrupting it.
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    });
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(deadline);
      resolve({ status, signal, stdout, stderr });
    });
  });
}
