import { summarisePair } from '../what-if/compare-summary.js';
import type { Comparison } from '../what-if/compare.js';
import { resultWithMessages } from '../text/result-messages.js';

/**
 * compare.json: `{ scenarios: [{ name, file, result }], diff: [{ request, servedIn }] }`
 * as DESIGN.md fixes it, plus figures, neediestQuartile, changed and (for two scenarios) summary.
 * Each result is the contract's result.json, English messages included.
 */
export function comparisonJson(comparison: Comparison): string {
  const summary = summarisePair(comparison);
  const scenarios = comparison.scenarios.map((scenario) => ({ ...scenario, result: resultWithMessages(scenario.result) }));
  return `${JSON.stringify({ ...comparison, scenarios, ...(summary ? { summary } : {}) }, null, 2)}\n`;
}
