/**
 * Runs one benchmark case in its own process, pinned to one core where
 * taskset exists, on a generated round written once into a cache folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRound } from '../src/io/generate-round.js';
import { writeOutputs } from '../src/io/write-outputs.js';
import type { CaseReport, CaseRequest } from './bench-case.js';
import type { BenchRound, BenchVariant } from './bench-cases.js';
import type { BenchResult } from './bench-table.js';
import { onOneCore } from './cli-timing.js';

const CASE_SCRIPT = fileURLToPath(new URL('./bench-case.js', import.meta.url));

/** Writes the round's files once into a cache folder keyed by its options. */
export function roundFolder(round: BenchRound): string {
  const o = round.options;
  const folder = join(tmpdir(), 'expertpool-bench', `m${o.municipalities}-e${o.experts}-r${o.requests}-b${o.budget}-s${o.seed}`);
  if (!existsSync(join(folder, 'scenario.yaml'))) {
    mkdirSync(folder, { recursive: true });
    writeOutputs(folder, generateRound(o), []);
  }
  return join(folder, 'scenario.yaml');
}

export function runCase(round: BenchRound, variant: BenchVariant, timeLimitSeconds: number): BenchResult {
  const request: CaseRequest = {
    scenario: roundFolder(round),
    engine: variant.engine,
    budget: variant.budget,
    reducedCostFixing: variant.reducedCostFixing,
    timeLimitSeconds,
  };
  const started = performance.now();
  // The hard stop leaves room for the solve to report its time_limit result itself.
  // On one core, as the targets say: V8's background compiler threads then share it with the solve.
  const spawned = onOneCore([CASE_SCRIPT, JSON.stringify(request)]);
  const child = spawnSync(spawned.command, spawned.args, { encoding: 'utf8', timeout: (timeLimitSeconds * 2 + 30) * 1000 });
  const endToEnd = (performance.now() - started) / 1000;
  const base = { round: round.label, sweep: round.sweep ?? false, variant, endToEnd };
  if (child.status !== 0) return { ...base, failure: (child.stderr || child.error?.message || `exit ${child.status}`).split('\n')[0] };
  return { ...base, report: JSON.parse(child.stdout) as CaseReport };
}
