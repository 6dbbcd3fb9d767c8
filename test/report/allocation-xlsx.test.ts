import { describe, expect, it } from 'vitest';
import { readSheetTable } from '../../src/io/sheet-table.js';
import { sheetJs } from '../../src/io/sheetjs.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { openWorkbook } from '../../src/io/workbook-file.js';
import { allocationWorkbook } from '../../src/report/allocation-xlsx.js';
import { exampleResult } from '../support/example-result.js';

// The golden cell dumps of the example round's allocation.xlsx are the golden case test/golden/round-2022.

/** One sheet of a written workbook read back by expertpool's own reader, every column read. */
function readBack(bytes: Buffer, sheetName: string) {
  const workbook = openWorkbook(bytes, 'allocation.xlsx', DEFAULT_LIMITS);
  const parsed = workbook.sheet(sheetName);
  const header = (parsed.sheet['!data']?.[0] ?? []).map((cell) => String(cell?.v ?? '').toLowerCase());
  return readSheetTable(parsed, {
    file: 'allocation.xlsx',
    sheetName,
    columns: { required: header },
    limits: DEFAULT_LIMITS,
    isDateFormat: (format) => sheetJs().SSF.is_date(format),
  }).table;
}

describe('allocation.xlsx of the example round', () => {
  it('is the same bytes every time', async () => {
    const { result } = await exampleResult();
    expect(allocationWorkbook(result, 'nl').equals(allocationWorkbook(result, 'nl'))).toBe(true);
  });

  it('reads back as the result: numbers as numbers, ids and names as text', async () => {
    const { result } = await exampleResult();
    const table = readBack(allocationWorkbook(result, 'en'), 'Trajectories');
    expect(table.rows).toHaveLength(result.assignments.length);
    table.rows.forEach((row, index) => {
      const assignment = result.assignments[index]!;
      expect(row.cells).toMatchObject({
        period: assignment.period,
        'expert id': assignment.expert,
        'lending nis': assignment.supplier,
        request: assignment.request,
        'receiving nis': assignment.municipality,
        'cost (eur)': String(assignment.cost),
        'distance (km)': String(assignment.distanceKm),
      });
      expect(row.kinds).toEqual({ priority: 'number', 'distance (km)': 'number', 'cost (eur)': 'number' });
    });
    const unserved = readBack(allocationWorkbook(result, 'nl'), 'Niet toegekend');
    expect(unserved.rows.map((row) => row.cells.aanvraag)).toEqual(result.unserved.map((u) => u.request));
  });
});
