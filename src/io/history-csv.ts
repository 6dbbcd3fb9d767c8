import { z } from 'zod';
import type { HistoryRecord } from '../domain/types.js';
import { cellTypes, parseRow } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { InputError } from './input-error.js';

export const HISTORY_COLUMNS = ['year', 'expert', 'municipality', 'domain'] as const;

/**
 * Reads history.csv: one row per trajectory of an earlier round. Experts of
 * earlier rounds need not be in this round's experts.csv, and municipalities
 * that have merged since need not be in municipalities.csv, so neither is
 * checked against the round; only the cells' form is.
 */
export function readHistory(table: CsvTable, roundYear: number | undefined): HistoryRecord[] {
  const cell = cellTypes(table.delimiter);
  const schema = z.object({
    year: cell
      .number('write the year of the round, e.g. 2021')
      .pipe(z.number().int('must be a whole year').min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier')),
    expert: cell.text,
    municipality: cell.nis,
    domain: cell.text,
  });
  return table.rows.map((row): HistoryRecord => {
    const parsed = parseRow(table, row, schema);
    if (roundYear !== undefined && parsed.year >= roundYear) {
      throw new InputError(
        { file: table.file, row: row.row, column: table.headers.year ?? 'year' },
        `is ${parsed.year}, not earlier than this round (${roundYear}). history.csv lists earlier rounds only; put running trajectories in history.ongoing.`,
      );
    }
    return parsed;
  });
}
