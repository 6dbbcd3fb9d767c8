/**
 * Writes report tables as an .xlsx workbook a coordinator opens and sorts:
 * numbers as numbers with a display format (EUR, km; the spreadsheet shows
 * them with its own locale's separators), text always as text (a name that
 * starts with `=` is never a formula), a frozen header row, column widths
 * from the content and an autofilter over each list. The bytes depend on the
 * tables alone (no clock), so the same result gives the same file.
 */
import { type CellObject, type SheetJs, sheetJs, type WorkSheet } from '../io/sheetjs.js';

/** How a column's numbers are shown; `datetime` numbers are serial dates (io/sheet-cells.ts). */
type SheetFormat = 'text' | 'integer' | 'decimal' | 'euro' | 'km' | 'percent' | 'datetime';

/** A column of a sheet: its header, the format of its numbers and a note on the header cell (a comment). */
interface SheetColumn {
  readonly header: string;
  readonly format: SheetFormat;
  readonly note?: string;
}

/** Columns from `[header, format]` pairs, for tables without notes. */
export const sheetColumns = (...pairs: readonly (readonly [string, SheetFormat])[]): SheetColumn[] =>
  pairs.map(([header, format]) => ({ header, format }));

/** A cell: text, a number in its column's format (or in another one), or empty. */
type SheetValue = string | number | { readonly value: number; readonly format: SheetFormat } | undefined;

/** A table in a sheet: a header row, then one row per item. */
export interface SheetBlock {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

/**
 * One sheet: its blocks, one under the other with an empty row between.
 * The first block's header row is frozen; a sheet of one block (a list)
 * gets an autofilter.
 */
export interface SheetSpec {
  readonly name: string;
  readonly blocks: readonly SheetBlock[];
}

/** Excel number formats; a spreadsheet shows `,` and `.` in them as its locale's separators. */
const NUMBER_FORMATS: Readonly<Record<Exclude<SheetFormat, 'text'>, string>> = {
  integer: '#,##0',
  decimal: 'General',
  euro: '"EUR" #,##0.00',
  km: '#,##0.0" km"',
  percent: '0.0%',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

/** Column widths, in characters, within which a column is sized to its content. */
const WIDTH = { min: 8, max: 60 } as const;

/** The characters a value takes as a spreadsheet shows it, roughly, to size its column. */
function shownLength(value: SheetValue, format: SheetFormat): number {
  if (value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  const number = typeof value === 'number' ? value : value.value;
  const shown = typeof value === 'number' ? format : value.format;
  const digits = Math.round(number).toString().length;
  const grouped = digits + Math.floor((digits - 1) / 3);
  return { text: digits, integer: grouped, decimal: String(number).length, euro: grouped + 7, km: grouped + 5, percent: 6, datetime: 19 }[
    shown
  ];
}

/** One cell as SheetJS writes it: text as a shared string, numbers with their format. */
function cellOf(value: SheetValue, format: SheetFormat): CellObject | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { t: 's', v: value };
  const number = typeof value === 'number' ? value : value.value;
  const shown = typeof value === 'number' ? format : value.format;
  return shown === 'text' ? { t: 'n', v: number } : { t: 'n', v: number, z: NUMBER_FORMATS[shown] };
}

/** A header cell, with its column's note as a comment that shows when the cell is pointed at. */
function headerCell(column: SheetColumn): CellObject {
  if (column.note === undefined) return { t: 's', v: column.header };
  const comments = Object.assign([{ a: 'expertpool', t: column.note }], { hidden: true });
  return { t: 's', v: column.header, c: comments };
}

/** A sheet of blocks, with its widths and, for a list, its autofilter. */
function worksheet(xlsx: SheetJs, spec: SheetSpec): WorkSheet {
  const rows: (CellObject | undefined)[][] = [];
  const widths: number[] = [];
  for (const block of spec.blocks) {
    if (rows.length > 0) rows.push([]);
    rows.push(block.columns.map((column) => headerCell(column)));
    block.columns.forEach((column, index) => (widths[index] = Math.max(widths[index] ?? 0, column.header.length)));
    for (const row of block.rows) {
      rows.push(block.columns.map((column, index) => cellOf(row[index], column.format)));
      block.columns.forEach((column, index) => (widths[index] = Math.max(widths[index] ?? 0, shownLength(row[index], column.format))));
    }
  }
  const sheet = xlsx.utils.aoa_to_sheet(rows, { dense: true });
  sheet['!cols'] = widths.map((width) => ({ wch: Math.min(WIDTH.max, Math.max(WIDTH.min, width + 2)) }));
  const [list] = spec.blocks;
  if (spec.blocks.length === 1 && list !== undefined && list.columns.length > 0) {
    sheet['!autofilter'] = { ref: xlsx.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: list.rows.length, c: list.columns.length - 1 } }) };
  }
  return sheet;
}

/** The sheet view SheetJS writes (it writes no panes); replaced by one with the header row frozen. */
const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

/**
 * Freezes the header row of every sheet: SheetJS's Community Edition writes
 * no panes, so each sheet's XML gets its pane here, in the zip container
 * SheetJS wrote, which its own zip writer then packs again (entries dated
 * 1980, so the bytes stay the same from run to run).
 */
function freezeHeaderRows(xlsx: SheetJs, bytes: Buffer): Buffer {
  const container = xlsx.CFB.read(bytes, { type: 'buffer' });
  container.FullPaths.forEach((path, index) => {
    if (!/\/xl\/worksheets\/sheet\d+\.xml$/.test(path)) return;
    const entry = container.FileIndex[index]!;
    const xml = Buffer.from(entry.content).toString('utf8');
    if (!xml.includes(PLAIN_VIEW)) throw new Error(`SheetJS wrote ${path} without the sheet view expertpool replaces`);
    entry.content = Buffer.from(xml.replace(PLAIN_VIEW, FROZEN_VIEW), 'utf8');
  });
  return Buffer.from(xlsx.CFB.write(container, { fileType: 'zip', compression: true }));
}

/** The .xlsx bytes of the sheets, in order. */
export function workbookBytes(sheets: readonly SheetSpec[]): Buffer {
  const xlsx = sheetJs();
  const book = xlsx.utils.book_new();
  for (const spec of sheets) xlsx.utils.book_append_sheet(book, worksheet(xlsx, spec), spec.name);
  const bytes = xlsx.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  return freezeHeaderRows(xlsx, bytes);
}
