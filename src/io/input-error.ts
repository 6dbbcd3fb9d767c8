import type { InputFact } from './input-facts.js';

/** Where in the user's input a problem sits. */
export interface InputLocation {
  /** The file as the user named it (or as the scenario names it). */
  readonly file: string;
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  readonly row?: number;
  /** CSV column name, as written in the header. */
  readonly column?: string;
  /** The worksheet of an .xlsx workbook that holds the table. */
  readonly sheet?: string;
  /** The cell in `sheet`, A1-style (`F7`); `column` then names its header. */
  readonly cell?: string;
  /** Scenario key path, e.g. `constraints.maxPerMunicipality`. */
  readonly field?: string;
  /** 1-based line and column in a text file (YAML syntax errors). */
  readonly line?: number;
  readonly col?: number;
}

/**
 * A problem with the user's input: where it sits and the facts of what is
 * wrong (a message id and its parameters). The words, in English and Dutch,
 * live in src/text (`inputErrorText`); the CLI prints them in the command's
 * language, without a stack trace, and exits with code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly location: InputLocation,
    readonly fact: InputFact,
  ) {
    super(`${formatLocation(location)}: ${factSummary(fact)}`);
  }

  /** The problem for logs: the message id and its parameters. */
  get problem(): string {
    return factSummary(this.fact);
  }
}

function factSummary(fact: InputFact): string {
  const { id, ...parameters } = fact;
  return Object.keys(parameters).length === 0 ? `[${id}]` : `[${id}] ${JSON.stringify(parameters)}`;
}

/** A problem that does not stop the round, with where it sits: the CLI prints it as a warning. */
export interface InputNotice {
  readonly location: InputLocation;
  readonly fact: InputFact;
}

/** The words a location is written with in one language. */
export interface LocationWords {
  readonly line: string;
  readonly row: string;
  readonly column: string;
  readonly field: string;
  readonly sheet: string;
  readonly cell: string;
}

const ENGLISH_LOCATION: LocationWords = { line: 'line', row: 'row', column: 'column', field: 'field', sheet: 'sheet', cell: 'cell' };

/**
 * `experts.csv, row 4, column "cost"`, `experts.xlsx, sheet experts, cell F7 (cost)`,
 * `scenario.yaml, field "budget"`: a location in `words` (English in log messages).
 */
export function formatLocation(location: InputLocation, words: LocationWords = ENGLISH_LOCATION): string {
  const parts = [location.file];
  if (location.sheet !== undefined) parts.push(`${words.sheet} ${location.sheet}`);
  if (location.line !== undefined) {
    parts.push(`${words.line} ${location.line}${location.col !== undefined ? `, ${words.column} ${location.col}` : ''}`);
  }
  if (location.cell !== undefined) {
    parts.push(`${words.cell} ${location.cell}${location.column !== undefined ? ` (${location.column})` : ''}`);
  } else {
    if (location.row !== undefined) parts.push(`${words.row} ${location.row}`);
    if (location.column !== undefined) parts.push(`${words.column} "${location.column}"`);
  }
  if (location.field !== undefined) parts.push(`${words.field} "${location.field}"`);
  return parts.join(', ');
}
