import { describe, expect, it } from 'vitest';
import { roundTemplateFiles } from '../../src/report/round-template.js';
import { workbookDump } from '../support/workbook.js';

// Golden files of the new round `expertpool init` writes; after an intended change:
// npx vitest run test/report/round-template.test.ts -u
const GOLDEN = '../golden/init';

describe('the files of a new round', () => {
  it('as CSV files: scenario.yaml with comments, the tables with one example row, README.md with the column notes', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const files = roundTemplateFiles({ lang, workbook: false });
      expect(Object.keys(files)).toEqual(['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv', 'README.md']);
      await expect(files['scenario.yaml']).toMatchFileSnapshot(`${GOLDEN}/scenario.csv.${lang}.yaml`);
      await expect(files['README.md']).toMatchFileSnapshot(`${GOLDEN}/README.${lang}.md`);
    }
    const csv = roundTemplateFiles({ lang: 'en', workbook: false });
    expect(csv['requests.csv']).toBe(
      'id,municipality,domain,periods,submitted_at,priority\nA000,99998,kinderarmoede,P1|P2,2022-10-04 09:30:00,80\n',
    );
  });

  it('as one workbook: a sheet per table with notes on the headers, and a notes sheet', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const files = roundTemplateFiles({ lang, workbook: true });
      const [scenario, workbook] = Object.keys(files);
      expect(scenario).toBe('scenario.yaml');
      await expect(files['scenario.yaml']).toMatchFileSnapshot(`${GOLDEN}/scenario.xlsx.${lang}.yaml`);
      await expect(workbookDump(files[workbook!] as Buffer)).toMatchFileSnapshot(`${GOLDEN}/${workbook}.${lang}.txt`);
    }
  });
});
