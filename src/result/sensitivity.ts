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
}

/** The sensitivity of a solve; entries in the order they were tried. */
export interface Sensitivity {
  readonly budgetStep: number;
  readonly entries: readonly SensitivityEntry[];
}
