/**
 * One run of the real CLI with `--json`, as a user runs it, with what the
 * grid reads from it: wall time, exit code, peak resident memory of the
 * whole process (its engine threads included) and the result itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResultJson } from '../src/result/result-json.js';
import { onOneCore } from './cli-timing.js';

const CLI = fileURLToPath(new URL('../../bin/expertpool.js', import.meta.url));

/** A preload that prints the process's peak resident memory (kB) and CPU time (all its threads, us) to stderr when it exits. */
let preload: string | undefined;
function peakMemoryPreload(): string {
  if (!preload) {
    preload = join(mkdtempSync(join(tmpdir(), 'expertpool-bench-')), 'peak-rss.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\npeak-rss-kb ${u.maxRSS} cpu-us ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
    );
  }
  return preload;
}

export interface CliRun {
  readonly seconds: number;
  readonly exit: number | null;
  readonly peakMb?: number;
  /** CPU seconds of the whole process, every thread: unlike wall time, what a busy machine does not change. */
  readonly cpuSeconds?: number;
  readonly result?: ResultJson;
}

/** Runs `expertpool ...args --json` once, on every core unless `pinned` (then on the first, with taskset). */
export function runCliJson(args: readonly string[], pinned = false): CliRun {
  const node = ['--require', peakMemoryPreload(), CLI, ...args, '--json'];
  const spawned = pinned ? onOneCore(node) : { command: process.execPath, args: node };
  const started = performance.now();
  const child = spawnSync(spawned.command, spawned.args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(child.stderr ?? '');
  let result: ResultJson | undefined;
  try {
    result = JSON.parse(child.stdout) as ResultJson;
  } catch {
    result = undefined;
  }
  const measured = peak ? { peakMb: Number(peak[1]) / 1024, cpuSeconds: Number(peak[2]) / 1e6 } : {};
  return { seconds, exit: child.status, ...measured, ...(result ? { result } : {}) };
}
