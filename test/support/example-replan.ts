import { HighsEngine } from '../../src/engines/highs-engine.js';
import { readChangesFile } from '../../src/io/changes-file.js';
import { loadRound } from '../../src/io/load-round.js';
import { sha256 } from '../../src/io/sha256.js';
import { resultJson } from '../../src/report/json.js';
import type { ResultJson } from '../../src/result/result-json.js';
import type { AllocationResult } from '../../src/result/result.js';
import { replanChecked } from '../../src/what-if/replan.js';
import { prepareReplan } from '../../src/what-if/replan-round.js';
import { exampleResult, normalised } from './example-result.js';

let cached: Promise<AllocationResult> | undefined;

/**
 * The example round revised after scenarios/round-2022/changes.yaml, from its
 * (normalised) result as result.json holds it; solved once per test file,
 * normalised.
 */
export function exampleReplan(): Promise<AllocationResult> {
  cached ??= (async () => {
    const { result } = await exampleResult();
    const text = resultJson(result);
    const previous = { value: JSON.parse(text) as ResultJson, label: 'result.json', sha256: sha256(Buffer.from(text)) };
    const loaded = loadRound('scenarios/round-2022/scenario.yaml');
    const input = prepareReplan(loaded, previous, readChangesFile('scenarios/round-2022/changes.yaml'));
    return normalised(await replanChecked(loaded, input, { engine: new HighsEngine(), timeLimitSeconds: 60 }));
  })();
  return cached;
}
