import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { Municipality, PeriodId, Request } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellTypes, parseRow } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { indicatorColumns, readIndicators } from './indicator-columns.js';
import { formatLocation, InputError, type InputLocation } from './input-error.js';

export const REQUEST_COLUMNS = ['id', 'municipality', 'domain'] as const;

/** What the rows of requests.csv are checked against. */
export interface RequestContext {
  readonly periods: readonly PeriodId[];
  readonly municipalities: ReadonlyMap<string, Municipality>;
  /** Domains some expert offers; a request for another domain gets a warning (it cannot be served). */
  readonly offeredDomains?: ReadonlySet<string>;
  /** Where the warnings go. */
  readonly warnings?: string[];
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
      z
        .string()
        .refine(
          (text) => ISO_8601.test(text) && !Number.isNaN(Date.parse(text)),
          'is not an ISO 8601 date-time, e.g. 2021-10-04T09:30:00+02:00',
        ),
    ),
    priority: cell.optional(cell.number('write a score of 0 or more, e.g. 87.5').pipe(z.number().min(0, 'cannot be negative'))),
  });
  assertUniqueKeys(table, table.rows, 'id');
  if (table.rows.length === 0) {
    throw new InputError({ file: table.file }, 'has a header but no requests. Add one row per request of the round.');
  }
  const at = (row: number, column: string) => ({ file: table.file, row, column: table.headers[column] ?? column });
  // Further numeric columns are request indicators for the weighted and tiers rules.
  const indicators = indicatorColumns(table, [...REQUEST_COLUMNS, 'periods', 'submitted_at', 'priority'], context.warnings ?? []);
  return table.rows
    .map((row): Request => {
      const parsed = parseRow(table, row, schema);
      if (!context.municipalities.has(parsed.municipality)) {
        throw new InputError(
          at(row.row, 'municipality'),
          `"${parsed.municipality}" is not in municipalities.csv. Add the municipality there or correct the NIS code.`,
        );
      }
      const listed = parsed.periods ?? [];
      const unknownPeriod = listed.find((period) => !context.periods.includes(period));
      if (unknownPeriod !== undefined) {
        throw new InputError(at(row.row, 'periods'), `"${unknownPeriod}" is not a period of the round (${context.periods.join(', ')}).`);
      }
      const periods = listed.length === 0 ? [...context.periods] : context.periods.filter((period) => listed.includes(period));
      if (context.offeredDomains && !context.offeredDomains.has(parsed.domain)) {
        context.warnings?.push(unofferedDomainWarning(at(row.row, 'domain'), parsed.id, parsed.domain, context.offeredDomains));
      }
      return {
        id: parsed.id,
        municipality: parsed.municipality,
        domain: parsed.domain,
        periods,
        submittedAt: parsed.submitted_at,
        priority: parsed.priority,
        ...(indicators.length > 0 ? { indicators: readIndicators(table, row, indicators) } : {}),
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** A request no expert can serve is allowed (the round still solves), but worth a warning, with a likely intended domain. */
function unofferedDomainWarning(location: InputLocation, request: string, domain: string, offered: ReadonlySet<string>): string {
  const suggestion = offered.size > 0 ? closest(domain, [...offered].sort(compareStrings)) : undefined;
  // Only a near miss is a likely typo; otherwise the domain is simply not on offer this round.
  const near = suggestion !== undefined && distance(domain, suggestion) <= Math.max(2, Math.floor(domain.length / 3));
  const hint = near ? ` Did you mean "${suggestion}"?` : ' The request stays unserved.';
  return `${formatLocation(location)}: "${domain}" is requested by ${request}, but no expert offers it.${hint}`;
}
