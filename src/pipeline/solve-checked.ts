import type { MipEngine } from '../mip/engine.js';
import type { LoadedRound } from '../io/load-round.js';
import { prepareRound } from '../solve/prepared-round.js';
import { buildResult } from '../result/build-result.js';
import { explainAllocation, type ExplainOptions } from '../explain/explain-allocation.js';
import { startForcedProbes, type HeadStart } from '../explain/forced-head-start.js';
import { checkAllocation, type Violation } from '../check/check-allocation.js';
import { solveWithPolicy, withPolicyFields } from './policy-result.js';
import type { AllocationResult } from '../result/result.js';
import { demandSupply } from '../diagnose/demand-supply.js';

/**
 * An allocation that breaks a rule of the round: a bug, never a result. Its
 * message stays English in every language: it is a bug report for the
 * maintainers, not a sentence for the coordinator.
 */
export class AllocationCheckError extends Error {
  override readonly name = 'AllocationCheckError';
  constructor(readonly violations: readonly Violation[]) {
    // The rules only: the violations are facts that the caller words (the CLI lists them in full).
    super(`the solver produced an allocation that breaks the round's rules: ${[...new Set(violations.map((v) => v.rule))].join(', ')}`);
  }
}

/** Engine, time and how much to explain; see ExplainOptions for `counterfactuals`. */
export interface SolveCheckedOptions {
  readonly engine: MipEngine;
  readonly timeLimitSeconds: number;
  readonly counterfactuals?: ExplainOptions['counterfactuals'];
  /** Further engines for the counterfactual solves; see ExplainOptions. */
  readonly moreEngines?: ExplainOptions['moreEngines'];
}

/**
 * Solves a loaded round, re-checks the allocation with the independent
 * checker and explains it. The counterfactual solves get the same time limit
 * again, all together.
 */
export async function solveChecked(loaded: LoadedRound, options: SolveCheckedOptions): Promise<AllocationResult> {
  const prepared = prepareRound(loaded.round, options.engine);
  // A proven explanation's LP probes start on a further engine as soon as the first tier is proven.
  const helper = options.moreEngines?.[0];
  const proven = options.counterfactuals === 'auto' || options.counterfactuals === 'proven';
  let headStart: Promise<HeadStart | undefined> | undefined;
  const afterFirstTier =
    proven && helper?.probeRelaxation
      ? (point: Float64Array) => {
          headStart = startForcedProbes(prepared, helper, point, options.timeLimitSeconds).catch(() => undefined);
        }
      : undefined;
  const { outcome, fields } = await solveWithPolicy(loaded.round, options.engine, options.timeLimitSeconds, () =>
    prepared.solve({ ...options, ...(afterFirstTier ? { afterFirstTier } : {}) }),
  );
  if (outcome.allocation) {
    // A returned hand-matching may break only the rules it declares (status breaks_rules); anything else is a bug.
    const violations = checkAllocation(loaded.round, outcome.allocation);
    if (JSON.stringify(violations) !== JSON.stringify(fields.violations ?? [])) throw new AllocationCheckError(violations);
  }
  // Without an allocation there is nothing to explain; a head start still ends before its engine is closed.
  if (!outcome.allocation) await (await headStart)?.split;
  const explanation = outcome.allocation
    ? await explainAllocation(loaded.round, outcome.allocation, {
        ...options,
        ...(headStart ? { headStart } : {}),
        ...(outcome.order ? { order: outcome.order } : {}),
      })
    : undefined;
  const result = withPolicyFields(
    buildResult(loaded, outcome, options.engine, options.timeLimitSeconds, explanation),
    loaded.round,
    fields,
  );
  // Computed once here, so every report reads the same balance from the result.
  return { ...result, demandSupply: demandSupply(loaded.round, result) };
}
