import type { Expert, Municipality, PeriodId } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, rowReader, tablePlace } from './cells.js';
import type { CsvColumns, CsvTable } from './csv-table.js';
import { echoText } from './echo.js';
import { InputError, type InputLocation } from './input-error.js';
import { knownPeriods } from './periods-cell.js';
import { assertNotReservedWord } from './reserved-words.js';

/** The columns of experts.csv: what is required and what is read when present. */
export const EXPERT_COLUMNS: CsvColumns = {
  required: ['id', 'name', 'municipality', 'domains', 'periods'],
  optional: ['cost', 'max_trajectories', 'max_distance_km'],
};

/** Scenario values that fill the optional columns of experts.csv. */
interface ExpertDefaults {
  readonly cost?: number;
  readonly maxDistanceKm?: number;
  readonly maxTrajectories?: number;
}

/** What the rows of experts.csv are checked against. */
export interface ExpertContext {
  readonly periods: readonly PeriodId[];
  readonly municipalities: ReadonlyMap<string, Municipality>;
  /** Where the municipalities were read from, for messages: the file, and the sheet of a workbook. */
  readonly municipalitiesTable: { readonly file: string; readonly sheet?: string };
  readonly defaults: ExpertDefaults;
}

/** Reads experts, applying the scenario's defaults; sorted by id. */
export function readExperts(table: CsvTable, context: ExpertContext): Expert[] {
  assertUniqueKeys(table, table.rows, 'id');
  if (table.rows.length === 0) throw new InputError(tablePlace(table), { id: 'csv-no-rows', table: 'experts' });
  return table.rows
    .map((row): Expert => {
      const read = rowReader(table, row);
      const id = read.text('id', true);
      const name = read.text('name');
      const municipality = read.nis('municipality');
      const domains = read.list('domains', 'domains', true);
      const listed = read.list('periods', 'periods', true);
      const ownCost = read.optionalNumber('cost', 'cost');
      const ownMaxTrajectories = read.optionalNumber('max_trajectories', 'max-trajectories');
      const ownMaxDistance = read.optionalNumber('max_distance_km', 'max-distance');
      if (!context.municipalities.has(municipality)) {
        throw new InputError(read.at('municipality'), {
          id: 'unknown-municipality',
          nis: municipality,
          role: 'supplier',
          table: context.municipalitiesTable,
        });
      }
      const periods = knownPeriods(listed, context.periods, read.at('periods'));
      const cost = ownCost ?? context.defaults.cost;
      if (cost === undefined) throw new InputError(read.at('cost'), { id: 'cost-missing' });
      const levels = readDomainLevels(domains, read.at('domains'));
      return {
        id,
        name,
        municipality,
        domains: Object.keys(levels).sort(compareStrings),
        levels,
        periods,
        cost,
        maxTrajectories: Math.min(ownMaxTrajectories ?? context.defaults.maxTrajectories ?? periods.length, periods.length),
        maxDistanceKm: ownMaxDistance ?? context.defaults.maxDistanceKm ?? Number.POSITIVE_INFINITY,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Reads `wonen:3|schuldhulp` into levels by domain (1 where none is written).
 * A level is one digit 1-3, nothing else (`0x2` or `2.0` are refused, not
 * read as 2). A domain listed twice keeps its highest level.
 */
function readDomainLevels(entries: readonly string[], location: InputLocation): Record<string, number> {
  const levels: Record<string, number> = Object.create(null);
  for (const entry of entries) {
    const [name = '', level, ...rest] = entry.split(':').map((part) => part.trim());
    if (name === '' || rest.length > 0 || (level !== undefined && !/^[1-3]$/.test(level))) {
      throw new InputError(location, { id: 'domain-level', entry: echoText(entry) });
    }
    assertNotReservedWord(name, location);
    levels[name] = Math.max(levels[name] ?? 1, level === undefined ? 1 : Number(level));
  }
  return levels;
}
