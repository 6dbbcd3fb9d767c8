import { mulberry32 } from '../domain/seeded-random.js';

/** What a synthetic round looks like; every count is exact. */
export interface GenerateOptions {
  readonly municipalities: number;
  readonly experts: number;
  readonly requests: number;
  /** EUR for trajectories. */
  readonly budget: number;
  readonly seed: number;
  /** Number of periods, named P1, P2, ... (default 3). */
  readonly periods?: number;
  /** Lowest and highest cost per trajectory in EUR (default 12,400-19,400). */
  readonly costRange?: readonly [number, number];
}

/** The files of a generated round, by name, in the normal input format. */
/** The files of a generated round. */
export const GENERATED_FILE_NAMES = ['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'] as const;
export type GeneratedFiles = Readonly<Record<(typeof GENERATED_FILE_NAMES)[number], string>>;

/**
 * Flemish provinces: the first two digits of their NIS codes (arrondissements),
 * their share of the 285 municipalities, and a box inside the province.
 */
const PROVINCES = [
  { name: 'Antwerpen', arrondissements: [11, 12, 13], share: 69, lat: [51.05, 51.45], lon: [4.25, 5.2] },
  { name: 'Limburg', arrondissements: [71, 72, 73], share: 42, lat: [50.72, 51.2], lon: [5.1, 5.8] },
  { name: 'Oost-Vlaanderen', arrondissements: [41, 42, 43, 44, 45, 46], share: 56, lat: [50.78, 51.28], lon: [3.5, 4.25] },
  { name: 'Vlaams-Brabant', arrondissements: [23, 24], share: 65, lat: [50.74, 50.98], lon: [4.05, 5.05] },
  { name: 'West-Vlaanderen', arrondissements: [31, 32, 33, 34, 35, 36, 37, 38], share: 53, lat: [50.78, 51.3], lon: [2.6, 3.4] },
] as const;

const DOMAINS = ['kinderarmoede', 'schuldhulp', 'wonen', 'participatie', 'lokale regie', 'werk'] as const;
const FIRST_NAMES = [
  'Lien',
  'Joris',
  'Sofie',
  'Annelies',
  'Pieter',
  'Els',
  'Bart',
  'Katrien',
  'Wout',
  'Nele',
  'Tom',
  'Ines',
  'Koen',
  'Hanne',
  'Jeroen',
  'Saar',
] as const;
const LAST_NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Vermeulen',
  'Aerts',
  'Hermans',
] as const;
const PLACE_PARTS = [
  ['Oost', 'West', 'Zuid', 'Noord', 'Sint-', 'Groot-', ''],
  ['broek', 'dijk', 'hout', 'kerke', 'gem', 'lo', 'berg', 'hove', 'zele', 'mal'],
] as const;

type Random = () => number;
const between = (random: Random, low: number, high: number) => low + (high - low) * random();
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Distinct items drawn without replacement, kept in their original order. */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(random() * items.length));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
}

interface Place {
  readonly nis: string;
  readonly kansarmoede: number;
}

function municipalityRows(random: Random, count: number): { csv: string[]; places: Place[] } {
  const csv = ['nis,name,province,lat,lon,population,kansarmoede,leefloon_per_1000'];
  const places: Place[] = [];
  const totalShare = PROVINCES.reduce((sum, province) => sum + province.share, 0);
  const serials = new Map<number, number>();
  for (let index = 0; index < count; index++) {
    // Spread municipalities over the provinces in proportion to their real numbers.
    let ticket = ((index + 0.5) / count) * totalShare;
    const province = PROVINCES.find((candidate) => (ticket -= candidate.share) < 0) ?? PROVINCES[PROVINCES.length - 1]!;
    const arrondissement = pick(random, province.arrondissements);
    const serial = (serials.get(arrondissement) ?? 0) + 1 + Math.floor(random() * 3);
    serials.set(arrondissement, serial);
    const nis = `${arrondissement}${pad(serial, 3)}`;
    // Poverty indicators are skewed: most municipalities low, cities high; leefloon follows kansarmoede.
    const kansarmoede = round(35 * random() ** 1.8, 1);
    const leefloon = round(Math.min(25, Math.max(1, 1 + kansarmoede * 0.6 + between(random, -2, 2))), 1);
    const population = Math.round(Math.exp(between(random, Math.log(2_000), Math.log(120_000)) + (kansarmoede > 25 ? 1 : 0)));
    const name = `${pick(random, PLACE_PARTS[0])}${pick(random, PLACE_PARTS[1])} ${index + 1}`.replace(/^(\w)/, (letter) =>
      letter.toUpperCase(),
    );
    csv.push(
      [
        nis,
        name,
        province.name,
        between(random, province.lat[0], province.lat[1]).toFixed(4),
        between(random, province.lon[0], province.lon[1]).toFixed(4),
        population,
        kansarmoede,
        leefloon,
      ].join(','),
    );
    places.push({ nis, kansarmoede });
  }
  return { csv, places };
}

function expertRows(random: Random, places: readonly Place[], options: GenerateOptions, periods: readonly string[]): string[] {
  const csv = ['id,name,municipality,domains,periods,cost,max_trajectories,max_distance_km'];
  const [lowCost, highCost] = options.costRange ?? [12_400, 19_400];
  for (let index = 0; index < options.experts; index++) {
    const domains = sample(random, DOMAINS, 1 + Math.floor(random() * 3));
    // Most experts are offered for the whole round; some only for part of it.
    const available = random() < 0.7 ? [...periods] : sample(random, periods, Math.max(1, periods.length - 1));
    const cost = Math.round(between(random, lowCost, highCost) / 50) * 50;
    const maxTrajectories = random() < 0.2 ? String(Math.max(1, available.length - 1)) : '';
    const maxDistance = random() < 0.25 ? String(pick(random, [40, 60, 120])) : '';
    csv.push(
      [
        `X${pad(index + 1, 3)}`,
        `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
        pick(random, places).nis,
        domains.join('|'),
        available.join('|'),
        cost,
        maxTrajectories,
        maxDistance,
      ].join(','),
    );
  }
  return csv;
}

function requestRows(random: Random, places: readonly Place[], options: GenerateOptions, periods: readonly string[]): string[] {
  const csv = ['id,municipality,domain,periods,submitted_at,priority'];
  // Applicants: the needier a municipality, the likelier it applies; some apply twice.
  const weights = places.map((place) => 1 + place.kansarmoede / 5);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const drawPlace = () => {
    let ticket = random() * total;
    return places.find((_, index) => (ticket -= weights[index]!) < 0) ?? places[places.length - 1]!;
  };
  // The sign-up window of a round: two months from 1 September.
  const opening = Date.UTC(2025, 8, 1);
  for (let index = 0; index < options.requests; index++) {
    const place = drawPlace();
    const wanted = random() < 0.5 ? '' : sample(random, periods, 1 + Math.floor(random() * Math.max(1, periods.length - 1))).join('|');
    const submitted = new Date(opening + Math.floor(random() * 60 * 24 * 3600) * 1000).toISOString().replace('.000Z', 'Z');
    // One decimal, as assessors score: need (kansarmoede) plus the quality of the plan.
    const priority = round(Math.min(100, Math.max(0, 30 + place.kansarmoede * 1.4 + between(random, -20, 25))), 1);
    csv.push([`R${pad(index + 1, 4)}`, place.nis, pick(random, DOMAINS), wanted, submitted, priority].join(','));
  }
  return csv;
}

/**
 * A seeded synthetic round with realistic shape: municipalities spread over
 * the five Flemish provinces, indicators in real ranges (kansarmoede 0-35 %,
 * leefloon 1-25 per 1000), experts with per-expert costs, requests with
 * one-decimal priorities. The same options always give the same bytes.
 */
export function generateRound(options: GenerateOptions): GeneratedFiles {
  const random = mulberry32(options.seed);
  const periods = Array.from({ length: options.periods ?? 3 }, (_, index) => `P${index + 1}`);
  const { csv: municipalities, places } = municipalityRows(random, options.municipalities);
  const experts = expertRows(random, places, options, periods);
  const requests = requestRows(random, places, options, periods);
  const scenario = [
    `# Generated by: expertpool generate --municipalities ${options.municipalities} --experts ${options.experts} --requests ${options.requests} --budget ${options.budget} --seed ${options.seed}`,
    `name: Generated round (seed ${options.seed})`,
    `budget: ${options.budget}`,
    `periods: [${periods.join(', ')}]`,
    'defaults: { cost: 16700, maxDistanceKm: 80 }',
    'data: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }',
    'priority: { rule: score }',
    'constraints: { maxPerMunicipality: 1 }',
    'objective: [priority, served, distance]',
    '',
  ];
  return {
    'scenario.yaml': scenario.join('\n'),
    'municipalities.csv': `${municipalities.join('\n')}\n`,
    'experts.csv': `${experts.join('\n')}\n`,
    'requests.csv': `${requests.join('\n')}\n`,
  };
}
