import Papa from 'papaparse';
import { placeNamer, reasonText } from '../text/explain-text.js';
import { passedOver } from '../result/passed-over.js';
import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';

/** How a CSV is written: `standard` (`,`, `.` decimals, LF) or `excel-nl` (Excel in Belgian Dutch). */
export type CsvDialect = 'standard' | 'excel-nl';

export const CSV_DIALECTS: readonly CsvDialect[] = ['standard', 'excel-nl'];

interface DialectRules {
  readonly delimiter: string;
  readonly decimal: string;
  readonly newline: string;
  readonly bom: string;
}

const DIALECTS: Readonly<Record<CsvDialect, DialectRules>> = {
  standard: { delimiter: ',', decimal: '.', newline: '\n', bom: '' },
  // Excel set to Belgian Dutch splits on `;`, reads `16667,5` as a number and needs the BOM to read UTF-8.
  'excel-nl': { delimiter: ';', decimal: ',', newline: '\r\n', bom: '\uFEFF' },
};

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text: a leading formula character gets a `'` in front. */
export function neutraliseText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV cell: a number is written as a number in the dialect's decimals, a string as neutralised text. */
export type CsvCell = string | number | undefined;

/**
 * Writes a header and rows as CSV in a dialect. The type of each value
 * decides: numbers (honest negatives included) keep their sign and get the
 * dialect's decimal mark; strings are text and are neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = 'standard'): string {
  const rules = DIALECTS[dialect];
  const format = (value: CsvCell): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return String(value).replace('.', rules.decimal);
    return neutraliseText(value);
  };
  const data = rows.map((row) => row.map(format));
  const body = Papa.unparse(
    { fields: header.map(neutraliseText), data },
    { delimiter: rules.delimiter, newline: rules.newline, escapeFormulae: false },
  );
  return `${rules.bom}${body}${rules.newline}`;
}

/** assignments.csv: one trajectory a row, in period then expert order. */
export function assignmentsCsv(result: AllocationResult, dialect: CsvDialect = 'standard'): string {
  return toCsv(
    ['expert', 'request', 'period', 'supplier', 'municipality', 'domain', 'cost', 'distance_km', 'priority'],
    result.assignments.map((a) => [a.expert, a.request, a.period, a.supplier, a.municipality, a.domain, a.cost, a.distanceKm, a.priority]),
    dialect,
  );
}

/**
 * unserved.csv: one unserved request a row with its first reason and that
 * reason's sentence in `lang`; then every reason code, for `outranked` (and
 * `not-optimised`) the requests serving it would displace, and under a sum
 * rule, for a request left unserved while requests of lower priority are
 * served, those requests (lowest first).
 */
export function unservedCsv(result: AllocationResult, options: { dialect?: CsvDialect; lang?: Lang } = {}): string {
  const lang = options.lang ?? 'en';
  const namer = placeNamer(result.round.municipalities);
  const passed = new Map(passedOver(result).map((entry) => [entry.request, entry]));
  return toCsv(
    ['request', 'municipality', 'domain', 'priority', 'reason', 'message', 'all_reasons', 'displaced', 'served_below'],
    result.unserved.map((u) => {
      const below = passed.get(u.request)?.servedBelow.map((s) => s.request) ?? [];
      const first = u.reasons[0];
      const displaced = u.reasons.flatMap((r) =>
        r.code === 'outranked' || r.code === 'not-optimised' ? r.counterfactual.displaced.map((d) => d.request) : [],
      );
      return [
        u.request,
        u.municipality,
        u.domain,
        u.priority,
        first?.code ?? '',
        first ? reasonText(first, u, lang, namer) : '',
        u.reasons.map((r) => r.code).join('|'),
        displaced.join('|'),
        below.join('|'),
      ];
    }),
    options.dialect ?? 'standard',
  );
}
