import { z } from 'zod';
import type { Municipality } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellTypes, parseRow } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { indicatorColumns, readIndicators } from './indicator-columns.js';
import { InputError } from './input-error.js';

export const MUNICIPALITY_COLUMNS = ['nis', 'name', 'province', 'lat', 'lon'] as const;

/** Belgium's extent in decimal degrees (WGS 84), with a small margin: De Panne to Arlon, Hoogstraten to Torgny. */
const BELGIUM = { lat: { min: 49.45, max: 51.55 }, lon: { min: 2.5, max: 6.45 } } as const;

const inside = (value: number, range: { min: number; max: number }) => value >= range.min && value <= range.max;

/**
 * Coordinates outside Belgium are a typo, swapped columns or another
 * coordinate system, and would silently turn every distance wrong.
 */
function assertInBelgium(table: CsvTable, row: number, lat: number, lon: number): void {
  if (inside(lat, BELGIUM.lat) && inside(lon, BELGIUM.lon)) return;
  const column = inside(lat, BELGIUM.lat) ? 'lon' : 'lat';
  const value = column === 'lat' ? lat : lon;
  const range = `Belgium lies between latitude ${BELGIUM.lat.min} and ${BELGIUM.lat.max} and longitude ${BELGIUM.lon.min} and ${BELGIUM.lon.max}`;
  const hint =
    inside(lat, BELGIUM.lon) && inside(lon, BELGIUM.lat)
      ? 'lat and lon look swapped in this row'
      : 'write decimal degrees (WGS 84), e.g. 51.0543 and 3.7174 for Gent';
  throw new InputError(
    { file: table.file, row, column: table.headers[column] ?? column },
    `${value} is outside Belgium (${range}); ${hint}.`,
  );
}

/**
 * Reads municipalities. Columns beyond the required ones are numeric
 * indicators (e.g. `kansarmoede`); a column with any non-numeric value is
 * skipped with a warning, since exports often carry text columns we do not use.
 */
export function readMunicipalities(table: CsvTable, warnings: string[]): Municipality[] {
  const cell = cellTypes(table.delimiter);
  const schema = z.object({
    nis: cell.nis,
    name: cell.text,
    province: cell.text,
    lat: cell
      .number('write the latitude in degrees, e.g. 51.05')
      .pipe(z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90')),
    lon: cell
      .number('write the longitude in degrees, e.g. 3.72')
      .pipe(z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180')),
    population: cell.optional(
      cell.number('write a whole number of inhabitants').pipe(z.number().int('must be a whole number').min(0, 'cannot be negative')),
    ),
  });
  assertUniqueKeys(table, table.rows, 'nis');
  const indicators = indicatorColumns(table, [...MUNICIPALITY_COLUMNS, 'population'], warnings);
  if (table.rows.length === 0) {
    throw new InputError({ file: table.file }, 'has a header but no municipalities. Add one row per municipality.');
  }
  return table.rows
    .map((row): Municipality => {
      const parsed = parseRow(table, row, schema);
      assertInBelgium(table, row.row, parsed.lat, parsed.lon);
      return { ...parsed, population: parsed.population, indicators: readIndicators(table, row, indicators) };
    })
    .sort((a, b) => compareStrings(a.nis, b.nis));
}
