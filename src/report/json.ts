import type { AllocationResult } from '../result/result.js';

/** result.json: the result contract, two-space indented, ending in a newline. */
export function resultJson(result: AllocationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
