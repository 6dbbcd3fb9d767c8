import type { BenchRound } from './bench-cases.js';
import type { BenchResult } from './bench-table.js';
import type { CliRun } from './cli-run.js';

/** One round of the grid: the solve alone and, for the grid's rounds, the two CLI commands. */
export interface GridRow {
  readonly round: BenchRound;
  readonly solve: BenchResult;
  readonly fast?: CliRun;
  readonly full?: CliRun;
}

/** The targets of the grid. */
const SOLVE_TARGET_SECONDS = 5;
const MEDIAN_RATIO_TARGET = 1.5;
const WORST_RATIO_TARGET = 2;

/** How each outranked reason of a result is proven, counted by counterfactual status. */
function proofs(run: CliRun | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const unserved of run?.result?.unserved ?? []) {
    for (const reason of unserved.reasons) {
      if (reason.code === 'outranked') counts[reason.counterfactual.status] = (counts[reason.counterfactual.status] ?? 0) + 1;
    }
  }
  return counts;
}

/** The widths (highest - lowest, in the first tier's unit) of the bounded reasons of a result, sorted. */
function widths(run: CliRun | undefined): number[] {
  return (run?.result?.unserved ?? [])
    .flatMap((unserved) => unserved.reasons)
    .flatMap((reason) => {
      const bounds = reason.code === 'outranked' && reason.counterfactual.status === 'bounded' ? reason.counterfactual.bounds : undefined;
      return bounds ? [bounds.highest - bounds.lowest] : [];
    })
    .sort((a, b) => a - b);
}

const fixed = (value: number | undefined, digits = 2) => (value === undefined ? '' : value.toFixed(digits));
const sum = (values: readonly (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
const slowestTier = (row: GridRow) => Math.max(0, ...(row.solve.report?.tiers.map((tier) => tier.seconds) ?? []));
const ratio = (row: GridRow) => (row.fast && row.full ? row.full.seconds / row.fast.seconds : undefined);
/** The same ratio in CPU seconds of every thread: what the default command costs the machine, busy or not. */
const cpuRatio = (row: GridRow) =>
  row.fast?.cpuSeconds !== undefined && row.full?.cpuSeconds !== undefined ? row.full.cpuSeconds / row.fast.cpuSeconds : undefined;

/** A value per round, as (round, value) pairs. */
type Measure = readonly { readonly round: string; readonly value: number }[];

/** Median, 90th percentile (nearest rank) and the worst round of a measure. */
function distribution(measure: Measure): { median: number; p90: number; worst: { round: string; value: number } } | undefined {
  if (measure.length === 0) return undefined;
  const sorted = [...measure].sort((a, b) => a.value - b.value);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!.value;
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]!.value : (sorted[middle - 1]!.value + sorted[middle]!.value) / 2;
  return { median, p90: at(0.9), worst: sorted[sorted.length - 1]! };
}

const measure = (rows: readonly GridRow[], value: (row: GridRow) => number | undefined): Measure =>
  rows.flatMap((row) => {
    const found = value(row);
    return found === undefined ? [] : [{ round: row.round.label, value: found }];
  });

/** Every round: the solve alone, the two commands, and how the default command proved its reasons. */
function roundsTable(rows: readonly GridRow[]): string {
  const lines = [
    '| round | status | solve s (1 core) | solve CPU s | slowest tier s | nodes | LP iterations | peak MB | fast s | default s | default / fast | CPU default / fast | explanation s | MIP solves | forced LPs | exact / bounded / tie / infeasible / not-run | bounded width median / max | default peak MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
  ];
  for (const row of rows) {
    const report = row.solve.report;
    const counts = proofs(row.full);
    const explanation = row.full?.result?.run.explanation;
    const kinds = row.full ? ['optimal', 'bounded', 'tie', 'infeasible', 'not-run'].map((kind) => counts[kind] ?? 0).join(' / ') : '';
    const width = widths(row.full);
    const spread = width.length > 0 ? `${fixed(width[Math.floor((width.length - 1) / 2)], 1)} / ${fixed(width[width.length - 1], 1)}` : '';
    const status = report
      ? report.violations > 0
        ? `${report.status}, ${report.violations} VIOLATIONS`
        : report.status
      : `failed: ${row.solve.failure}`;
    lines.push(
      `| ${row.round.label} | ${status} | ${fixed(report?.solveSeconds)} | ${fixed(report?.cpuSeconds)} | ${fixed(slowestTier(row))} | ${sum(report?.tiers.map((t) => t.nodes) ?? [])} | ${sum(report?.tiers.map((t) => t.iterations) ?? [])} | ${fixed(report?.maxRssMb, 0)} | ${fixed(row.fast?.seconds)} | ${fixed(row.full?.seconds)} | ${fixed(ratio(row))} | ${fixed(cpuRatio(row))} | ${fixed(explanation?.seconds)} | ${explanation?.counterfactualSolves ?? ''} | ${explanation?.forcedRelaxations ?? ''} | ${kinds} | ${spread} | ${fixed(row.full?.peakMb, 0)} |`,
    );
  }
  return lines.join('\n');
}

/** The distributions over the rounds. */
function summaryTable(rows: readonly GridRow[]): string {
  const lines = ['| measure | rounds | median | 90th percentile | worst (round) |', '|---|---:|---:|---:|---|'];
  const add = (name: string, values: Measure) => {
    const found = distribution(values);
    if (found)
      lines.push(
        `| ${name} | ${values.length} | ${fixed(found.median)} | ${fixed(found.p90)} | ${fixed(found.worst.value)} (${found.worst.round}) |`,
      );
  };
  add(
    'solve alone, one core (s)',
    measure(rows, (row) => row.solve.report?.solveSeconds),
  );
  add(
    'slowest tier, one core (s)',
    measure(rows, (row) => (row.solve.report ? slowestTier(row) : undefined)),
  );
  add(
    'solve alone, peak memory (MB)',
    measure(rows, (row) => row.solve.report?.maxRssMb),
  );
  add(
    '--explain fast, end to end (s)',
    measure(rows, (row) => row.fast?.seconds),
  );
  add(
    'default command, end to end (s)',
    measure(rows, (row) => row.full?.seconds),
  );
  add('default / --explain fast', measure(rows, ratio));
  add('default / --explain fast, CPU of every thread', measure(rows, cpuRatio));
  add(
    'explanation of the default (s)',
    measure(rows, (row) => row.full?.result?.run.explanation.seconds),
  );
  add(
    'bounded reasons: median interval width per round (first criterion)',
    measure(rows, (row) => {
      const width = widths(row.full);
      return width.length > 0 ? width[Math.floor((width.length - 1) / 2)] : undefined;
    }),
  );
  add(
    'default command, peak memory (MB)',
    measure(rows, (row) => row.full?.peakMb),
  );
  return lines.join('\n');
}

/** Whether each target is met, from this run. */
function targetLines(rows: readonly GridRow[]): string[] {
  const grid = rows.filter((row) => !row.round.sweep);
  const proven = grid.filter((row) => row.solve.report?.status === 'optimal' && row.solve.report.solveSeconds <= SOLVE_TARGET_SECONDS);
  const solves = distribution(measure(grid, (row) => row.solve.report?.solveSeconds));
  const ratios = distribution(measure(grid, ratio));
  const notRun = sum(grid.map((row) => proofs(row.full)['not-run']));
  const met = (yes: boolean) => (yes ? 'met' : 'NOT met');
  const lines = [
    `- Every tier proven optimal within ${SOLVE_TARGET_SECONDS} s on one core: ${proven.length} of ${grid.length} rounds (${met(proven.length === grid.length)}); slowest ${fixed(solves?.worst.value)} s (${solves?.worst.round ?? '-'}).`,
  ];
  if (ratios) {
    lines.push(
      `- Default command at most ${MEDIAN_RATIO_TARGET}x --explain fast over the grid (median): ${fixed(ratios.median)}x (${met(ratios.median <= MEDIAN_RATIO_TARGET)}); worst round at most ${WORST_RATIO_TARGET}x: ${fixed(ratios.worst.value)}x, ${ratios.worst.round} (${met(ratios.worst.value <= WORST_RATIO_TARGET)}).`,
      `- Outranked reasons left not-run by the default command: ${notRun} (${met(notRun === 0)}).`,
    );
  }
  return lines;
}

/** The budget sweep: proven points, median and worst point, named. */
function sweepLines(rows: readonly GridRow[]): string[] {
  const sweep = rows.filter((row) => row.round.sweep);
  if (sweep.length === 0) return [];
  const solves = distribution(measure(sweep, (row) => row.solve.report?.solveSeconds));
  const ends = distribution(measure(sweep, (row) => row.solve.endToEnd));
  const proven = sweep.filter((row) => row.solve.report?.status === 'optimal').length;
  return [
    `Budget sweep of the seed-2 round (${sweep.length} points, solve alone, one core): ${proven} of ${sweep.length} proven optimal; solve median ${fixed(solves?.median)} s, worst ${fixed(solves?.worst.value)} s (${solves?.worst.round ?? '-'}); end to end (process start included) median ${fixed(ends?.median)} s, worst ${fixed(ends?.worst.value)} s (${ends?.worst.round ?? '-'}).`,
  ];
}

/** The grid's report: header, the targets, the distributions, every round. */
export function gridReport(header: readonly string[], rows: readonly GridRow[]): string {
  return [
    ...header,
    '',
    'Targets, from this run:',
    ...targetLines(rows),
    ...sweepLines(rows),
    '',
    summaryTable(rows.filter((row) => !row.round.sweep)),
    '',
    roundsTable(rows),
    '',
  ].join('\n');
}
