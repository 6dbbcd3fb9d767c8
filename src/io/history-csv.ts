import type { HistoryRecord } from '../domain/types.js';
import { rowReader } from './cells.js';
import type { CsvColumns, CsvTable } from './csv-table.js';
import { InputError } from './input-error.js';

/** The columns of history.csv. */
export const HISTORY_COLUMNS: CsvColumns = { required: ['year', 'expert', 'municipality', 'domain'] };

/**
 * Reads history.csv: one row per trajectory of an earlier round. Experts of
 * earlier rounds need not be in this round's experts.csv, and municipalities
 * that have merged since need not be in municipalities.csv, so neither is
 * checked against the round; only the cells' form is.
 */
export function readHistory(table: CsvTable, roundYear: number | undefined): HistoryRecord[] {
  return table.rows.map((row): HistoryRecord => {
    const read = rowReader(table, row);
    const record = {
      year: read.number('year', 'year'),
      expert: read.text('expert'),
      municipality: read.nis('municipality'),
      domain: read.text('domain'),
    };
    if (roundYear !== undefined && record.year >= roundYear) {
      throw new InputError(read.at('year'), { id: 'history-year', year: record.year, roundYear });
    }
    return record;
  });
}
