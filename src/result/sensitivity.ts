import type { AllocationChange } from './allocation-change.js';
import type { ResultStatus } from './status.js';

/** What one small change to the round would add, found by solving the changed round exactly. */
export interface SensitivityEntry extends AllocationChange {
  /**
   * `budget`: the budget raised by `budgetStep`; `expert-period`: one more
   * trajectory slot in `domain`, funded (its cost is added to the budget).
   */
  readonly change: 'budget' | 'expert-period';
  readonly domain?: string;
  /** For `expert-period`: the expert whose supplier, cost, reach and periods the extra slot has. */
  readonly like?: string;
  readonly status: ResultStatus;
  /** For `expert-period`: the slot's cost, added to the budget with it. */
  readonly funding?: number;
  /**
   * For `expert-period`: whether the extra slot is used at all, i.e. needed:
   * the round with it does better on some criterion than its funding alone
   * (a slot that only takes its identical colleague's trajectory is not).
   */
  readonly slotUsed?: boolean;
  /** For `expert-period`: what the funding alone buys (the budget raised by `funding`, no extra slot), against this round. */
  readonly fundingAlone?: AllocationChange & { readonly status: ResultStatus };
  /** For `expert-period`: what the slot itself adds beyond its funding (this change against `fundingAlone`). */
  readonly slotAdds?: AllocationChange;
}

/** The sensitivity of a solve; entries in the order they were tried. */
export interface Sensitivity {
  readonly budgetStep: number;
  readonly entries: readonly SensitivityEntry[];
}
