import { z } from 'zod';
import type { Expert, Municipality, PeriodId } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellTypes, parseRow } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { InputError, type InputLocation } from './input-error.js';

export const EXPERT_COLUMNS = ['id', 'name', 'municipality', 'domains', 'periods'] as const;

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
  readonly defaults: ExpertDefaults;
}

/** Reads experts, applying the scenario's defaults; sorted by id. */
export function readExperts(table: CsvTable, context: ExpertContext): Expert[] {
  const cell = cellTypes(table.delimiter);
  const schema = z.object({
    id: cell.text,
    name: cell.text,
    municipality: cell.nis,
    domains: cell.list.pipe(z.array(z.string()).min(1, 'is empty; list the expert\'s domains separated by "|", e.g. wonen|schuldhulp')),
    periods: cell.list.pipe(z.array(z.string()).min(1, 'is empty; list the periods the expert is available, e.g. P1|P2')),
    cost: cell.optional(cell.number('write EUR per trajectory, e.g. 16667').pipe(z.number().positive('must be more than 0 EUR'))),
    max_trajectories: cell.optional(
      cell.number('write a whole number, e.g. 2').pipe(z.number().int('must be a whole number').min(0, 'cannot be negative')),
    ),
    max_distance_km: cell.optional(cell.number('write a distance in km, e.g. 60').pipe(z.number().positive('must be more than 0 km'))),
  });
  assertUniqueKeys(table, table.rows, 'id');
  if (table.rows.length === 0) {
    throw new InputError({ file: table.file }, 'has a header but no experts. Add one row per expert offered in the round.');
  }
  const at = (row: number, column: string) => ({ file: table.file, row, column: table.headers[column] ?? column });
  return table.rows
    .map((row): Expert => {
      const parsed = parseRow(table, row, schema);
      if (!context.municipalities.has(parsed.municipality)) {
        throw new InputError(
          at(row.row, 'municipality'),
          `"${parsed.municipality}" is not in municipalities.csv. Add the supplier municipality there or correct the NIS code.`,
        );
      }
      const unknownPeriod = parsed.periods.find((period) => !context.periods.includes(period));
      if (unknownPeriod !== undefined) {
        throw new InputError(at(row.row, 'periods'), `"${unknownPeriod}" is not a period of the round (${context.periods.join(', ')}).`);
      }
      const cost = parsed.cost ?? context.defaults.cost;
      if (cost === undefined) {
        throw new InputError(
          at(row.row, 'cost'),
          'is empty and the scenario sets no defaults.cost. Fill in the cost per trajectory or set defaults.cost in the scenario.',
        );
      }
      const periods = context.periods.filter((period) => parsed.periods.includes(period));
      const levels = readDomainLevels(parsed.domains, at(row.row, 'domains'));
      const domains = Object.keys(levels).sort(compareStrings);
      return {
        id: parsed.id,
        name: parsed.name,
        municipality: parsed.municipality,
        domains,
        levels,
        periods,
        cost,
        maxTrajectories: Math.min(parsed.max_trajectories ?? context.defaults.maxTrajectories ?? periods.length, periods.length),
        maxDistanceKm: parsed.max_distance_km ?? context.defaults.maxDistanceKm ?? Number.POSITIVE_INFINITY,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Reads `wonen:3|schuldhulp` into levels by domain (1 where none is written).
 * A domain listed twice keeps its highest level.
 */
function readDomainLevels(entries: readonly string[], location: InputLocation): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const entry of entries) {
    const [name = '', level, ...rest] = entry.split(':').map((part) => part.trim());
    const value = level === undefined ? 1 : Number(level);
    if (name === '' || rest.length > 0 || !Number.isInteger(value) || value < 1 || value > 3) {
      throw new InputError(
        location,
        `"${entry}" is not a domain with an optional level 1-3, e.g. wonen:3 (1 practice, 2 proven practice, 3 recognised good practice).`,
      );
    }
    levels[name] = Math.max(levels[name] ?? 1, value);
  }
  return levels;
}
