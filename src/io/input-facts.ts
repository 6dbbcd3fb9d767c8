import type { RuleFacts } from '../domain/rule-input-error.js';
import type { OutputFacts } from './output-facts.js';
import type { TrajectoryObstacle } from '../domain/trajectory-obstacle.js';
import type { Trajectory } from '../domain/types.js';
import type { ZipDamage } from './zip-archive.js';

/** A number a cell or scenario key holds; its range and wording depend on which. */
export type Quantity =
  | 'cost'
  | 'budget'
  | 'max-trajectories'
  | 'max-distance'
  | 'lat'
  | 'lon'
  | 'population'
  | 'priority'
  | 'indicator'
  | 'year';

/** How a range check failed: the limit is the bound that was crossed. */
export type RangeProblem = 'not-positive' | 'negative' | 'not-whole' | 'below' | 'above' | 'decimals';

/** A spreadsheet habit that makes a cell unreadable as a number. */
export type NumberTrap =
  | 'space'
  | 'apostrophe'
  | 'dash'
  | 'exponent'
  | 'hex'
  | 'currency'
  | 'percent'
  | 'comma'
  | 'grouping'
  /** A workbook cell that holds text where a number belongs. */
  | 'sheet-text';

/** Why a submitted_at cell is not a time: its form, a date or time that does not exist, or a Brussels time a DST change skips or repeats. */
export type TimeProblem =
  | 'format'
  | 'day-month-year'
  | 'date'
  | 'time'
  | 'offset'
  | 'dst-gap'
  | 'dst-overlap'
  /** A workbook cell that holds a plain number, not a date. */
  | 'sheet-number';

/** The input tables, as messages name them. */
export type TableKind = 'municipalities' | 'experts' | 'requests' | 'history';

/** What a file named as a CSV file holds instead, or what a file named as a workbook holds instead. */
type FileKind = 'xlsx' | 'xls' | 'ods' | 'text' | 'binary' | 'zip';

/**
 * The facts of every input problem, by message id: what src/text needs to
 * say it in English or Dutch. `InputError` carries one of them beside its
 * location; values repeated from the input are cut short (echo.ts).
 */
export interface InputFacts extends RuleFacts, OutputFacts {
  // Reading files.
  'file-unreadable': { path: string; code: string };
  'file-is-folder': { path: string };
  'file-not-regular': { path: string };
  'file-not-utf8': { byte: string; latin1: string };
  'file-too-large': { size: number; maxBytes: number; limit?: string };
  // CSV structure.
  'csv-empty': { required: readonly string[] };
  'csv-tabs': Record<never, never>;
  'csv-unmatched-quote': Record<never, never>;
  'csv-stray-quote': { cell: string };
  'csv-too-many-rows': { maxRows: number };
  'csv-cell-too-long': { length: number; maxLength: number };
  'csv-control-character': { codePoint: string };
  /** A bidirectional control (override, embedding, isolate) in a cell or a scenario string. */
  'bidi-control': { codePoint: string };
  'csv-row-too-wide': { cells: number; width: number; delimiter: string };
  'csv-row-other-delimiter': { cells: number; width: number; delimiter: string; other: string };
  'csv-duplicate-column': Record<never, never>;
  'csv-missing-columns': { missing: readonly string[]; found: string; required: readonly string[] };
  'csv-unknown-column': { suggestion: string };
  'csv-unnamed-column': { row: number; cell: string };
  'csv-no-rows': { table: TableKind };
  'csv-reserved-word': { cell: string };
  // Cells.
  'cell-empty': Record<never, never>;
  'cell-line-break': Record<never, never>;
  'cell-not-nis': { cell: string };
  'csv-separator-line': { separator: string };
  'cell-duplicate': { key: string; firstRow: number; column: string };
  'list-empty': { list: 'domains' | 'periods' };
  'list-separator': { cell: string; separator: string };
  'number-empty': { quantity: Quantity };
  'number-invalid': { cell: string; quantity: Quantity; trap?: NumberTrap };
  'number-ambiguous': { cell: string; grouped: string; decimal?: string };
  'number-range': { quantity: Quantity; value: number; problem: RangeProblem };
  'domain-level': { entry: string };
  'unknown-municipality': { nis: string; role: 'supplier' | 'host'; table: { readonly file: string; readonly sheet?: string } };
  'unknown-period': { period: string; periods: readonly string[]; suggestion?: string };
  'cost-missing': Record<never, never>;
  'outside-belgium': { value: number; swapped: boolean };
  'submitted-at': { cell: string; problem: TimeProblem };
  'history-year': { year: number; roundYear: number };
  // Workbooks.
  'file-wrong-kind': { found: FileKind; expected: 'csv' | 'xlsx' };
  'workbook-encrypted': Record<never, never>;
  /** SheetJS could not parse the workbook; `detail` is its own (English) message. */
  'workbook-corrupt': { detail: string };
  /** The workbook's zip archive is broken. */
  'workbook-damaged': { damage: ZipDamage };
  'workbook-too-many-entries': { max: number };
  'workbook-unpacked-too-large': { size: number; maxBytes: number };
  'workbook-too-many-sheets': { count: number; max: number };
  'workbook-too-many-cells': { cells: number; maxCells: number };
  'workbook-external-link': { part: string };
  'sheet-missing': { sheet: string; sheets: readonly string[]; more: number };
  'sheet-not-found': { table: TableKind; names: readonly string[]; sheets: readonly string[]; more: number };
  'sheet-ambiguous': { table: TableKind; sheets: readonly string[] };
  'sheet-formula-no-value': { formula: string };
  'sheet-error-value': { value: string };
  'cell-is-date': { cell: string; expected: 'text' | 'number' };
  'indicator-empty': { field: string };
  // Warnings.
  'domain-not-offered': { domain: string; requests: readonly string[]; more: number; suggestion?: string };
  'budget-pays-nothing': { budget: number; cheapest: number; expert: string; suggestion?: number };
  'sheet-hidden-rows': { rows: readonly number[]; more: number };
  // Scenario files.
  'yaml-syntax': { detail: string };
  'yaml-too-deep': Record<never, never>;
  'yaml-unreadable': { detail: string };
  /** `document`: a changes file rather than a scenario. */
  'scenario-not-mapping': { document?: 'changes' };
  /** `document`: a changes file or a previous result rather than a scenario. */
  'scenario-forbidden-key': { key: string; document?: 'changes' | 'result' };
  'scenario-control-character': { codePoint: string };
  'schema-mismatch': Record<never, never>;
  'schema-unknown-key': { suggestion?: string; known: readonly string[] };
  'schema-required': Record<never, never>;
  'schema-enum': { found: string; allowed: readonly string[] };
  'schema-invalid': { keyword: string; limit?: number; type?: string; found: string; detail: string };
  'extends-cycle': { loop: string };
  'extends-too-deep': { max: number };
  'extends-not-path': { found: string };
  'extends-missing': { parent: string; path: string };
  'path-outside': { written: string; folder: string; target: string; link: boolean };
  'unknown-name': {
    kind: 'province' | 'domain' | 'expert' | 'request' | 'period' | 'indicator';
    name: string;
    suggestion?: string;
    known?: readonly string[];
  };
  'quota-min-above-max': { min: number; max: number };
  'exclude-needs-one': Record<never, never>;
  'history-file-missing': { servedBefore: string };
  /** A day of the scenario (a period's from or to, letters.date): not written YYYY-MM-DD (`form`), or no day of the calendar (`day`). */
  'date-invalid': { text: string; problem: 'form' | 'day' };
  /** A period id listed a second time; `first` is the index of its first listing. */
  'period-repeated': { period: string; first: number };
  /** A period without dates among dated ones. */
  'period-undated': { period: string };
  /** A dated period whose last day comes before its first. */
  'period-ends-before': { from: string; to: string };
  /** A dated period that starts before the one listed before it has ended. */
  'period-overlap': { period: string; from: string; before: string; beforeTo: string };
  'round-too-large': {
    arcs: number;
    bound: 'exact' | 'at-least' | 'at-most';
    maxArcs: number;
    experts: number;
    requests: number;
    periods: number;
  };
  // `replan`: the previous result and the changes file.
  'result-not-json': { detail: string };
  'result-version': { version: string; current: string };
  'changes-repeated': { name: string; first: string };
  /** A promised trajectory of a frozen period that the current data no longer allows. */
  'frozen-not-allowed': { trajectory: Trajectory; obstacle: TrajectoryObstacle };
  /** A cancelled request, or a withdrawal, that would change a trajectory of a frozen period. */
  'frozen-cancelled': { trajectory: Trajectory };
  'frozen-withdrawn': { trajectory: Trajectory; from: string };
  'frozen-over-budget': { cost: number; budget: number };
  /** A warning: a promised trajectory of a later period that the current data no longer allows. */
  'promised-not-allowed': { trajectory: Trajectory; obstacle: TrajectoryObstacle };
  /** Frozen trajectories that break a rule of the current round together (`rule`: the checker's rule). */
  'frozen-conflict': { rule: string; trajectories: readonly Trajectory[] };
  // `sweep --vary`.
  'vary-form': { text: string };
  'vary-range-parts': { body: string };
  'vary-range-numbers': { range: string };
  'vary-step': { step: string };
  'vary-order': { from: string; to: string };
  'vary-too-many': { count: number; max: number; list: boolean };
  'vary-no-points': { range: string };
  'vary-empty-item': { body: string };
  'vary-not-mapping': { found: string; rest: string };
}

/** A message id of an input problem. */
export type InputFactId = keyof InputFacts;

/** One input problem's facts: its message id and what the message needs. */
export type InputFact = { [Id in InputFactId]: { readonly id: Id } & Readonly<InputFacts[Id]> }[InputFactId];
