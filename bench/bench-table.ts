import type { CaseReport } from './bench-case.js';
import type { BenchVariant } from './bench-cases.js';

/** One finished case: what ran, what it reported, and its end-to-end wall time. */
export interface BenchResult {
  readonly round: string;
  readonly sweep: boolean;
  readonly variant: BenchVariant;
  readonly report?: CaseReport;
  /** Wall seconds from spawning the process to its exit (includes start-up and loading). */
  readonly endToEnd: number;
  readonly failure?: string;
}

const seconds = (value: number) => value.toFixed(2);
const ratio = (value: number) => `${value.toFixed(2)}x`;

/** The first tier's gap when it stopped at the limit; 0 when proven. */
function gapOf(report: CaseReport): string {
  const open = report.tiers.find((tier) => tier.status !== 'optimal');
  if (report.status === 'optimal') return '0';
  return open?.gap === undefined ? 'n/a' : `${(open.gap * 100).toFixed(2)} %`;
}

/** A Markdown table of every single-round case. */
export function resultsTable(results: readonly BenchResult[]): string {
  const lines = [
    '| round | variant | rows | cols | nodes | s per tier (priority/served/distance/tie-break) | solve s | end-to-end s | CPU s | status | gap | peak RSS MB |',
    '|---|---|---:|---:|---:|---|---:|---:|---:|---|---:|---:|',
  ];
  for (const result of results.filter((r) => !r.sweep)) {
    const report = result.report;
    if (!report) {
      lines.push(
        `| ${result.round} | ${result.variant.label} | | | | | | ${seconds(result.endToEnd)} | | failed: ${result.failure ?? '?'} | | |`,
      );
      continue;
    }
    const nodes = report.tiers.reduce((sum, tier) => sum + (tier.nodes ?? 0), 0);
    const perTier = report.tiers.map((tier) => seconds(tier.seconds)).join(' / ');
    const status = report.violations > 0 ? `${report.status}, ${report.violations} VIOLATIONS` : report.status;
    lines.push(
      `| ${result.round} | ${result.variant.label} | ${report.constraints} | ${report.variables} | ${nodes} | ${perTier} | ${seconds(report.solveSeconds)} | ${seconds(result.endToEnd)} | ${seconds(report.cpuSeconds)} | ${status} | ${gapOf(report)} | ${report.maxRssMb.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

const geometricMean = (values: readonly number[]) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / Math.max(1, values.length));

/** Per variant over the budget sweep: proven count, times, and the ratio to the plain formulation. */
export function sweepTable(results: readonly BenchResult[], plainLabel: string): string {
  const sweep = results.filter((r) => r.sweep);
  if (sweep.length === 0) return '';
  const plain = new Map(sweep.filter((r) => r.variant.label === plainLabel).map((r) => [r.round, r.endToEnd]));
  const labels = [...new Set(sweep.map((r) => r.variant.label))];
  const lines = [
    `| variant (budget sweep, ${plain.size} points) | proven optimal | median end-to-end s | max end-to-end s | peak RSS MB | ratio to plain (geometric mean) | ratio to plain (worst point) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const label of labels) {
    const rows = sweep.filter((r) => r.variant.label === label);
    const times = rows.map((r) => r.endToEnd).sort((a, b) => a - b);
    const ratios = rows.flatMap((r) => (plain.has(r.round) ? [r.endToEnd / plain.get(r.round)!] : []));
    const proven = rows.filter((r) => r.report?.status === 'optimal').length;
    const rss = Math.max(...rows.map((r) => r.report?.maxRssMb ?? 0));
    lines.push(
      `| ${label} | ${proven} / ${rows.length} | ${seconds(times[Math.floor(times.length / 2)] ?? 0)} | ${seconds(times[times.length - 1] ?? 0)} | ${rss.toFixed(0)} | ${ratio(geometricMean(ratios))} | ${ratio(Math.max(...ratios))} |`,
    );
  }
  return lines.join('\n');
}

/** Chosen over plain, end to end, round by round (below 1 means the chosen formulation is faster). */
export function ratioLines(results: readonly BenchResult[], plainLabel: string, chosenLabel: string): string {
  const single = results.filter((r) => !r.sweep);
  const lines: string[] = [];
  for (const round of [...new Set(single.map((r) => r.round))]) {
    const plain = single.find((r) => r.round === round && r.variant.label === plainLabel);
    const chosen = single.find((r) => r.round === round && r.variant.label === chosenLabel);
    if (!plain || !chosen) continue;
    const note = plain.report?.status !== 'optimal' ? ` (plain: ${plain.report?.status ?? 'failed'})` : '';
    lines.push(
      `- ${round}: chosen / plain = ${ratio(chosen.endToEnd / plain.endToEnd)} (${seconds(chosen.endToEnd)} s vs ${seconds(plain.endToEnd)} s)${note}`,
    );
  }
  return lines.join('\n');
}
