import { EXPLAIN_MODES } from '../explain/explain-allocation.js';
import { AUTO_ARC_BUDGET, AUTO_MINIMUM } from '../solve/prepared-round.js';

/** The `--explain` option of `solve`, `replan` and `compare`. */
export const EXPLAIN_OPTION = {
  type: 'string',
  default: 'auto',
  choices: [...EXPLAIN_MODES],
  describe: `How to prove each "outranked" reason: auto (default) proves every one from LP bounds with the request forced in and an example allocation that the checker accepted (exact where they meet, else a proven range of the first criterion, or a tie), solving only the close calls (with an engine that cannot, such as jslp, or a strict-order rule: counterfactual solves for the highest-priority ones, as many as fit ${AUTO_ARC_BUDGET.toLocaleString('en')} arcs of models, at least ${AUTO_MINIMUM}); full runs an exact counterfactual solve that forces the request in, for every such request; fast proves none (reasons from the allocation alone)`,
} as const;
