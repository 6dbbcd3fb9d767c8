import { solveChecked } from '../../src/pipeline/solve-checked.js';
import type { AllocationResult } from '../../src/result/result.js';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';

const EXAMPLE = 'scenarios/round-2022/scenario.yaml';

/** The result with its version and wall times fixed, so reports of it can be compared byte for byte. */
export function normalised(result: AllocationResult): AllocationResult {
  return {
    ...result,
    tiers: result.tiers.map((tier) => ({ ...tier, seconds: 0 })),
    ...(result.optimum ? { optimum: { ...result.optimum, tiers: result.optimum.tiers.map((tier) => ({ ...tier, seconds: 0 })) } } : {}),
    run: { ...result.run, version: 'VERSION', seconds: 0, explanation: { ...result.run.explanation, seconds: 0 } },
  };
}

let cached: Promise<{ result: AllocationResult; round: Round }> | undefined;

/** The example round solved and explained once per test file, normalised. */
export function exampleResult(): Promise<{ result: AllocationResult; round: Round }> {
  cached ??= (async () => {
    const loaded = loadRound(EXAMPLE);
    const result = await solveChecked(loaded, { engine: new HighsEngine(), timeLimitSeconds: 60 });
    return { result: normalised(result), round: loaded.round };
  })();
  return cached;
}

/** result.json text without what differs between runs of one round read from other files: the input hashes and the wall times. */
export function withoutInputsAndTimes(json: string): string {
  const result = JSON.parse(json);
  delete result.run.inputs;
  result.run.seconds = 0;
  result.run.explanation.seconds = 0;
  for (const tier of result.tiers) tier.seconds = 0;
  return JSON.stringify(result, null, 2);
}
