import { compareStrings } from '../domain/index-by.js';
import { roundTo } from '../domain/numbers.js';

/** What an allocation needs for a before/after comparison: served ids and the headline figures. */
export interface AllocationSnapshot {
  readonly served: readonly string[];
  readonly objective: { readonly served: number; readonly priority: number };
  readonly budget: { readonly used: number };
}

/** How one allocation differs from another (after minus before). */
export interface AllocationChange {
  readonly servedDelta: number;
  readonly priorityDelta: number;
  readonly budgetUsedDelta: number;
  /** Requests served after but not before, and the reverse; sorted ids. */
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

/** The change from `before` to `after`: counts, priority, budget used, and who gains or loses. */
export function allocationChange(before: AllocationSnapshot, after: AllocationSnapshot): AllocationChange {
  const earlier = new Set(before.served);
  const later = new Set(after.served);
  return {
    servedDelta: after.objective.served - before.objective.served,
    priorityDelta: roundTo(after.objective.priority - before.objective.priority, 6),
    budgetUsedDelta: roundTo(after.budget.used - before.budget.used, 6),
    gained: after.served.filter((id) => !earlier.has(id)).sort(compareStrings),
    lost: before.served.filter((id) => !later.has(id)).sort(compareStrings),
  };
}
