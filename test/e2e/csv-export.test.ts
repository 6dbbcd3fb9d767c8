import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseText, toCsv, type CsvDialect } from '../../src/report/csv.js';
import { runCli } from '../support/run-cli.js';
import { HOSTILE, writeHostileRound } from '../support/hostile-round.js';

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Columns of the exports that hold numbers; every other column is text. */
const NUMERIC_COLUMNS = new Set(['cost', 'distance_km', 'priority']);

const DIALECTS: Readonly<Record<CsvDialect, { readonly delimiter: string; readonly number: RegExp }>> = {
  standard: { delimiter: ',', number: /^-?\d+(\.\d+)?$/ },
  'excel-nl': { delimiter: ';', number: /^-?\d+(,\d+)?$/ },
};

/** Parses an export as a spreadsheet would: BOM dropped, the dialect's delimiter, quotes honoured. */
function readExport(text: string, dialect: CsvDialect): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: DIALECTS[dialect].delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Every cell either is a number in a numeric column or does not start like a formula. */
function assertEveryCellSafe(rows: readonly string[][], dialect: CsvDialect): void {
  const [header = [], ...data] = rows;
  for (const name of header) expect(name).not.toMatch(FORMULA_START);
  data.forEach((row, index) => {
    expect(row).toHaveLength(header.length);
    row.forEach((cell, column) => {
      const name = header[column]!;
      const where = `row ${index + 2}, column ${name}: ${JSON.stringify(cell)}`;
      if (NUMERIC_COLUMNS.has(name) && cell !== '') expect(cell, where).toMatch(DIALECTS[dialect].number);
      else expect(cell, where).not.toMatch(FORMULA_START);
    });
  });
}

const exports: Partial<Record<CsvDialect, { assignments: string[][]; unserved: string[][] }>> = {};

beforeAll(() => {
  const scenario = writeHostileRound();
  for (const dialect of ['standard', 'excel-nl'] as const) {
    const out = join(mkdtempSync(join(tmpdir(), 'expertpool-csv-')), 'out');
    const run = runCli(['solve', scenario, '--out', out, '--format', 'csv', '--csv-dialect', dialect]);
    expect(run.status, run.stderr).toBe(0);
    exports[dialect] = {
      assignments: readExport(readFileSync(join(out, 'assignments.csv'), 'utf8'), dialect),
      unserved: readExport(readFileSync(join(out, 'unserved.csv'), 'utf8'), dialect),
    };
  }
}, 120_000);

describe.each(['standard', 'excel-nl'] as const)('CSV exports of a round with hostile names (%s)', (dialect) => {
  it('neutralise every cell that would start a formula, in both files', () => {
    const { assignments, unserved } = exports[dialect]!;
    expect(assignments.length).toBeGreaterThan(1);
    expect(unserved.length).toBeGreaterThan(1);
    assertEveryCellSafe(assignments, dialect);
    assertEveryCellSafe(unserved, dialect);
  });

  it('keep the hostile text itself, behind one apostrophe', () => {
    const { assignments, unserved } = exports[dialect]!;
    const cells = new Set([...assignments, ...unserved].flat());
    expect(cells).toContain("'=cmd");
    expect(cells).toContain("'@A001");
    expect(cells).toContain("'+A004");
    expect(cells).toContain(HOSTILE.expertIds[0]);
    expect(cells).toContain(HOSTILE.requestIds[2]);
  });
});

describe('numbers and text in an export', () => {
  it.each(['standard', 'excel-nl'] as const)('keeps honest negative numbers as numbers and neutralises look-alike text (%s)', (dialect) => {
    const rows = readExport(
      toCsv(
        ['label', 'priority', 'cost'],
        [
          ['-3.5', -3.5, -16667.25],
          ['=SUM(A1)', 0, -1],
          ['\r=1', 2, 3],
          ['\t@x', 4, 5],
        ],
        dialect,
      ),
      dialect,
    );
    assertEveryCellSafe(rows, dialect);
    const decimal = dialect === 'excel-nl' ? ',' : '.';
    expect(rows[1]).toEqual(["'-3.5", `-3${decimal}5`, `-16667${decimal}25`]);
    expect(rows.slice(2).map((row) => row[0])).toEqual(["'=SUM(A1)", "'\r=1", "'\t@x"]);
  });

  it('neutralises each character OWASP lists and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseText(`${start}1`)).toBe(`'${start}1`);
    for (const safe of ['1', 'a=1', ' =1', "'=1", '', 'Gent']) expect(neutraliseText(safe)).toBe(safe);
  });
});
