/**
 * `npm run bench -- --grid`: the grid of Flanders-scale rounds (285
 * municipalities, 60 experts, 300 requests; seeds 1-20 and budgets EUR 150k,
 * 250k, 600k, 1.2M: 80 rounds) and the budget sweep of the hardest round.
 * Per round, one after the other in one session: the solve alone in its own
 * process pinned to one core (taskset -c 0), then the CLI as a user runs it
 * on every core, `--explain fast` and the default command, each with its
 * peak memory. Prints every round and the distributions (median, 90th
 * percentile, worst round) the targets are about.
 *
 * Options: --seeds A-B (1-20), --budgets 150000,250000,... (the four),
 * --runs N CLI runs per command and round, the median kept (1), --no-cli
 * (the solve alone), --no-sweep, --sweep-points N (20), --time-limit S (60),
 * --quick (seeds 1-3, no sweep), --out FILE.
 */
import { cpus, loadavg } from 'node:os';
import { HIGHS_VERSION } from '../src/engines/highs-engine.js';
import { CHOSEN, type BenchRound } from './bench-cases.js';
import { roundFolder, runCase } from './bench-runner.js';
import { runCliJson, type CliRun } from './cli-run.js';
import { onOneCore } from './cli-timing.js';
import { gridReport, type GridRow } from './grid-table.js';

const FLANDERS = { municipalities: 285, experts: 60, requests: 300 } as const;
const BUDGETS = [150_000, 250_000, 600_000, 1_200_000];

/** The value after `--name`, if given. */
function argument(name: string): string | undefined {
  const position = process.argv.indexOf(`--${name}`);
  return position >= 0 ? process.argv[position + 1] : undefined;
}

function numberArgument(name: string, fallback: number): number {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

/** `--seeds 1-20` or `--seeds 3`. */
function seeds(quick: boolean): number[] {
  const [from, to] = (argument('seeds') ?? (quick ? '1-3' : '1-20')).split('-').map(Number);
  if (!Number.isInteger(from) || (to !== undefined && !Number.isInteger(to))) throw new Error('--seeds needs A-B, e.g. 1-20');
  return Array.from({ length: (to ?? from!) - from! + 1 }, (_, index) => from! + index);
}

/** The grid's rounds, seed by seed. */
function gridRounds(quick: boolean): BenchRound[] {
  const budgets = argument('budgets')?.split(',').map(Number) ?? BUDGETS;
  return seeds(quick).flatMap((seed) =>
    budgets.map((budget) => ({ label: `seed ${seed}, EUR ${budget / 1000}k`, options: { ...FLANDERS, budget, seed } })),
  );
}

/** The budget sweep of the seed-2 round, as the benchmark has always run it. */
function sweepRounds(points: number): BenchRound[] {
  return Array.from({ length: points }, (_, point) => {
    const budget = 100_000 + Math.round((point * 1_150_000) / Math.max(1, points - 1) / 1000) * 1000;
    return { label: `sweep EUR ${budget / 1000}k (seed 2)`, options: { ...FLANDERS, budget, seed: 2 }, sweep: true };
  });
}

/** The median run of `runs` (by wall time), so one slow run on a busy machine does not decide. */
function medianRun(args: readonly string[], runs: number): CliRun {
  const all = Array.from({ length: runs }, () => runCliJson(args)).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)]!;
}

/** Runs the grid and returns its report (Markdown). */
export function runGrid(): string {
  const quick = process.argv.includes('--quick');
  const timeLimit = numberArgument('time-limit', 60);
  const runs = Math.max(1, numberArgument('runs', 1));
  const cli = !process.argv.includes('--no-cli');
  const sweepPoints = quick || process.argv.includes('--no-sweep') ? 0 : numberArgument('sweep-points', 20);
  const startLoad = loadavg();
  const rows: GridRow[] = [];
  for (const round of [...gridRounds(quick), ...sweepRounds(sweepPoints)]) {
    const scenario = roundFolder(round);
    const solve = runCase(round, CHOSEN, timeLimit);
    const limit = ['--time-limit', String(timeLimit)];
    // Interleaved, round by round, so that a busy moment of the machine hits both commands.
    const fast = cli && !round.sweep ? medianRun(['solve', scenario, '--explain', 'fast', ...limit], runs) : undefined;
    const full = cli && !round.sweep ? medianRun(['solve', scenario, ...limit], runs) : undefined;
    rows.push({ round, solve, ...(fast ? { fast } : {}), ...(full ? { full } : {}) });
    const ratio = fast && full ? ` | default ${full.seconds.toFixed(2)} s / fast ${fast.seconds.toFixed(2)} s` : '';
    process.stderr.write(`${round.label}: solve ${solve.report?.solveSeconds.toFixed(2) ?? solve.failure} s${ratio}\n`);
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  const header = [
    `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}, HiGHS ${HIGHS_VERSION} (WASM). Solve alone: one process per case, ${onOneCore([]).pinned ? 'pinned to one core (taskset -c 0)' : 'on one core (no taskset)'}; CLI: every core, ${runs} run(s) per command and round (median).`,
    `Load average at start: ${load(startLoad)}; at the end: ${load(loadavg())}. Time limit: ${timeLimit} s.`,
  ];
  return gridReport(header, rows);
}
