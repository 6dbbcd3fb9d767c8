import type { AllocationResult } from '../result/result.js';
import type { Comparison } from '../what-if/compare.js';
import { type CsvCell, toCsv, type CsvDialect } from './csv.js';

/**
 * One scenario a row with its headline figures, empty where a figure has no
 * value; `status` words the status (compare.csv keeps the result's own).
 */
export function figureRows(comparison: Comparison, status: (status: AllocationResult['status']) => string = (s) => s): CsvCell[][] {
  const blank = (value: number | null) => (value === null ? undefined : value);
  return comparison.figures.map((f, index) => [
    f.name,
    comparison.scenarios[index]!.file,
    status(f.status),
    f.requests,
    f.served,
    f.priority,
    f.budgetLimit,
    f.budgetUsed,
    blank(f.averagePriority),
    blank(f.minimumPriority),
    blank(f.neediestQuartileShare),
    blank(f.averageDistanceKm),
    comparison.needReference,
    f.reference.priority,
    blank(f.reference.averagePriority),
    blank(f.reference.minimumPriority),
  ]);
}

/** Each request served in some scenarios but not all, with a 1 (served) or 0 per scenario. */
export function differenceRows(comparison: Comparison): CsvCell[][] {
  const names = comparison.figures.map((f) => f.name);
  return comparison.diff.map((d) => [
    d.request,
    d.municipality,
    d.municipalityName,
    d.province,
    d.domain,
    d.priority,
    ...names.map((n) => (d.servedIn.includes(n) ? 1 : 0)),
  ]);
}

/**
 * compare.csv: one scenario a row with its headline figures (empty where a
 * figure has no value). priority, average_priority and minimum_priority are on
 * each scenario's own rule's scale; the reference_ columns score every
 * scenario with the rule of reference_scenario, so they compare across rules.
 */
export function comparisonCsv(comparison: Comparison, dialect: CsvDialect = 'standard'): string {
  return toCsv(
    [
      'scenario',
      'file',
      'status',
      'requests',
      'served',
      'priority',
      'budget',
      'budget_used',
      'average_priority',
      'minimum_priority',
      'neediest_quartile_share',
      'average_distance_km',
      'reference_scenario',
      'reference_priority',
      'reference_average_priority',
      'reference_minimum_priority',
    ],
    figureRows(comparison),
    dialect,
  );
}

/** diff.csv: each request served in some scenarios but not all, its priority under the reference rule, and a 1/0 column per scenario. */
export function differenceCsv(comparison: Comparison, dialect: CsvDialect = 'standard'): string {
  const names = comparison.figures.map((f) => f.name);
  return toCsv(
    ['request', 'municipality', 'municipality_name', 'province', 'domain', 'priority', ...names],
    differenceRows(comparison),
    dialect,
  );
}
