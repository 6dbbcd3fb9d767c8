import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/workbooks/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../scenarios/round-2022/', import.meta.url));

/** The scenarios of the example round in the Calc fixture folder, and one more that reads the example's own CSV files. */
export const CALC_SCENARIOS = {
  workbook: 'round-2022-workbook.yaml',
  calcExport: 'round-2022-calc-export.yaml',
  exampleCsv: 'round-2022-csv.yaml',
} as const;

/**
 * A temporary folder with the workbook fixtures that LibreOffice Calc wrote
 * (scripts/make-workbook-fixtures.mjs) beside the example round's CSV files,
 * and a scenario that reads those CSV files with the workbook scenario's settings.
 */
export function calcRoundFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-calc-'));
  cpSync(FIXTURES, folder, { recursive: true });
  for (const name of ['municipalities.csv', 'experts.csv', 'requests.csv', 'history.csv']) cpSync(join(EXAMPLE, name), join(folder, name));
  const workbook = readFileSync(join(folder, CALC_SCENARIOS.workbook), 'utf8');
  writeFileSync(
    join(folder, CALC_SCENARIOS.exampleCsv),
    workbook
      .replace('municipalities: round-2022-calc.xlsx', 'municipalities: municipalities.csv')
      .replace('experts: round-2022-calc.xlsx', 'experts: experts.csv')
      .replace('requests: round-2022-calc.xlsx#aanvragen', 'requests: requests.csv')
      .replace('file: round-2022-calc.xlsx', 'file: history.csv'),
  );
  return folder;
}
