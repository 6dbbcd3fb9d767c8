import { readSubmittedAt } from './brussels-time.js';
import type { CsvRow, CsvTable } from './csv-table.js';
import { echoText } from './echo.js';
import type { InputFact, Quantity } from './input-facts.js';
import { InputError, type InputLocation } from './input-error.js';
import { rangeProblem } from './quantities.js';
import { readNumber } from './read-number.js';
import { assertNotReservedWord } from './reserved-words.js';

/** The file of a table, and its sheet when it is read from a workbook. */
export const tablePlace = (table: CsvTable): InputLocation =>
  table.sheet === undefined ? { file: table.file } : { file: table.file, sheet: table.sheet.name };

/** Where a column of a row sits, named as the header writes it; in a sheet, also by its cell (`F7`). */
export function cellLocation(table: CsvTable, row: number, column: string): InputLocation {
  const letter = table.sheet?.letters[column];
  return {
    ...tablePlace(table),
    row,
    column: table.headers[column] ?? column,
    ...(letter !== undefined ? { cell: `${letter}${row}` } : {}),
  };
}

/**
 * Reads the cells of one row of a CSV file or sheet by column, each problem
 * an InputError that names the file, the row and the column (in a sheet: the
 * sheet and the cell). Cells are trimmed; an absent optional column reads as
 * an empty cell. A sheet's cells are taken as the sheet holds them: a number
 * cell is its number, a date cell is a local date-time, and a date where
 * text or a number belongs is refused (a spreadsheet turned what was typed
 * into a date).
 */
export function rowReader(table: CsvTable, row: CsvRow) {
  const at = (column: string) => cellLocation(table, row.row, column);
  const fail = (column: string, fact: InputFact): never => {
    throw new InputError(at(column), fact);
  };
  const raw = (column: string) => row.cells[column] ?? '';
  const kind = (column: string) => row.kinds?.[column];
  const notDate = (column: string, expected: 'text' | 'number') => {
    if (kind(column) === 'date') fail(column, { id: 'cell-is-date', cell: echoText(raw(column)), expected });
  };
  const oneLine = (column: string) => {
    notDate(column, 'text');
    const cell = raw(column);
    if (/[\r\n]/.test(cell)) fail(column, { id: 'cell-line-break' });
    return cell;
  };
  const number = (column: string, quantity: Quantity): number | undefined => {
    const cell = raw(column);
    if (cell === '') return undefined;
    notDate(column, 'number');
    // A number cell of a sheet is its number: no locale, no separators to guess.
    const reading = kind(column) === 'number' ? { value: Number(cell) } : readNumber(cell, table.delimiter);
    if ('ambiguous' in reading) return fail(column, { id: 'number-ambiguous', cell: echoText(cell), ...reading.ambiguous });
    if ('invalid' in reading) {
      // Text in a sheet's number column is best fixed in the sheet, whatever the text looks like in a CSV file.
      const trap = table.sheet !== undefined && (reading.trap === undefined || reading.trap === 'comma') ? 'sheet-text' : reading.trap;
      return fail(column, { id: 'number-invalid', cell: echoText(cell), quantity, ...(trap ? { trap } : {}) });
    }
    const problem = rangeProblem(quantity, reading.value);
    if (problem !== undefined) fail(column, { id: 'number-range', quantity, value: reading.value, problem });
    return reading.value;
  };
  return {
    at,
    /** A required text cell on one line; `key` also refuses the reserved words, for ids and names that become keys. */
    text(column: string, key = false): string {
      const cell = oneLine(column);
      if (cell === '') fail(column, { id: 'cell-empty' });
      if (key) assertNotReservedWord(cell, at(column));
      return cell;
    },
    /** A 5-digit NIS code. */
    nis(column: string): string {
      const cell = raw(column);
      if (!/^\d{5}$/.test(cell)) fail(column, { id: 'cell-not-nis', cell: echoText(cell) });
      return cell;
    },
    /**
     * A list separated by `|`, e.g. `P1|P2`. A `,` or `;` inside an item is
     * a list written the spreadsheet way, refused rather than read as one
     * odd item. `required` refuses an empty list.
     */
    list(column: string, list: 'domains' | 'periods', required: boolean): string[] {
      const items = oneLine(column)
        .split('|')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const separated = items.find((item) => /[,;]/.test(item));
      if (separated !== undefined)
        fail(column, { id: 'list-separator', cell: echoText(raw(column)), separator: /,/.test(separated) ? ',' : ';' });
      if (required && items.length === 0) fail(column, { id: 'list-empty', list });
      for (const item of items) assertNotReservedWord(item, at(column));
      return items;
    },
    /** A required number within the range of `quantity`. */
    number(column: string, quantity: Quantity): number {
      return number(column, quantity) ?? fail(column, { id: 'number-empty', quantity });
    },
    /** An optional number within the range of `quantity`; undefined for an empty cell. */
    optionalNumber: number,
    /**
     * An optional date-time, as the UTC instant it names (brussels-time.ts):
     * ISO 8601 text, or a sheet's date cell (a Brussels local time).
     */
    instant(column: string): string | undefined {
      const cell = raw(column);
      if (cell === '') return undefined;
      if (kind(column) === 'number' || kind(column) === 'boolean')
        fail(column, { id: 'submitted-at', cell: echoText(cell), problem: 'sheet-number' });
      const reading = readSubmittedAt(cell);
      return 'problem' in reading ? fail(column, { id: 'submitted-at', cell: echoText(cell), problem: reading.problem }) : reading.instant;
    },
    /** The trimmed cell, empty when absent. */
    raw,
  };
}

/** Throws when a value repeats in a key column, naming both rows. */
export function assertUniqueKeys(table: CsvTable, rows: readonly CsvRow[], column: string): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = row.cells[column] ?? '';
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(cellLocation(table, row.row, column), { id: 'cell-duplicate', key: echoText(key), firstRow: first, column });
    }
    seen.set(key, row.row);
  }
}
