import { basename, resolve } from 'node:path';
import { type CsvColumns, type CsvTable, parseCsv } from './csv-table.js';
import { isWorkbookFile, splitDataPath } from './data-path.js';
import { decodeText } from './decode-text.js';
import { InputError, type InputNotice } from './input-error.js';
import type { TableKind } from './input-facts.js';
import type { InputLimits } from './limits.js';
import { readInputBytes } from './read-text.js';
import { sheetJs } from './sheetjs.js';
import { readSheetTable } from './sheet-table.js';
import { type OpenedWorkbook, openWorkbook } from './workbook-file.js';
import { chooseSheet } from './workbook-sheet.js';
import { sha256 } from './sha256.js';

/** Reads one table of the round from the data path the scenario writes: a CSV file, or a sheet of an .xlsx workbook. */
export type TableReader = (written: string, kind: TableKind, columns: CsvColumns) => CsvTable;

/** What reading the round's tables records. */
export interface TableRecord {
  /** SHA-256 of every file read, keyed by file name. */
  readonly inputs: Record<string, string>;
  /** Absolute paths of every file read. */
  readonly paths: string[];
  /** Things worth knowing that do not stop the round (hidden rows of a sheet). */
  readonly warnings: InputNotice[];
}

/** How the run record names a file's content. */

/** Most hidden row numbers a warning lists before "and N more". */
const LISTED_ROWS = 5;

/** The zip and OLE2 signatures: a workbook where a CSV file was expected. */
function workbookKind(bytes: Buffer): 'xlsx' | 'xls' | undefined {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) return 'xls';
  return undefined;
}

/**
 * A reader of the round's tables, relative to the scenario's `folder` and
 * held to its `limits`. A path ending in `.xlsx` (optionally `#Sheet`) is a
 * workbook, opened once however many tables it holds; any other path is a
 * CSV file. Every file's hash and path go into `record`.
 */
export function tableReader(folder: string, limits: InputLimits, record: TableRecord): TableReader {
  const workbooks = new Map<string, OpenedWorkbook>();
  const bound = { maxBytes: limits.maxFileBytes, key: 'maxFileBytes' } as const;
  const readFile = (path: string, label: string) => {
    const absolute = resolve(folder, path);
    const bytes = readInputBytes(absolute, label, bound);
    record.paths.push(absolute);
    record.inputs[label] = sha256(bytes);
    return { absolute, bytes };
  };
  return (written, kind, columns) => {
    const { file: path, sheet: asked } = splitDataPath(written);
    const label = basename(path);
    if (!isWorkbookFile(path)) {
      const { bytes } = readFile(path, label);
      const found = workbookKind(bytes);
      if (found !== undefined) throw new InputError({ file: label }, { id: 'file-wrong-kind', found, expected: 'csv' });
      return parseCsv(decodeText(bytes, label), label, columns, limits);
    }
    const absolute = resolve(folder, path);
    let workbook = workbooks.get(absolute);
    if (workbook === undefined) {
      workbook = openWorkbook(readFile(path, label).bytes, label, limits);
      workbooks.set(absolute, workbook);
    }
    const sheetName = chooseSheet(workbook.sheetNames, kind, asked, label);
    const { table, hiddenRows } = readSheetTable(workbook.sheet(sheetName), {
      file: label,
      sheetName,
      columns,
      limits,
      isDateFormat: (format) => sheetJs().SSF.is_date(format),
    });
    if (hiddenRows.length > 0) {
      record.warnings.push({
        location: { file: label, sheet: sheetName },
        fact: { id: 'sheet-hidden-rows', rows: hiddenRows.slice(0, LISTED_ROWS), more: Math.max(0, hiddenRows.length - LISTED_ROWS) },
      });
    }
    return table;
  };
}
