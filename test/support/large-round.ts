import { mulberry32 } from '../../src/domain/seeded-random.js';

const DOMAINS = ['kinderarmoede', 'schuldhulp', 'wonen', 'participatie', 'lokale regie', 'werk'];
const PERIODS = ['P1', 'P2', 'P3'];

/** Sizes of a synthetic round; the same sizes and seed always give the same files. */
export interface LargeRoundSize {
  readonly municipalities: number;
  readonly experts: number;
  readonly requests: number;
  readonly budget: number;
  readonly seed: number;
}

/**
 * A synthetic round at the scale coordinators dread: municipalities on a
 * grid over Flanders, experts with one to three domains, requests with
 * one-decimal priorities. Written as the CSV files and scenario of a round.
 */
export function largeRoundFiles(size: LargeRoundSize): Record<string, string> {
  const random = mulberry32(size.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const places = Array.from({ length: size.municipalities }, (_, index) => ({
    nis: String(10000 + index),
    lat: (50.75 + 0.55 * random()).toFixed(4),
    lon: (2.6 + 3.1 * random()).toFixed(4),
  }));
  const municipalities = ['nis,name,province,lat,lon,population,kansarmoede'];
  for (const place of places)
    municipalities.push(
      `${place.nis},Gemeente ${place.nis},Provincie ${place.nis.slice(-1)},${place.lat},${place.lon},${1000 + Math.floor(random() * 100000)},${(random() * 40).toFixed(1)}`,
    );
  const experts = ['id,name,municipality,domains,periods,cost,max_trajectories,max_distance_km'];
  for (let index = 0; index < size.experts; index++) {
    const domains = [...new Set([pick(DOMAINS), pick(DOMAINS), pick(DOMAINS)].slice(0, 1 + Math.floor(random() * 3)))];
    const periods = PERIODS.filter(() => random() < 0.8);
    experts.push(
      `E${index},Expert ${index},${pick(places).nis},${domains.join('|')},${(periods.length > 0 ? periods : ['P1']).join('|')},${12400 + 100 * Math.floor(random() * 70)},,`,
    );
  }
  const requests = ['id,municipality,domain,periods,priority'];
  for (let index = 0; index < size.requests; index++) {
    const periods = random() < 0.5 ? '' : PERIODS.filter(() => random() < 0.6).join('|');
    requests.push(`R${index},${pick(places).nis},${pick(DOMAINS)},${periods},${(random() * 100).toFixed(1)}`);
  }
  const scenario = [
    `name: Large round ${size.seed}`,
    `budget: ${size.budget}`,
    'defaults: { cost: 16667, maxDistanceKm: 60 }',
    'data: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }',
    'constraints: { maxPerMunicipality: 3 }',
    '',
  ].join('\n');
  const csv = (lines: string[]) => `${lines.join('\n')}\n`;
  return {
    'scenario.yaml': scenario,
    'municipalities.csv': csv(municipalities),
    'experts.csv': csv(experts),
    'requests.csv': csv(requests),
  };
}
