import { planColumns } from './csv-header.js';
import type { CsvColumns, CsvRow, CsvTable } from './csv-table.js';
import { echoText } from './echo.js';
import { InputError, type InputLocation } from './input-error.js';
import { assertCellWithinLimits, type InputLimits } from './limits.js';
import { type CellKind, type ReadableCell, readSheetCell, type SheetCell } from './sheet-cells.js';
import type { ParsedSheet } from './workbook-file.js';

/** One sheet read into a table, and the data rows the sheet hides (read all the same). */
export interface SheetTable {
  readonly table: CsvTable;
  readonly hiddenRows: readonly number[];
}

/** How one sheet is read. */
export interface SheetRead {
  readonly file: string;
  readonly sheetName: string;
  readonly columns: CsvColumns;
  readonly limits: InputLimits;
  readonly isDateFormat: (format: string) => boolean;
}

/** `A`, `Z`, `AA`: the letters of a 0-based column index, as spreadsheets name columns. */
function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `B7` as a 0-based row and column. */
function cellPosition(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference);
  if (!match) return undefined;
  const column = [...match[1]!.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

const isEmpty = (cell: SheetCell | undefined) => cell === undefined || ('text' in cell && cell.text.trim() === '');

/** The sheet's cells by row and column: stored values, and the formulas without one that SheetJS leaves out. */
function cellGrid(parsed: ParsedSheet, isDateFormat: (format: string) => boolean): SheetCell[][] {
  const grid = (parsed.sheet['!data'] ?? []).map((row) =>
    (row ?? []).map((cell) => readSheetCell(cell, { date1904: parsed.date1904, isDateFormat })),
  );
  for (const [reference, formula] of parsed.formulasWithoutValue) {
    const position = cellPosition(reference);
    if (position === undefined) continue;
    const row = (grid[position.row] ??= []);
    row[position.column] = { problem: { id: 'sheet-formula-no-value', formula: echoText(`=${formula}`) } };
  }
  return grid;
}

/**
 * Reads a sheet into the table shape of a CSV file: the first row that holds
 * anything is the header (checked as a CSV header is), every later row with
 * a value is a data row, rows and columns that hold nothing are ignored,
 * hidden rows are read (and returned, so `validate` can say so). Each cell
 * of a column read keeps its text and how the sheet held it (number, date,
 * boolean); a formula without a stored value or an error value in such a
 * cell is an InputError naming the file, the sheet and the cell.
 */
export function readSheetTable(parsed: ParsedSheet, read: SheetRead): SheetTable {
  const { file, sheetName: sheet, limits } = read;
  const grid = cellGrid(parsed, read.isDateFormat);
  const at = (row: number, column: number, header?: string): InputLocation => ({
    file,
    sheet,
    row: row + 1,
    cell: `${columnLetter(column)}${row + 1}`,
    ...(header !== undefined ? { column: header } : {}),
  });
  const textOf = (cell: SheetCell | undefined, location: () => InputLocation): ReadableCell => {
    if (cell === undefined) return { text: '' };
    if ('problem' in cell) throw new InputError(location(), cell.problem);
    assertCellWithinLimits(cell.text, limits, location);
    return cell;
  };
  const headerRow = grid.findIndex((row) => row !== undefined && row.some((cell) => !isEmpty(cell)));
  if (headerRow === -1) throw new InputError({ file, sheet }, { id: 'csv-empty', required: read.columns.required });
  const width = grid.reduce((widest, row) => Math.max(widest, (row ?? []).findLastIndex((cell) => !isEmpty(cell)) + 1), 0);
  const headerCells = Array.from({ length: width }, (_, column) => textOf(grid[headerRow]![column], () => at(headerRow, column)).text);
  let plan: ReturnType<typeof planColumns>;
  try {
    plan = planColumns(headerCells, file, read.columns, ',');
  } catch (error) {
    throw headerError(error, headerCells, (column) => (column === undefined ? { file, sheet, row: headerRow + 1 } : at(headerRow, column)));
  }
  const rows: CsvRow[] = [];
  const hiddenRows: number[] = [];
  const rowInfo = parsed.sheet['!rows'] ?? [];
  for (let index = headerRow + 1; index < grid.length; index++) {
    const cellsOfRow = grid[index] ?? [];
    if (cellsOfRow.every((cell) => isEmpty(cell))) continue;
    if (rows.length === limits.maxRows)
      throw new InputError({ file, sheet, row: index + 1 }, { id: 'csv-too-many-rows', maxRows: limits.maxRows });
    const cells: Record<string, string> = Object.create(null);
    const kinds: Record<string, CellKind> = Object.create(null);
    for (let column = 0; column < width; column++) {
      const name = plan.read[column];
      if (name === undefined) {
        const unread = cellsOfRow[column];
        if (plan.unnamed.includes(column) && !isEmpty(unread)) {
          const shown = unread !== undefined && 'text' in unread ? unread.text.trim() : '';
          throw new InputError(at(headerRow, column), { id: 'csv-unnamed-column', row: index + 1, cell: echoText(shown) });
        }
        continue;
      }
      const cell = textOf(cellsOfRow[column], () => at(index, column, plan.headers[name]));
      cells[name] = cell.text.trim();
      if (cell.kind !== undefined) kinds[name] = cell.kind;
    }
    rows.push({ row: index + 1, cells, kinds });
    if (rowInfo[index]?.hidden === true) hiddenRows.push(index + 1);
  }
  const letters: Record<string, string> = Object.create(null);
  plan.read.forEach((name, column) => {
    if (name !== undefined) letters[name] = columnLetter(column);
  });
  const table: CsvTable = {
    file,
    delimiter: ',',
    sheet: { name: sheet, letters },
    columns: plan.read.filter((name): name is string => name !== undefined),
    headers: plan.headers,
    allColumns: plan.named,
    rows,
  };
  return { table, hiddenRows };
}

/**
 * A header problem found by the CSV header check, placed in the sheet: the
 * check names a column by its header (or `#3` for an unnamed one), the sheet
 * by its cell.
 */
function headerError(error: unknown, headerCells: readonly string[], place: (column?: number) => InputLocation): unknown {
  if (!(error instanceof InputError)) return error;
  const named = error.location.column;
  const unnamed = named !== undefined && /^#\d+$/.test(named) ? Number(named.slice(1)) - 1 : -1;
  const index = unnamed >= 0 ? unnamed : headerCells.findIndex((cell) => cell.trim() === named);
  const location = index >= 0 ? place(index) : place();
  return new InputError({ ...location, ...(named !== undefined ? { column: named } : {}) }, error.fact);
}
