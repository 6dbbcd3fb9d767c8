/** Mean Earth radius used for great-circle distances, in km. */
const EARTH_RADIUS_KM = 6371;

interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance between two points, in km. */
export function haversineKm(from: LatLon, to: LatLon): number {
  const dLat = toRadians(to.lat - from.lat);
  const dLon = toRadians(to.lon - from.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance rounded to 0.1 km. Reports and the distance tier both use this value,
 * so the objective the solver minimises is exactly the sum the result shows.
 */
export function roundedKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/**
 * A distance beyond `maxKm`, to 0.1 km as reports show distances, but rounded
 * up where rounding to the nearest would read as the maximum itself (60.04 km
 * beyond 60 km shows as 60.1 km, never as "60 km, 0 km beyond"). The tolerance
 * keeps float noise (60.1 * 10 = 601.0000000000001) from adding a tenth.
 */
export function kmBeyondShown(exactKm: number, maxKm: number): number {
  const rounded = roundedKm(exactKm);
  return rounded > maxKm ? rounded : Math.ceil(exactKm * 10 - 1e-9) / 10;
}
