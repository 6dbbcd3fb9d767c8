import { readNumber } from './cells.js';
import type { CsvRow, CsvTable } from './csv-table.js';

/**
 * The columns of a table, beyond `reserved`, that hold numbers: indicators
 * such as `kansarmoede`. A column with any non-numeric value is skipped with
 * a warning, since exports often carry text columns we do not use.
 */
export function indicatorColumns(table: CsvTable, reserved: readonly string[], warnings: string[]): string[] {
  return table.columns.filter((column) => {
    if (reserved.includes(column)) return false;
    const bad = table.rows.find((row) => {
      const value = row.cells[column] ?? '';
      return value !== '' && readNumber(value, table.delimiter) === undefined;
    });
    if (bad) {
      warnings.push(
        `${table.file}: column "${table.headers[column]}" is not numeric (row ${bad.row}: "${bad.cells[column]}") and is not used as an indicator.`,
      );
      return false;
    }
    return true;
  });
}

/** A row's values in the indicator columns; an empty cell is left out (missing). */
export function readIndicators(table: CsvTable, row: CsvRow, columns: readonly string[]): Record<string, number> {
  const indicators: Record<string, number> = {};
  for (const column of columns) {
    const value = readNumber(row.cells[column] ?? '', table.delimiter);
    if (value !== undefined) indicators[column] = value;
  }
  return indicators;
}
