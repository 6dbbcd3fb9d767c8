import { InputError } from './input-error.js';

/**
 * Bounds on one input file, so a broken or hostile export cannot exhaust
 * memory or time before the round is even built. A scenario sets them with
 * its `limits` key; every CSV input of the round (history included) is held
 * to them.
 */
export interface InputLimits {
  /** Largest file read, in bytes; a larger one is refused before it is read. */
  readonly maxFileBytes: number;
  /** Most data rows (the header not counted) in one CSV file. */
  readonly maxRows: number;
  /** Longest cell, in characters (header cells included). */
  readonly maxFieldLength: number;
}

/**
 * Generous for a Flemish round (300 municipalities, a few hundred experts and
 * requests, years of history), small enough that parsing stays well within a
 * default Node heap.
 */
export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxFieldLength: 10_000,
};

/** Largest scenario file (YAML/JSON). Read before its `limits` are known, so fixed. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** The limits a scenario asks for, each missing one at its default. */
export function effectiveLimits(configured: Partial<InputLimits> | undefined): InputLimits {
  return { ...DEFAULT_LIMITS, ...configured };
}

const describeBytes = (bytes: number) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;

/** How to lift a limit, for the message: scenario CSVs can raise theirs, the scenario file cannot. */
const raiseHint = (key: keyof InputLimits | undefined) =>
  key === undefined
    ? 'Split the scenario or move data into the CSV files.'
    : `Fix the file, or raise limits.${key} in the scenario if it really is this large.`;

/**
 * Refuses a file of `size` bytes over `maxBytes` before it is read. `key` is
 * the scenario limit that sets `maxBytes` (undefined for the fixed scenario limit).
 */
export function assertFileSize(label: string, size: number, maxBytes: number, key?: keyof InputLimits): void {
  if (size > maxBytes) {
    throw new InputError(
      { file: label },
      `is ${describeBytes(size)}, over the ${describeBytes(maxBytes)} limit for this input. ${raiseHint(key)}`,
    );
  }
}

/**
 * papaparse's `preview` for a table under `limits`: the header, the allowed
 * rows and one more, so an oversized file is detected without parsing all of it.
 */
export const previewRows = (limits: InputLimits) => limits.maxRows + 2;

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/**
 * Checks parsed CSV records (the header first) against `limits`. `truncated`
 * and `rest` say whether the parser stopped at its preview and what text it
 * left unread; trailing blank lines there do not count as rows.
 */
export function assertCsvWithinLimits(
  file: string,
  records: readonly (readonly string[])[],
  parse: { readonly truncated: boolean; readonly rest: () => string },
  limits: InputLimits,
): void {
  const dataRows = records.slice(1).filter((record) => !isBlank(record)).length;
  if (dataRows > limits.maxRows || (parse.truncated && /\S/.test(parse.rest()))) {
    throw new InputError(
      { file, row: limits.maxRows + 2 },
      `has more than ${limits.maxRows} data rows, the limit for one input file. ${raiseHint('maxRows')}`,
    );
  }
  const header = records[0] ?? [];
  records.forEach((record, index) => {
    record.forEach((cell, column) => {
      const control = CONTROL_CHARACTER.exec(cell);
      if (cell.length <= limits.maxFieldLength && control === null) return;
      const name = index === 0 ? undefined : header[column]?.trim();
      const location = { file, row: index + 1, column: name !== undefined && name.length <= 100 ? name : `#${column + 1}` };
      if (cell.length > limits.maxFieldLength) {
        throw new InputError(
          location,
          `holds a cell of ${cell.length} characters, over the limit of ${limits.maxFieldLength} (an unclosed quote often causes this). ${raiseHint('maxFieldLength')}`,
        );
      }
      throw new InputError(
        location,
        `holds the control character ${codePoint(control![0])}, which no name or id needs; a terminal showing it could be made to act on it. Remove it (text converted twice from another encoding often causes this).`,
      );
    });
  });
}

/**
 * Control characters a cell never needs: C0 except tab, line feed and
 * carriage return (quoted cells may hold line breaks), DEL and C1 (ESC and
 * CSI start terminal escape sequences, which would reach the terminal
 * through messages and the report on stdout).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Refuses a control character in any string of a scenario mapping (names,
 * class names, ids), naming the key path; `label` names the file. Shared and
 * cyclic values (YAML aliases) are visited once.
 */
export function assertNoControlCharacters(value: unknown, label: string, path: readonly string[] = [], seen = new Set<object>()): void {
  if (typeof value === 'string') {
    const control = CONTROL_CHARACTER.exec(value);
    if (control !== null) {
      throw new InputError(
        { file: label, field: path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]') || '(top level)' },
        `holds the control character ${codePoint(control[0])}; remove it (a terminal showing it could be made to act on it).`,
      );
    }
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    assertNoControlCharacters(key, label, path, seen);
    assertNoControlCharacters(item, label, [...path, key], seen);
  }
}

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
