import type { AllocationResult } from '../analysis/result.js';

/** result.json: the result contract, two-space indented, ending in a newline. */
export function resultJson(result: AllocationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
