/**
 * `npm run bench`: solves a fixed set of generated rounds with each
 * formulation and engine, every case in its own process, and prints Markdown
 * tables (rows, columns, nodes, seconds per tier, end-to-end seconds, status,
 * gap, peak memory) plus the ratio of the chosen formulation to the plain one,
 * and times the real CLI end to end on the target rounds (cli-timing.ts).
 * Every case and CLI run is pinned to one core when taskset exists.
 *
 * Options: --quick (no budget sweep, fewer variants), --sweep-points N (20),
 * --time-limit S per case (60), --only TEXT (rounds whose label contains it;
 * repeatable), --out FILE (also write the report there). With --grid, the
 * grid of 80 Flanders-scale rounds instead (see grid.ts for its options).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { HIGHS_VERSION } from '../src/engines/highs-engine.js';
import { benchRounds, CHOSEN, PLAIN, variantsFor } from './bench-cases.js';
import { roundFolder, runCase } from './bench-runner.js';
import { ratioLines, resultsTable, sweepTable, type BenchResult } from './bench-table.js';
import { cliTable, onOneCore, timeCli } from './cli-timing.js';
import { runGrid } from './grid.js';

function option(name: string, fallback: number): number {
  const position = process.argv.indexOf(`--${name}`);
  const value = position >= 0 ? Number(process.argv[position + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

function main(): void {
  if (process.argv.includes('--grid')) {
    emit(runGrid());
    return;
  }
  const quick = process.argv.includes('--quick');
  const timeLimit = option('time-limit', 60);
  const sweepPoints = quick ? 0 : option('sweep-points', 20);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const header = [
    `Machine: ${cpu}, ${cpus().length} cores (${onOneCore([]).pinned ? 'each case pinned to one with taskset -c 0' : 'each case uses one'}), Node ${process.version}, HiGHS ${HIGHS_VERSION} (WASM).`,
    `Load average at start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}. Time limit per case: ${timeLimit} s.`,
  ];
  process.stderr.write(`${header.join('\n')}\n`);
  const results: BenchResult[] = [];
  const only = process.argv.flatMap((arg, index) => (process.argv[index - 1] === '--only' ? [arg] : []));
  for (const round of benchRounds(sweepPoints).filter((r) => only.length === 0 || only.some((text) => r.label.includes(text)))) {
    for (const variant of variantsFor(round, quick)) {
      // javascript-lp-solver gets a short limit: it is the fallback engine, not the fast one.
      const result = runCase(round, variant, variant.engine === 'jslp' ? Math.min(10, timeLimit) : timeLimit);
      results.push(result);
      process.stderr.write(
        `${round.label} | ${variant.label}: ${result.report?.status ?? result.failure} in ${result.endToEnd.toFixed(2)} s\n`,
      );
    }
  }
  // The end-to-end targets, through the real CLI: the realistic round and the three seed-7 Flanders rounds.
  const targets = benchRounds(0).filter(
    (round) => round.label.startsWith('realistic') || (round.label.startsWith('Flanders') && round.options.seed === 7),
  );
  const cliTimings = targets.flatMap((round) => {
    const small = round.options.experts <= 12;
    const runs = small ? 5 : 3;
    const fast = timeCli(`solve ${round.label} --explain fast --json`, ['solve', roundFolder(round), '--explain', 'fast', '--json'], runs);
    // The default command adds counterfactual solves (--explain auto), side by side on the other cores.
    return [fast, timeCli(`solve ${round.label} --json (default explanations)`, ['solve', roundFolder(round), '--json'], runs, false)];
  });
  const report = [
    ...header,
    '',
    resultsTable(results),
    '',
    cliTable(cliTimings),
    '',
    'Chosen / plain, end to end, from this run:',
    ratioLines(results, PLAIN.label, CHOSEN.label),
    '',
    sweepTable(results, PLAIN.label),
    '',
  ].join('\n');
  emit(report);
}

/** Prints the report, and writes it to the file after --out, if any. */
function emit(report: string): void {
  process.stdout.write(report);
  const outPosition = process.argv.indexOf('--out');
  if (outPosition >= 0 && process.argv[outPosition + 1]) writeFileSync(process.argv[outPosition + 1]!, report);
}

main();
