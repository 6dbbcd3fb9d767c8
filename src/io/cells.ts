import { z } from 'zod';
import type { CsvRow, CsvTable } from './csv-table.js';
import { InputError } from './input-error.js';

/**
 * Reads a number as people write it: `16667.5` everywhere, and in `;` files
 * also the decimal comma and dot thousands of Belgian Excel (`16667,5`, `16.667,50`).
 * Returns undefined for anything that is not a finite number.
 */
export function readNumber(cell: string, delimiter: ',' | ';'): number | undefined {
  let text = cell.trim();
  if (delimiter === ';') {
    if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) text = text.replace(/\./g, '');
    if (/^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A quoted cell may hold line breaks (Alt+Enter in Excel); the cells we read must be on one line. */
const oneLine = (cell: string) => !/[\r\n]/.test(cell);
const LINE_BREAK = 'contains a line break (Alt+Enter in Excel); put the cell on one line';

/** The zod cell types of one CSV file, bound to its delimiter. */
export function cellTypes(delimiter: ',' | ';') {
  const number = (hint: string) =>
    z.string().transform((cell, context) => {
      const value = readNumber(cell, delimiter);
      if (value === undefined) {
        context.addIssue({ code: 'custom', message: cell === '' ? `is empty; ${hint}` : `"${cell}" is not a number; ${hint}` });
        return z.NEVER;
      }
      return value;
    });
  const optional = <T extends z.ZodType<unknown, string>>(inner: T) =>
    z
      .string()
      .optional()
      .transform((cell, context): z.output<T> | undefined => {
        if (cell === undefined || cell === '') return undefined;
        const parsed = inner.safeParse(cell);
        if (parsed.success) return parsed.data as z.output<T>;
        for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message });
        return z.NEVER;
      });
  return {
    text: z.string().min(1, 'is empty; it needs a value').refine(oneLine, LINE_BREAK),
    nis: z.string().regex(/^\d{5}$/, 'must be a 5-digit NIS code, e.g. 44021'),
    number,
    optional,
    list: z
      .string()
      .refine(oneLine, LINE_BREAK)
      .transform((cell) =>
        cell
          .split('|')
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      ),
  };
}

/** Parses one CSV row with a zod object schema; the first issue becomes an InputError on its column. */
export function parseRow<T extends z.ZodType>(table: CsvTable, row: CsvRow, schema: T): z.output<T> {
  const parsed = schema.safeParse(row.cells);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const cell = row.cells[key];
  const message = issue?.message ?? 'is invalid';
  const what = issue?.code === 'invalid_format' && cell !== undefined ? `"${cell}" ${message}` : message;
  throw new InputError({ file: table.file, row: row.row, column: table.headers[key] ?? key }, what);
}

/** Throws when a value repeats in a key column, naming both rows. */
export function assertUniqueKeys(table: CsvTable, rows: readonly CsvRow[], column: string): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = row.cells[column] ?? '';
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(
        { file: table.file, row: row.row, column: table.headers[column] ?? column },
        `"${key}" is a duplicate: row ${first} has the same ${column}. Each ${column} must be unique.`,
      );
    }
    seen.set(key, row.row);
  }
}
