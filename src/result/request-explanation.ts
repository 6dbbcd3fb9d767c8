import type { Choice, StabilityEntry, UnservedRequest } from './explanation.js';
import type { AllocationResult, Assignment } from './result.js';

/** Everything a result says about one request: what `explain --request` prints. */
export type RequestExplanation =
  | {
      readonly request: string;
      readonly served: true;
      readonly assignment: Assignment;
      readonly choice?: Choice;
      readonly stability: readonly StabilityEntry[];
    }
  | { readonly request: string; readonly served: false; readonly unserved: UnservedRequest; readonly stability: readonly StabilityEntry[] };

/** Picks one request's explanation out of a result; undefined for an id the result does not know. */
export function explainRequest(result: AllocationResult, requestId: string): RequestExplanation | undefined {
  const stability = result.stability.filter((entry) => entry.unserved === requestId || entry.served === requestId);
  const assignment = result.assignments.find((a) => a.request === requestId);
  if (assignment) {
    const choice = result.choices.find((c) => c.request === requestId);
    return { request: requestId, served: true, assignment, ...(choice ? { choice } : {}), stability };
  }
  const unserved = result.unserved.find((u) => u.request === requestId);
  return unserved ? { request: requestId, served: false, unserved, stability } : undefined;
}
