import { summarisePair } from '../what-if/compare-summary.js';
import type { Comparison } from '../what-if/compare.js';

/**
 * compare.json: `{ scenarios: [{ name, file, result }], diff: [{ request, servedIn }] }`
 * as DESIGN.md fixes it, plus figures, neediestQuartile, changed and (for two scenarios) summary.
 */
export function comparisonJson(comparison: Comparison): string {
  const summary = summarisePair(comparison);
  return `${JSON.stringify({ ...comparison, ...(summary ? { summary } : {}) }, null, 2)}\n`;
}
