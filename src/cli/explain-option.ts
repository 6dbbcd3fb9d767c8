import type { CounterfactualSelection } from '../analysis/explain-allocation.js';

/** The values of `--explain`. */
export const EXPLAIN_MODES = ['auto', 'full', 'fast'] as const;
export type ExplainMode = (typeof EXPLAIN_MODES)[number];

/**
 * How many unserved requests `--explain auto` confirms with a counterfactual
 * solve: the highest-priority ones. A realistic round has about 20 (all of
 * them then get one, in about 0.4 s); a Flanders-scale round with a tight
 * budget has 280, whose solves took 36 s on two cores.
 */
export const AUTO_COUNTERFACTUALS = 25;

/** The `--explain` option of `solve` and `compare`. */
export const EXPLAIN_OPTION = {
  type: 'string',
  default: 'auto',
  choices: [...EXPLAIN_MODES],
  describe: `How to confirm each "outranked" reason: full runs a counterfactual solve that forces the request in, for every such request; auto (default) for the ${AUTO_COUNTERFACTUALS} highest-priority ones; fast for none (reasons from the allocation alone)`,
} as const;

/** Which unserved requests get a counterfactual solve under `mode`. */
export function counterfactualsFor(mode: ExplainMode): CounterfactualSelection {
  if (mode === 'full') return 'all';
  if (mode === 'fast') return 'none';
  return { highestPriority: AUTO_COUNTERFACTUALS };
}
