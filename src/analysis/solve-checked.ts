import type { MipEngine } from '../engines/engine.js';
import type { LoadedRound } from '../io/load-round.js';
import { solveRound } from '../solve/solve-round.js';
import { buildResult } from './build-result.js';
import { checkAllocation, type Violation } from './check-allocation.js';
import { solveWithPolicy, withPolicyFields } from './policy-result.js';
import type { AllocationResult } from './result.js';

/** An allocation that breaks a rule of the round: a bug, never a result. */
export class AllocationCheckError extends Error {
  override readonly name = 'AllocationCheckError';
  constructor(readonly violations: readonly Violation[]) {
    super(`the solver produced an allocation that breaks the round's rules:\n${violations.map((v) => `  - [${v.rule}] ${v.message}`).join('\n')}`);
  }
}

/** Solves a loaded round and re-checks the allocation with the independent checker. */
export async function solveChecked(loaded: LoadedRound, options: { engine: MipEngine; timeLimitSeconds: number }): Promise<AllocationResult> {
  const { outcome, fields } = await solveWithPolicy(loaded.round, options.engine, options.timeLimitSeconds, () => solveRound(loaded.round, options));
  if (outcome.allocation) {
    const violations = checkAllocation(loaded.round, outcome.allocation);
    if (violations.length > 0) throw new AllocationCheckError(violations);
  }
  return withPolicyFields(buildResult(loaded, outcome, options.engine, options.timeLimitSeconds), loaded.round, fields);
}
