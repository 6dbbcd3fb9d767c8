import { InputError, type InputLocation } from './input-error.js';

/**
 * Bounds on each input file and on the round's model, so a broken or hostile
 * export cannot exhaust memory or time. A scenario sets them with its
 * `limits` key; every CSV file and workbook of the round (history included)
 * is held to the file limits.
 */
export interface InputLimits {
  /**
   * Largest file read, in bytes; a larger one is refused before it is read.
   * A workbook's unpacked contents are held to it too.
   */
  readonly maxFileBytes: number;
  /** Most data rows (the header not counted) in one CSV file or sheet. */
  readonly maxRows: number;
  /** Most cells a workbook's sheets hold together, counted before any sheet is parsed. */
  readonly maxCells: number;
  /** Longest cell, in characters (header cells included). */
  readonly maxFieldLength: number;
  /**
   * Most arcs (expert, request, period) of the round's model: what bounds a
   * solve's memory, about 5 KB per arc. Estimated before the model is built.
   */
  readonly maxArcs: number;
}

/**
 * Generous for a Flemish round (300 municipalities, a few hundred experts and
 * requests, years of history), small enough that parsing stays well within a
 * default Node heap.
 */
export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 1_000_000,
  maxFieldLength: 10_000,
  maxArcs: 250_000,
};

/** Largest scenario file (YAML/JSON). Read before its `limits` are known, so fixed. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** Most entries in a workbook's zip archive: a workbook has a dozen parts and a few per sheet. */
export const MAX_WORKBOOK_ENTRIES = 10_000;

/** Most sheets in a workbook. */
export const MAX_WORKBOOK_SHEETS = 250;

/** The limits a scenario asks for, each missing one at its default. */
export function effectiveLimits(configured: Partial<InputLimits> | undefined): InputLimits {
  return { ...DEFAULT_LIMITS, ...configured };
}

/**
 * Refuses a file of `size` bytes over `maxBytes` before it is read. `key` is
 * the scenario limit that sets `maxBytes` (undefined for the fixed scenario limit).
 */
export function assertFileSize(label: string, size: number, maxBytes: number, key?: keyof InputLimits): void {
  if (size > maxBytes) {
    throw new InputError({ file: label }, { id: 'file-too-large', size, maxBytes, ...(key !== undefined ? { limit: key } : {}) });
  }
}

/**
 * papaparse's `preview` for a table under `limits`: the header, the allowed
 * rows and one more, so an oversized file is detected without parsing all of it.
 */
export const previewRows = (limits: InputLimits) => limits.maxRows + 2;

/** Refuses a CSV file with more than `limits.maxRows` data rows (blank rows not counted). */
export function assertRowCount(file: string, dataRows: number, limits: InputLimits): void {
  if (dataRows > limits.maxRows) {
    throw new InputError({ file, row: limits.maxRows + 2 }, { id: 'csv-too-many-rows', maxRows: limits.maxRows });
  }
}

/**
 * Refuses a CSV cell longer than `limits.maxFieldLength` or holding a control
 * character or a bidirectional control; `location` names the cell and is only built for a bad one.
 */
export function assertCellWithinLimits(cell: string, limits: InputLimits, location: () => InputLocation): void {
  if (cell.length > limits.maxFieldLength) {
    throw new InputError(location(), { id: 'csv-cell-too-long', length: cell.length, maxLength: limits.maxFieldLength });
  }
  const control = CONTROL_CHARACTER.exec(cell);
  if (control !== null) throw new InputError(location(), { id: 'csv-control-character', codePoint: codePoint(control[0]) });
  const bidi = BIDI_CONTROL.exec(cell);
  if (bidi !== null) throw new InputError(location(), { id: 'bidi-control', codePoint: codePoint(bidi[0]) });
}

/**
 * Control characters a cell never needs: C0 except tab, line feed and
 * carriage return (quoted cells may hold line breaks), DEL and C1 (ESC and
 * CSI start terminal escape sequences, which would reach the terminal
 * through messages and the report on stdout).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Bidirectional controls: the embeddings and overrides U+202A-U+202E and the
 * isolates U+2066-U+2069. A right-to-left override in a name reverses the
 * rest of its report cell or line (and, unclosed, more), so a name could
 * read as another; no name needs one, since letters of any script carry
 * their own direction. The marks U+200E, U+200F and U+061C change no order
 * beyond themselves and stay allowed.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** `U+001B`: how messages name a character. */
export const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
