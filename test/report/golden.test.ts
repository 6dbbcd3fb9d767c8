import { describe, expect, it } from 'vitest';
import { assignmentsCsv, unservedCsv } from '../../src/report/csv.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { exampleResult } from '../support/example-result.js';

// Golden files of the example round, with version and wall times normalised (example-result.ts).
// After an intended change of a report, update them with: npx vitest run test/report/golden.test.ts -u
const GOLDEN = '../golden/round-2022';

describe('golden reports of the example round', () => {
  it('report.md in English and Dutch', async () => {
    const { result, round } = await exampleResult();
    await expect(markdownReport(result, 'en')).toMatchFileSnapshot(`${GOLDEN}/report.en.md`);
    await expect(markdownReport(result, 'nl')).toMatchFileSnapshot(`${GOLDEN}/report.nl.md`);
  });

  it('report.html in Dutch and English', async () => {
    const { result, round } = await exampleResult();
    await expect(htmlReport(result, 'nl')).toMatchFileSnapshot(`${GOLDEN}/report.nl.html`);
    await expect(htmlReport(result, 'en')).toMatchFileSnapshot(`${GOLDEN}/report.en.html`);
  });

  it('assignments.csv and unserved.csv, standard and for Excel in Belgian Dutch', async () => {
    const { result, round } = await exampleResult();
    await expect(assignmentsCsv(result)).toMatchFileSnapshot(`${GOLDEN}/assignments.csv`);
    await expect(unservedCsv(result)).toMatchFileSnapshot(`${GOLDEN}/unserved.csv`);
    await expect(assignmentsCsv(result, 'excel-nl')).toMatchFileSnapshot(`${GOLDEN}/assignments.excel-nl.csv`);
    await expect(unservedCsv(result, { dialect: 'excel-nl', lang: 'nl' })).toMatchFileSnapshot(`${GOLDEN}/unserved.excel-nl.csv`);
  });
});
