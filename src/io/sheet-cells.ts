import { echoText } from './echo.js';
import type { InputFact } from './input-facts.js';
import type { CellObject } from './sheetjs.js';

/** How a workbook cell holds its value where it is not text; the table readers check it against the column. */
export type CellKind = 'number' | 'date' | 'boolean';

/**
 * A workbook cell as the table readers take it: the text a CSV cell would
 * hold (numbers in plain decimals, dates as `2022-01-01 08:00:00`) and how
 * the sheet held it; or the problem that keeps it from being read.
 */
export type SheetCell = ReadableCell | { readonly problem: InputFact };

/** A workbook cell with a value to read. */
export interface ReadableCell {
  readonly text: string;
  readonly kind?: CellKind;
}

/** The spreadsheet error values by the code SheetJS stores for them. */
const ERROR_VALUES: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const DAY_SECONDS = 86_400;
/** Day 0 of the 1900 system (serial 61 is 1 March 1900) and of the 1904 system, in ms since 1970. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial 2958465 is 31 December 9999, the last day a spreadsheet shows. */
const LAST_SERIAL = 2_958_465;

/**
 * Spreadsheets compute with 15 significant digits; the digits a stored
 * double has beyond them are noise (`0.1+0.2` stored as 0.30000000000000004),
 * and a CSV export would not show them either.
 */
export const spreadsheetNumber = (value: number): number => Number(value.toPrecision(15));

/**
 * The wall-clock date and time a serial date number stands for, rounded to
 * the second (`44562.3333333333` is `2022-01-01 08:00:00`, not 07:59:59.99),
 * as `YYYY-MM-DD HH:MM:SS`; undefined for a serial no calendar has (negative,
 * past the year 9999, or 29 February 1900, a day the 1900 system counts
 * though it never was).
 */
export function serialDateTime(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0) || serial > LAST_SERIAL) return undefined;
  const seconds = Math.round(serial * DAY_SECONDS);
  let days = Math.floor(seconds / DAY_SECONDS);
  if (!date1904) {
    // Serials 1-59 count from 31 December 1899, one day later than the rest, because of day 60.
    if (days === 60) return undefined;
    if (days < 60) days += 1;
  }
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_SECONDS * 1000 + (seconds % DAY_SECONDS) * 1000;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The serial number (1900 system) of a wall-clock date and time, to write a date cell; the inverse of serialDateTime. */
export function dateTimeSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - EPOCH_1900) / (DAY_SECONDS * 1000);
}

/**
 * Reads one cell of a parsed sheet by the value the spreadsheet stored: text
 * as text, numbers (plain or date-formatted) with their kind, booleans as
 * TRUE or FALSE. A formula without a stored value and an error value
 * (`#DIV/0!`) are problems: there is no value to read, and none is computed.
 */
export function readSheetCell(
  cell: CellObject | null | undefined,
  options: { readonly date1904: boolean; readonly isDateFormat: (format: string) => boolean },
): SheetCell {
  if (cell === null || cell === undefined) return { text: '' };
  if (cell.f !== undefined && cell.v === undefined) return { problem: { id: 'sheet-formula-no-value', formula: echoText(`=${cell.f}`) } };
  switch (cell.t) {
    case 's':
      return { text: String(cell.v ?? '') };
    case 'b':
      return { text: cell.v === true ? 'TRUE' : 'FALSE', kind: 'boolean' };
    case 'e':
      return { problem: { id: 'sheet-error-value', value: ERROR_VALUES[Number(cell.v)] ?? `#${String(cell.v)}` } };
    case 'n': {
      const value = Number(cell.v);
      if (typeof cell.z === 'string' && options.isDateFormat(cell.z)) {
        const text = serialDateTime(value, options.date1904);
        return text === undefined ? { problem: { id: 'submitted-at', cell: String(value), problem: 'date' } } : { text, kind: 'date' };
      }
      return { text: String(spreadsheetNumber(value)), kind: 'number' };
    }
    default:
      // Stubs ('z') are empty cells that only carry a format.
      return { text: '' };
  }
}
