import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GoldenCase, goldenCases, goldenPairs, goldenText, runGoldenCase, uncompared } from '../support/golden-cases.js';

// Every folder of test/golden is a golden case: its case.json says which CLI runs make its
// outputs, and every other file of the folder is a golden file that one of those outputs must
// match byte for byte (see test/support/golden-cases.ts). Adding a case is adding a folder.
// After an intended change of an output, update the golden files with:
// npm run build && npx vitest run test/e2e/golden.test.ts -u

/** CLI runs of a case, all in one: a case solves the example round a few times. */
const RUNS_TIMEOUT_MS = 180_000;

describe.each(goldenCases())('golden case $name', (goldenCase: GoldenCase) => {
  let work: string;
  beforeAll(() => {
    work = runGoldenCase(goldenCase);
  }, RUNS_TIMEOUT_MS);

  it.each(goldenPairs(goldenCase))('$golden is $output', async ({ golden, output }) => {
    await expect(goldenText(goldenCase, work, output)).toMatchFileSnapshot(join(goldenCase.folder, golden));
  });

  it('holds no file that no output is compared with', () => {
    expect(uncompared(goldenCase)).toEqual([]);
  });
});
