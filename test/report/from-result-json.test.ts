import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { unservedCsv } from '../../src/report/csv.js';
import { htmlReport } from '../../src/report/html.js';
import { resultJson } from '../../src/report/json.js';
import { markdownReport } from '../../src/report/markdown.js';
import type { AllocationResult } from '../../src/result/result.js';
import { exampleResult, normalised } from '../support/example-result.js';
import { writeRoundFolder } from '../support/temp-round.js';

/** The result as a user has it: result.json written to disk and read back. */
function readBack(result: AllocationResult): AllocationResult {
  const file = join(mkdtempSync(join(tmpdir(), 'expertpool-result-')), 'result.json');
  writeFileSync(file, resultJson(result));
  return JSON.parse(readFileSync(file, 'utf8')) as AllocationResult;
}

/** The example round with a quota minimum the greedy rule does not meet: the hand-matching with the rule it breaks. */
async function rulesBrokenGreedy(): Promise<AllocationResult> {
  const files = Object.fromEntries(
    ['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((file) => [
      file,
      readFileSync(join('scenarios/round-2022', file)),
    ]),
  );
  const variant = 'extends: scenario.yaml\npriority: { rule: greedy }\nconstraints: { provinces: { Limburg: { min: 5 } } }\n';
  const folder = writeRoundFolder({ ...files, 'variant.yaml': variant });
  const loaded = loadRound(join(folder, 'variant.yaml'));
  return normalised(await solveChecked(loaded, { engine: new HighsEngine(), timeLimitSeconds: 60, counterfactuals: 'none' }));
}

describe('reports rendered from result.json alone', () => {
  it('are byte for byte the reports of the result in memory, in both languages', async () => {
    const { result } = await exampleResult();
    const greedy = await rulesBrokenGreedy();
    expect(greedy.status).toBe('breaks_rules');
    expect(greedy.violations?.length).toBeGreaterThan(0);
    expect(greedy.baseline?.violations.length).toBeGreaterThan(0);
    for (const original of [result, greedy]) {
      const fromDisk = readBack(original);
      for (const lang of ['en', 'nl'] as const) {
        expect(markdownReport(fromDisk, lang)).toBe(markdownReport(original, lang));
        expect(htmlReport(fromDisk, lang)).toBe(htmlReport(original, lang));
        expect(unservedCsv(fromDisk, { lang })).toBe(unservedCsv(original, { lang }));
      }
      // Written again, it is the same file: the messages are the facts' own.
      expect(resultJson(fromDisk)).toBe(resultJson(original));
    }
  });
});
