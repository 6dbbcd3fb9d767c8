import { InputError } from './input-error.js';
import { nearName } from './near-name.js';
import { assertNotReservedWord } from './reserved-words.js';

/** The columns a reader of one CSV file knows. */
export interface CsvColumns {
  readonly required: readonly string[];
  /** Columns read when present (e.g. `cost`, `priority`). */
  readonly optional?: readonly string[];
  /**
   * Indicator columns the scenario's priority rule names: read when present.
   * Any other column is left unread, unless its name is so close to a
   * required or optional column that it is surely a typo of one: then it is
   * an error. (A name close to a named indicator is left to the scenario's
   * check, which cannot tell which side has the typo either and names both.)
   */
  readonly indicators?: readonly string[];
}

/** Which header cells are read and under what name. */
export interface ColumnPlan {
  /** Per header position: the lower-case name to read it under, or undefined to leave it unread. */
  readonly read: readonly (string | undefined)[];
  /** Positions whose header cell is empty: data under them is an error. */
  readonly unnamed: readonly number[];
  /** Header names as written, by lower-case name, for the columns read. */
  readonly headers: Readonly<Record<string, string>>;
  /** Lower-case names of every named column, read or not. */
  readonly named: readonly string[];
}

/**
 * Other words people write for a column, to name the column they meant:
 * Dutch headers and common English variants. Keys are lower case, letters and
 * digits only.
 */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  naam: 'name',
  gemeente: 'municipality',
  niscode: 'nis',
  provincie: 'province',
  latitude: 'lat',
  breedtegraad: 'lat',
  longitude: 'lon',
  long: 'lon',
  lng: 'lon',
  lengtegraad: 'lon',
  bevolking: 'population',
  inwoners: 'population',
  domein: 'domain',
  domeinen: 'domains',
  periode: 'periods',
  perioden: 'periods',
  kost: 'cost',
  kosten: 'cost',
  prijs: 'cost',
  prioriteit: 'priority',
  score: 'priority',
  ingediend: 'submitted_at',
  ingediendop: 'submitted_at',
  datum: 'submitted_at',
  jaar: 'year',
};

/**
 * Checks a CSV header and decides which columns are read: no reserved word,
 * no name twice, no unknown column that is a near miss of a known one (a typo
 * must never leave a column unread while its default is used), every
 * required column present.
 */
export function planColumns(headerCells: readonly string[], file: string, columns: CsvColumns, delimiter: string): ColumnPlan {
  const names = headerCells.map((cell) => cell.trim().toLowerCase());
  const fixed = [...columns.required, ...(columns.optional ?? [])];
  const known = [...fixed, ...(columns.indicators ?? [])];
  const headers: Record<string, string> = Object.create(null);
  names.forEach((name, index) => {
    const written = headerCells[index]!.trim();
    if (name === '') return;
    assertNotReservedWord(written, { file, row: 1, column: written });
    if (headers[name] !== undefined) {
      throw new InputError({ file, row: 1, column: written }, { id: 'csv-duplicate-column' });
    }
    headers[name] = written;
  });
  const absent = fixed.filter((name) => headers[name] === undefined);
  for (const name of names) {
    if (name === '' || known.includes(name)) continue;
    const suggestion = nearName(name, absent, COLUMN_ALIASES);
    if (suggestion !== undefined)
      throw new InputError({ file, row: 1, column: headers[name] ?? name }, { id: 'csv-unknown-column', suggestion });
  }
  const missing = columns.required.filter((name) => headers[name] === undefined);
  if (missing.length > 0) {
    const found = names.filter((name) => name !== '').join(delimiter) || '(nothing)';
    throw new InputError({ file, row: 1, column: missing[0] }, { id: 'csv-missing-columns', missing, found, required: columns.required });
  }
  const read = names.map((name) => (known.includes(name) ? name : undefined));
  const kept: Record<string, string> = Object.create(null);
  for (const name of read) if (name !== undefined) kept[name] = headers[name]!;
  const unnamed = names.flatMap((name, index) => (name === '' ? [index] : []));
  return { read, unnamed, headers: kept, named: names.filter((name) => name !== '') };
}
