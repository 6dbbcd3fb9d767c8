import type { CounterfactualSelection } from '../explain/explain-allocation.js';
import { AUTO_ARC_BUDGET, AUTO_MINIMUM } from '../solve/prepared-round.js';

/** The values of `--explain`. */
const EXPLAIN_MODES = ['auto', 'full', 'fast'] as const;
export type ExplainMode = (typeof EXPLAIN_MODES)[number];

/** The `--explain` option of `solve` and `compare`. */
export const EXPLAIN_OPTION = {
  type: 'string',
  default: 'auto',
  choices: [...EXPLAIN_MODES],
  describe: `How to confirm each "outranked" reason: full runs a counterfactual solve that forces the request in, for every such request; auto (default) for the highest-priority ones, as many as fit ${AUTO_ARC_BUDGET.toLocaleString('en')} arcs of models (at least ${AUTO_MINIMUM}); fast for none (reasons from the allocation alone)`,
} as const;

/** Which unserved requests get a counterfactual solve under `mode`; the solver sizes `auto` from the round. */
export function counterfactualsFor(mode: ExplainMode): CounterfactualSelection {
  if (mode === 'full') return 'all';
  if (mode === 'fast') return 'none';
  return 'auto';
}
