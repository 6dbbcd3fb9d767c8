import type { AllocationResult } from '../result/result.js';
import { resultWithMessages } from '../text/result-messages.js';

/** result.json: the result contract (English messages beside the facts), two-space indented, ending in a newline. */
export function resultJson(result: AllocationResult): string {
  return `${JSON.stringify(resultWithMessages(result), null, 2)}\n`;
}
