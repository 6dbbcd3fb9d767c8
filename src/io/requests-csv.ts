import type { Municipality, PeriodId, Request } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellLocation, rowReader, tablePlace } from './cells.js';
import type { CsvColumns, CsvTable } from './csv-table.js';
import { echoText } from './echo.js';
import { readIndicators } from './indicator-columns.js';
import { InputError, type InputNotice } from './input-error.js';
import { nearName } from './near-name.js';
import { knownPeriods } from './periods-cell.js';

/** The columns of requests.csv; indicator columns are added when the scenario's rule names them. */
export const REQUEST_COLUMNS: CsvColumns = {
  required: ['id', 'municipality', 'domain'],
  optional: ['periods', 'submitted_at', 'priority'],
};

/** What the rows of requests.csv are checked against. */
export interface RequestContext {
  readonly periods: readonly PeriodId[];
  readonly municipalities: ReadonlyMap<string, Municipality>;
  /** Where the municipalities were read from, for messages: the file, and the sheet of a workbook. */
  readonly municipalitiesTable: { readonly file: string; readonly sheet?: string };
  /** Indicator columns the scenario's rule names; those present are read. */
  readonly indicators?: readonly string[];
  /** Domains some expert offers; a request for another domain gets a warning (it cannot be served). */
  readonly offeredDomains?: ReadonlySet<string>;
  /** Where the warnings go. */
  readonly warnings?: InputNotice[];
}

/** Most request ids a warning about an unoffered domain lists before "and N more". */
const LISTED_REQUESTS = 3;

/**
 * Reads requests; an empty `periods` cell means any period of the round, and
 * `submitted_at` becomes the UTC instant it names (Brussels time where it
 * has no offset). Sorted by id.
 */
export function readRequests(table: CsvTable, context: RequestContext): Request[] {
  assertUniqueKeys(table, table.rows, 'id');
  if (table.rows.length === 0) throw new InputError(tablePlace(table), { id: 'csv-no-rows', table: 'requests' });
  const indicators = (context.indicators ?? []).filter((name) => table.columns.includes(name));
  const unoffered = new Map<string, { row: number; ids: string[] }>();
  const requests = table.rows.map((row): Request => {
    const read = rowReader(table, row);
    const id = read.text('id', true);
    const municipality = read.nis('municipality');
    const domain = read.text('domain', true);
    const listed = read.list('periods', 'periods', false);
    const submittedAt = read.instant('submitted_at');
    const priority = read.optionalNumber('priority', 'priority');
    if (!context.municipalities.has(municipality)) {
      throw new InputError(read.at('municipality'), {
        id: 'unknown-municipality',
        nis: municipality,
        role: 'host',
        table: context.municipalitiesTable,
      });
    }
    const periods = listed.length === 0 ? [...context.periods] : knownPeriods(listed, context.periods, read.at('periods'));
    if (context.offeredDomains && !context.offeredDomains.has(domain)) {
      const entry = unoffered.get(domain) ?? { row: row.row, ids: [] };
      entry.ids.push(id);
      unoffered.set(domain, entry);
    }
    return {
      id,
      municipality,
      domain,
      periods,
      submittedAt,
      priority,
      ...(indicators.length > 0 ? { indicators: readIndicators(read, indicators) } : {}),
    };
  });
  for (const [domain, { row, ids }] of unoffered) {
    context.warnings?.push(unofferedDomainNotice(cellLocation(table, row, 'domain'), domain, ids, context.offeredDomains!));
  }
  return requests.sort((a, b) => compareStrings(a.id, b.id));
}

/** Requests no expert can serve are allowed (the round still solves), but worth one warning per domain, with a likely intended domain. */
function unofferedDomainNotice(
  location: InputNotice['location'],
  domain: string,
  ids: readonly string[],
  offered: ReadonlySet<string>,
): InputNotice {
  const suggestion = nearName(domain, [...offered].sort(compareStrings));
  return {
    location,
    fact: {
      id: 'domain-not-offered',
      domain: echoText(domain),
      requests: ids.slice(0, LISTED_REQUESTS),
      more: Math.max(0, ids.length - LISTED_REQUESTS),
      ...(suggestion !== undefined ? { suggestion } : {}),
    },
  };
}
