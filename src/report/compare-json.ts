import { summarisePair } from '../analysis/compare-summary.js';
import type { Comparison } from '../analysis/compare.js';

/**
 * compare.json: `{ scenarios: [{ name, file, result }], diff: [{ request, servedIn }] }`
 * as DESIGN.md fixes it, plus figures, neediestQuartile, changed and (for two scenarios) summary.
 */
export function comparisonJson(comparison: Comparison): string {
  const summary = summarisePair(comparison);
  return `${JSON.stringify({ ...comparison, ...(summary ? { summary } : {}) }, null, 2)}\n`;
}
