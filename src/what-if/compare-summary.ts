import { compareStrings } from '../domain/index-by.js';
import { roundTo } from '../domain/numbers.js';
import type { Comparison } from './compare.js';

/** How the second scenario of a pair differs from the first. */
export interface PairSummary {
  readonly first: string;
  readonly second: string;
  /** Second minus first. */
  readonly servedDelta: number;
  /** Null when the two scenarios score with different priority rules: their sums are not comparable. */
  readonly priorityDelta: number | null;
  /** The change in priority served with both scored by the reference rule (Comparison.needReference): always comparable. */
  readonly referencePriorityDelta: number;
  readonly budgetUsedDelta: number;
  /** Provinces where the number served changed, largest change first (ties by name). */
  readonly provinces: readonly { readonly province: string; readonly delta: number }[];
  /** Requests served under the second scenario only, and under the first only (diff order). */
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

/** Per-key change between two tallies, largest absolute change first, zero changes left out. */
function tallyDelta(first: Readonly<Record<string, number>>, second: Readonly<Record<string, number>>) {
  const keys = [...new Set([...Object.keys(first), ...Object.keys(second)])];
  return keys
    .map((province) => ({ province, delta: (second[province] ?? 0) - (first[province] ?? 0) }))
    .filter((entry) => entry.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.delta - a.delta || compareStrings(a.province, b.province));
}

/** The written difference of a two-scenario comparison; undefined for any other number of scenarios. */
export function summarisePair(comparison: Comparison): PairSummary | undefined {
  const [first, second] = comparison.figures;
  if (comparison.figures.length !== 2 || !first || !second) return undefined;
  return {
    first: first.name,
    second: second.name,
    servedDelta: second.served - first.served,
    priorityDelta:
      JSON.stringify(first.priorityRule) === JSON.stringify(second.priorityRule) ? roundTo(second.priority - first.priority, 6) : null,
    referencePriorityDelta: roundTo(second.reference.priority - first.reference.priority, 6),
    budgetUsedDelta: roundTo(second.budgetUsed - first.budgetUsed, 6),
    provinces: tallyDelta(first.byProvince, second.byProvince),
    gained: comparison.diff.filter((d) => d.servedIn.includes(second.name)).map((d) => d.request),
    lost: comparison.diff.filter((d) => d.servedIn.includes(first.name)).map((d) => d.request),
  };
}
