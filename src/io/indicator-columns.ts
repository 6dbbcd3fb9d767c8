import type { PriorityConfig } from '../domain/types.js';
import { type rowReader, tablePlace } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { InputError } from './input-error.js';
import { nearName } from './near-name.js';

/** Criterion names that are not CSV indicator columns: the request's `priority` and the municipality's `population`. */
const BUILT_IN = ['population', 'priority'];

/** An indicator a scenario's priority rule names, with the key path that names it. */
export interface NamedIndicator {
  readonly name: string;
  readonly field: string;
}

/**
 * Every indicator the priority rule names (criteria of `weighted`, class
 * conditions of `tiers`, its `within` score, greedy's `order`), built-ins
 * included. This is how a CSV column becomes an indicator: the scenario
 * names it; any other column is left unread, so a typo in a header is never
 * taken for an indicator.
 */
export function namedIndicators(config: PriorityConfig | undefined, field = 'priority'): NamedIndicator[] {
  if (config === undefined) return [];
  switch (config.rule) {
    case 'weighted':
      return config.criteria.map((criterion, index) => ({ name: criterion.indicator, field: `${field}.criteria[${index}].indicator` }));
    case 'tiers':
      return [
        ...config.classes.flatMap((priorityClass, index) =>
          priorityClass.when?.indicator !== undefined
            ? [{ name: priorityClass.when.indicator, field: `${field}.classes[${index}].when.indicator` }]
            : [],
        ),
        ...namedIndicators(config.within, `${field}.within`),
      ];
    case 'greedy':
      return namedIndicators(config.order, `${field}.order`);
    default:
      return [];
  }
}

/** The CSV column names among `named`: what municipalities.csv and requests.csv read as indicators. */
export const indicatorColumnNames = (named: readonly NamedIndicator[]): string[] =>
  [...new Set(named.map((indicator) => indicator.name))].filter((name) => !BUILT_IN.includes(name));

/**
 * Checks that every indicator the rule names is a column of municipalities.csv
 * or requests.csv (or a built-in), and that a named column has a value in at
 * least one row; `label` is the scenario file. A name close to a column gets
 * a "did you mean".
 */
export function assertIndicatorsExist(
  named: readonly NamedIndicator[],
  tables: readonly CsvTable[],
  label: string,
  allColumns: readonly string[],
): void {
  for (const indicator of named) {
    if (BUILT_IN.includes(indicator.name)) continue;
    const holders = tables.filter((table) => table.columns.includes(indicator.name));
    if (holders.length === 0) {
      const known = [...new Set([...BUILT_IN, ...allColumns])].sort();
      const suggestion = nearName(indicator.name, known);
      throw new InputError(
        { file: label, field: indicator.field },
        { id: 'unknown-name', kind: 'indicator', name: indicator.name, known, ...(suggestion !== undefined ? { suggestion } : {}) },
      );
    }
    if (holders.every((table) => table.rows.every((row) => (row.cells[indicator.name] ?? '') === ''))) {
      const table = holders[0]!;
      throw new InputError(
        { ...tablePlace(table), column: table.headers[indicator.name] ?? indicator.name },
        { id: 'indicator-empty', field: indicator.field },
      );
    }
  }
}

/** A row's values in the indicator columns; an empty cell is left out (a missing value). */
export function readIndicators(read: ReturnType<typeof rowReader>, columns: readonly string[]): Record<string, number> {
  const indicators: Record<string, number> = Object.create(null);
  for (const column of columns) {
    const value = read.optionalNumber(column, 'indicator');
    if (value !== undefined) indicators[column] = value;
  }
  return indicators;
}
