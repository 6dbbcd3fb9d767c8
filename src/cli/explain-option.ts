import type { CounterfactualSelection } from '../explain/explain-allocation.js';
import type { Round } from '../domain/types.js';
import { buildFormulation } from '../solve/formulation.js';

/** The values of `--explain`. */
const EXPLAIN_MODES = ['auto', 'full', 'fast'] as const;
export type ExplainMode = (typeof EXPLAIN_MODES)[number];

/**
 * How much `--explain auto` solves: counterfactual solves for the
 * highest-priority unserved requests, as many as keep their summed model size
 * under AUTO_ARC_BUDGET arcs, and at least AUTO_MINIMUM. A realistic round
 * (228 arcs, 21 such requests) gets all of them, in about 0.4 s; a
 * Flanders-scale round (8,314 arcs, 215-281 such requests, 0.15-0.5 s a solve
 * on one core) gets 12 instead of the 36 s that all of them took on two cores.
 */
export const AUTO_ARC_BUDGET = 100_000;
export const AUTO_MINIMUM = 10;

/** How many counterfactual solves `--explain auto` runs on a round of `arcs` arcs. */
export const autoCounterfactuals = (arcs: number): number => Math.max(AUTO_MINIMUM, Math.floor(AUTO_ARC_BUDGET / Math.max(1, arcs)));

/** The `--explain` option of `solve` and `compare`. */
export const EXPLAIN_OPTION = {
  type: 'string',
  default: 'auto',
  choices: [...EXPLAIN_MODES],
  describe: `How to confirm each "outranked" reason: full runs a counterfactual solve that forces the request in, for every such request; auto (default) for the highest-priority ones, as many as fit ${AUTO_ARC_BUDGET.toLocaleString('en')} arcs of models (at least ${AUTO_MINIMUM}); fast for none (reasons from the allocation alone)`,
} as const;

/** Which unserved requests of `round` get a counterfactual solve under `mode`. */
export function counterfactualsFor(mode: ExplainMode, round: Round): CounterfactualSelection {
  if (mode === 'full') return 'all';
  if (mode === 'fast') return 'none';
  return { highestPriority: autoCounterfactuals(buildFormulation(round).arcs.length) };
}
