import Papa from 'papaparse';
import { type ColumnPlan, type CsvColumns, planColumns } from './csv-header.js';
import { findStrayQuote } from './csv-quotes.js';
import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import { assertCellWithinLimits, assertRowCount, DEFAULT_LIMITS, previewRows, type InputLimits } from './limits.js';
import type { CellKind } from './sheet-cells.js';

export type { CsvColumns } from './csv-header.js';

/** A data row of a CSV file or sheet, with the cells of the columns read, keyed by lower-case header name. */
export interface CsvRow {
  /** Spreadsheet row number: in a CSV file the header is row 1. */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  /** A sheet's cells that hold a number, date or boolean rather than text, by column (see sheet-cells.ts). */
  readonly kinds?: Readonly<Record<string, CellKind>>;
}

/** Where a table sits in a workbook: its sheet, and the column letter of each column read. */
interface SheetPlace {
  readonly name: string;
  readonly letters: Readonly<Record<string, string>>;
}

/**
 * A parsed CSV file, or a sheet of a workbook read into the same shape
 * (sheet-table.ts), so every row rule, default and message is written once.
 */
export interface CsvTable {
  readonly file: string;
  /** A sheet's text cells are read as in a `,` file: plain numbers, no locale guessing. */
  readonly delimiter: ',' | ';';
  /** Set for a sheet of a workbook: messages then name the sheet and the cell. */
  readonly sheet?: SheetPlace;
  /** Lower-case, trimmed names of the columns read, in file order. */
  readonly columns: readonly string[];
  /** Header names as written, by lower-case name, for messages. */
  readonly headers: Readonly<Record<string, string>>;
  /** Lower-case names of every named column of the header, read or not. */
  readonly allColumns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * The delimiter: from a leading `sep=;` line, which Excel writes and hides
 * (the line is then dropped, so rows are numbered as Excel shows them), or
 * else from the header line (header names never hold `,` or `;`, while data
 * cells may: decimal commas in `;` files). A tab-separated header is refused
 * with a message, rather than read as one long column name.
 */
function readDelimiter(text: string, file: string): { delimiter: ',' | ';'; body: string } {
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  const separatorLine = /^"?sep=(.?)"?\s*$/i.exec(firstLine);
  if (separatorLine) {
    const separator = separatorLine[1] ?? '';
    if (separator === '\t') throw new InputError({ file, row: 1 }, { id: 'csv-tabs' });
    if (separator !== ',' && separator !== ';')
      throw new InputError({ file, row: 1 }, { id: 'csv-separator-line', separator: echoText(separator) });
    return { delimiter: separator, body: newline === -1 ? '' : text.slice(newline + 1) };
  }
  const count = (character: string) => firstLine.split(character).length - 1;
  const semicolons = count(';');
  const commas = count(',');
  if (count('\t') > Math.max(semicolons, commas)) throw new InputError({ file, row: 1 }, { id: 'csv-tabs' });
  return { delimiter: semicolons > commas ? ';' : ',', body: text };
}

/**
 * A row with fewer cells than the header that splits into more cells on the
 * other delimiter was written with another delimiter than the header (a
 * header typed by hand over an Excel export, or rows pasted from another
 * file). A short `;` row with a decimal comma splits into fewer cells on `,`,
 * so it is not mistaken for one.
 */
function assertSameDelimiter(
  record: readonly string[],
  width: number,
  delimiter: ',' | ';',
  location: { file: string; row: number },
): void {
  if (record.length >= width) return;
  const other = delimiter === ',' ? ';' : ',';
  if (record.join(delimiter).split(other).length > record.length) {
    throw new InputError(location, { id: 'csv-row-other-delimiter', cells: record.length, width, delimiter, other });
  }
}

/** Checks one data record against the header and keeps the cells of the columns read. */
function readRecord(record: readonly string[], rawText: string, plan: ColumnPlan, file: string, delimiter: ',' | ';', row: number): CsvRow {
  if (record.length > plan.read.length) {
    throw new InputError({ file, row }, { id: 'csv-row-too-wide', cells: record.length, width: plan.read.length, delimiter });
  }
  assertSameDelimiter(record, plan.read.length, delimiter, { file, row });
  for (const index of plan.unnamed) {
    const cell = (record[index] ?? '').trim();
    if (cell !== '')
      throw new InputError({ file, row: 1, column: `#${index + 1}` }, { id: 'csv-unnamed-column', row, cell: echoText(cell) });
  }
  if (record.some((cell) => cell.includes('"'))) {
    const stray = findStrayQuote(rawText, delimiter);
    if (stray !== undefined) {
      const name = plan.read[stray.index];
      const column = name !== undefined ? plan.headers[name]! : `#${stray.index + 1}`;
      throw new InputError({ file, row, column }, { id: 'csv-stray-quote', cell: echoText(stray.cell) });
    }
  }
  const cells: Record<string, string> = Object.create(null);
  plan.read.forEach((name, index) => {
    if (name !== undefined) cells[name] = (record[index] ?? '').trim();
  });
  return { row, cells };
}

/**
 * Parses CSV text with papaparse, one record at a time: only the cells of
 * the columns read are kept, so memory follows the columns used, not the
 * file's width. Blank lines are skipped; a row with more cells than the
 * header is an error, since it usually means a delimiter inside an unquoted
 * cell. Rows past `limits.maxRows` are not parsed at all.
 */
export function parseCsv(text: string, file: string, columns: CsvColumns, limits: InputLimits = DEFAULT_LIMITS): CsvTable {
  if (text.trim() === '') throw new InputError({ file }, { id: 'csv-empty', required: columns.required });
  // One line ending throughout: CRLF (Windows), LF and lone CR (old Mac) may even be mixed in one file.
  const { delimiter, body } = readDelimiter(text.replace(/\r\n?/g, '\n'), file);
  let plan: ColumnPlan | undefined;
  const rows: CsvRow[] = [];
  let records = 0;
  let dataRows = 0;
  let cursor = 0;
  let failure: unknown;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    preview: previewRows(limits),
    step: (result, parser) => {
      const row = ++records;
      const rawText = body.slice(cursor, result.meta.cursor);
      cursor = result.meta.cursor;
      try {
        if (result.errors.some((error) => error.type === 'Quotes')) throw new InputError({ file, row }, { id: 'csv-unmatched-quote' });
        const record = result.data;
        record.forEach((cell, index) => {
          assertCellWithinLimits(cell, limits, () => {
            const name = row === 1 ? undefined : plan?.read[index];
            return { file, row, column: name !== undefined ? plan!.headers[name]! : `#${index + 1}` };
          });
        });
        if (plan === undefined) {
          plan = planColumns(record, file, columns, delimiter);
        } else if (record.some((cell) => cell.trim() !== '')) {
          assertRowCount(file, ++dataRows, limits);
          rows.push(readRecord(record, rawText, plan, file, delimiter, row));
        }
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure !== undefined) throw failure;
  // The parser stops at its preview; anything but blank lines after that is one row too many.
  if (records >= previewRows(limits) && /\S/.test(body.slice(cursor))) assertRowCount(file, limits.maxRows + 1, limits);
  if (plan === undefined) throw new InputError({ file }, { id: 'csv-empty', required: columns.required });
  const read = plan.read.filter((name): name is string => name !== undefined);
  return { file, delimiter, columns: read, headers: plan.headers, allColumns: plan.named, rows };
}
