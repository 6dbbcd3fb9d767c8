import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import type { TableKind } from './input-facts.js';

/** The names a table's sheet is found under when the scenario names no sheet (any case): English, then Dutch. */
const SHEET_NAMES: Readonly<Record<TableKind, readonly string[]>> = {
  municipalities: ['municipalities', 'gemeenten'],
  experts: ['experts', 'experten'],
  requests: ['requests', 'aanvragen'],
  history: ['history', 'historiek'],
};

/** Most sheet names a message lists before "and N more". */
const LISTED_SHEETS = 10;

const normal = (name: string) => name.trim().toLowerCase();

/** The workbook's sheets as a message lists them: the first ones, each cut short, and how many more. */
function listed(sheets: readonly string[]): { sheets: string[]; more: number } {
  return { sheets: sheets.slice(0, LISTED_SHEETS).map((name) => echoText(name)), more: Math.max(0, sheets.length - LISTED_SHEETS) };
}

/**
 * The sheet a table is read from: the one the scenario names after `#`
 * (exactly, or else in any case); otherwise the one named like the table
 * (SHEET_NAMES); otherwise the workbook's only sheet. Anything else is an
 * InputError listing the workbook's sheets.
 */
export function chooseSheet(sheets: readonly string[], table: TableKind, asked: string | undefined, file: string): string {
  if (asked !== undefined) {
    const exact = sheets.find((name) => name === asked);
    const anyCase = sheets.filter((name) => normal(name) === normal(asked));
    const found = exact ?? (anyCase.length === 1 ? anyCase[0] : undefined);
    if (found === undefined) throw new InputError({ file }, { id: 'sheet-missing', sheet: echoText(asked), ...listed(sheets) });
    return found;
  }
  const named = sheets.filter((name) => SHEET_NAMES[table].includes(normal(name)));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new InputError({ file }, { id: 'sheet-ambiguous', table, sheets: named.map((name) => echoText(name)) });
  if (sheets.length === 1) return sheets[0]!;
  throw new InputError({ file }, { id: 'sheet-not-found', table, names: SHEET_NAMES[table], ...listed(sheets) });
}
