/** Where in the user's input a problem sits. */
export interface InputLocation {
  /** The file as the user named it (or as the scenario names it). */
  readonly file: string;
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  readonly row?: number;
  /** CSV column name, as written in the header. */
  readonly column?: string;
  /** Scenario key path, e.g. `constraints.maxPerMunicipality`. */
  readonly field?: string;
  /** 1-based line and column in a text file (YAML syntax errors). */
  readonly line?: number;
  readonly col?: number;
}

/**
 * A problem with the user's input: a file, a row, a column or key and a
 * sentence that says what is wrong and how to fix it. The CLI prints it
 * without a stack trace and exits with code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly location: InputLocation,
    readonly problem: string,
  ) {
    super(`${formatLocation(location)}: ${problem}`);
  }
}

/** `experts.csv, row 4, column "cost"`, `scenario.yaml, field "budget"`. */
export function formatLocation(location: InputLocation): string {
  const parts = [location.file];
  if (location.line !== undefined) {
    parts.push(`line ${location.line}${location.col !== undefined ? `, column ${location.col}` : ''}`);
  }
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column !== undefined) parts.push(`column "${location.column}"`);
  if (location.field !== undefined) parts.push(`field "${location.field}"`);
  return parts.join(', ');
}
