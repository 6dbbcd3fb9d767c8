import type { SolveOutcome, TierOutcome } from '../solve/solve-round.js';

/**
 * What the returned allocation is. The optimiser's own: `optimal` (proven),
 * `time_limit` (the best found in time), `infeasible` (none exists). Not the
 * optimiser's (rule `greedy`, the hand-matching): `feasible` (keeps every rule
 * of the round, not optimised) or `breaks_rules` (breaks the rules listed in
 * `violations`, which the optimiser's allocation keeps).
 */
export type ResultStatus = SolveOutcome['status'] | 'feasible' | 'breaks_rules';

/** One objective tier of the returned allocation; `feasible`: the value of an allocation that was not optimised. */
export type ResultTier = Omit<TierOutcome, 'status'> & { readonly status: TierOutcome['status'] | 'feasible' };
