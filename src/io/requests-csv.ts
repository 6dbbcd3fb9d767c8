import { z } from 'zod';
import type { Municipality, PeriodId, Request } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellTypes, parseRow } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { InputError } from './input-error.js';

export const REQUEST_COLUMNS = ['id', 'municipality', 'domain'] as const;

/** What the rows of requests.csv are checked against. */
export interface RequestContext {
  readonly periods: readonly PeriodId[];
  readonly municipalities: ReadonlyMap<string, Municipality>;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads requests; an empty `periods` cell means any period of the round. Sorted by id. */
export function readRequests(table: CsvTable, context: RequestContext): Request[] {
  const cell = cellTypes(table.delimiter);
  const schema = z.object({
    id: cell.text,
    municipality: cell.nis,
    domain: cell.text,
    periods: cell.list.optional(),
    submitted_at: cell.optional(
      z.string().refine((text) => ISO_8601.test(text) && !Number.isNaN(Date.parse(text)), 'is not an ISO 8601 date-time, e.g. 2021-10-04T09:30:00+02:00'),
    ),
    priority: cell.optional(cell.number('write a score of 0 or more, e.g. 87.5').pipe(z.number().min(0, 'cannot be negative'))),
  });
  assertUniqueKeys(table, table.rows, 'id');
  const at = (row: number, column: string) => ({ file: table.file, row, column: table.headers[column] ?? column });
  return table.rows
    .map((row): Request => {
      const parsed = parseRow(table, row, schema);
      if (!context.municipalities.has(parsed.municipality)) {
        throw new InputError(at(row.row, 'municipality'), `"${parsed.municipality}" is not in municipalities.csv. Add the municipality there or correct the NIS code.`);
      }
      const listed = parsed.periods ?? [];
      const unknownPeriod = listed.find((period) => !context.periods.includes(period));
      if (unknownPeriod !== undefined) {
        throw new InputError(at(row.row, 'periods'), `"${unknownPeriod}" is not a period of the round (${context.periods.join(', ')}).`);
      }
      const periods = listed.length === 0 ? [...context.periods] : context.periods.filter((period) => listed.includes(period));
      return {
        id: parsed.id,
        municipality: parsed.municipality,
        domain: parsed.domain,
        periods,
        submittedAt: parsed.submitted_at,
        priority: parsed.priority,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}
