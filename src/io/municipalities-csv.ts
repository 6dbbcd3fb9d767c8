import type { Municipality } from '../domain/types.js';
import { compareStrings } from '../domain/index-by.js';
import { assertUniqueKeys, cellLocation, rowReader, tablePlace } from './cells.js';
import type { CsvColumns, CsvTable } from './csv-table.js';
import { readIndicators } from './indicator-columns.js';
import { InputError } from './input-error.js';

/** The columns of municipalities.csv; indicator columns are added when the scenario's rule names them. */
export const MUNICIPALITY_COLUMNS: CsvColumns = { required: ['nis', 'name', 'province', 'lat', 'lon'], optional: ['population'] };

/** Belgium's extent in decimal degrees (WGS 84), with a small margin: De Panne to Arlon, Hoogstraten to Torgny. */
export const BELGIUM = { lat: { min: 49.45, max: 51.55 }, lon: { min: 2.5, max: 6.45 } } as const;

const inside = (value: number, range: { min: number; max: number }) => value >= range.min && value <= range.max;

/**
 * Coordinates outside Belgium are a typo, swapped columns or another
 * coordinate system, and would silently turn every distance wrong.
 */
function assertInBelgium(table: CsvTable, row: number, lat: number, lon: number): void {
  if (inside(lat, BELGIUM.lat) && inside(lon, BELGIUM.lon)) return;
  const column = inside(lat, BELGIUM.lat) ? 'lon' : 'lat';
  const swapped = inside(lat, BELGIUM.lon) && inside(lon, BELGIUM.lat);
  throw new InputError(cellLocation(table, row, column), { id: 'outside-belgium', value: column === 'lat' ? lat : lon, swapped });
}

/**
 * Reads municipalities, with the values of the indicator columns the
 * scenario's rule names (`indicators`); an empty indicator cell is a missing
 * value. Sorted by NIS code.
 */
export function readMunicipalities(table: CsvTable, indicators: readonly string[] = []): Municipality[] {
  assertUniqueKeys(table, table.rows, 'nis');
  if (table.rows.length === 0) throw new InputError(tablePlace(table), { id: 'csv-no-rows', table: 'municipalities' });
  const present = indicators.filter((name) => table.columns.includes(name));
  return table.rows
    .map((row): Municipality => {
      const read = rowReader(table, row);
      const nis = read.nis('nis');
      const name = read.text('name');
      const province = read.text('province', true);
      const lat = read.number('lat', 'lat');
      const lon = read.number('lon', 'lon');
      const population = read.optionalNumber('population', 'population');
      assertInBelgium(table, row.row, lat, lon);
      return { nis, name, province, lat, lon, population, indicators: readIndicators(read, present) };
    })
    .sort((a, b) => compareStrings(a.nis, b.nis));
}
