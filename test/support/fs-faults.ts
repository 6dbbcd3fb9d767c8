import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, type CliRun } from './run-cli.js';

const PRELOAD = fileURLToPath(new URL('./fs-fault-preload.mjs', import.meta.url));
/** A child that claims and writes an output folder with the built library (see write-output-set.mjs). */
const WRITE_SET = fileURLToPath(new URL('./write-output-set.mjs', import.meta.url));

/** A file system fault for one child process (see fs-fault-preload.mjs). */
export interface FsFault {
  /** Only calls on paths under this folder count. */
  readonly root: string;
  /** The call at which the fault strikes, counting from 1; 0 counts without striking. */
  readonly step: number;
  /** `kill`, a signal name (`SIGINT`), or an error code (`ENOSPC`). */
  readonly fault: string;
}

/** The result of a child run under a fault, with the signal that ended it and the calls it logged. */
export interface FaultRun extends CliRun {
  readonly signal: NodeJS.Signals | null;
  /** The counted calls the child made, from its log: `3 renameSync /path`. */
  readonly calls: readonly string[];
  readonly steps: number;
}

/** An engine fault to inject beside the file system fault (see engine-faults.mjs). */
type EngineFault = 'crash' | 'hang';
const ENGINE_PRELOAD = fileURLToPath(new URL('./engine-fault-preload.mjs', import.meta.url));

function runNode(script: string, args: readonly string[], fault: FsFault, engineFault?: EngineFault): FaultRun {
  const env = {
    ...process.env,
    ...(engineFault !== undefined ? { EXPERTPOOL_TEST_ENGINE_FAULT: engineFault } : {}),
    EXPERTPOOL_TEST_FS_ROOT: fault.root,
    EXPERTPOOL_TEST_FS_STEP: String(fault.step),
    EXPERTPOOL_TEST_FS_FAULT: fault.fault,
    EXPERTPOOL_TEST_FS_LOG: '1',
  };
  const preloads = ['--import', PRELOAD, ...(engineFault !== undefined ? ['--import', ENGINE_PRELOAD] : [])];
  const run = spawnSync(process.execPath, [...preloads, script, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  const calls = [...run.stderr.matchAll(/^fs-step (.*)$/gm)].map((match) => match[1]!);
  const stderr = run.stderr.replace(/^fs-step .*\n/gm, '');
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr, calls, steps: calls.length };
}

/** Runs the CLI with `fault` injected into its file system calls, and `engineFault` into its engine workers if given. */
export const runCliWithFsFault = (args: readonly string[], fault: FsFault, engineFault?: EngineFault): FaultRun =>
  runNode(BIN, args, fault, engineFault);

/** Claims `folder` as solve does (--force) and writes `files` there, or only claims and releases it, with `fault` injected. */
export const writeSetWithFsFault = (folder: string, files: Readonly<Record<string, string>> | 'claim-only', fault: FsFault): FaultRun =>
  runNode(WRITE_SET, [folder, files === 'claim-only' ? files : JSON.stringify(files)], fault);
