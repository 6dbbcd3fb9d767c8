import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import type { AllocationResult } from '../../src/result/result.js';
import { normalised } from './example-result.js';

/** The example round with its letter settings and dated periods (scenarios/round-2022/letters.yaml). */
const LETTERS_SCENARIO = 'scenarios/round-2022/letters.yaml';

let cached: Promise<AllocationResult> | undefined;

/** The example round of the letters, solved and explained once per test file, normalised. */
export function lettersResult(): Promise<AllocationResult> {
  cached ??= solveChecked(loadRound(LETTERS_SCENARIO), { engine: new HighsEngine(), timeLimitSeconds: 60 }).then(normalised);
  return cached;
}
