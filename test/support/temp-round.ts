import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files of a round written into a fresh temporary folder; returns the folder. */
export function writeRoundFolder(files: Readonly<Record<string, string | Buffer>>): string {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

export const SCENARIO = `name: Test round
budget: 50000
defaults: { cost: 16667, maxDistanceKm: 60 }
data: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }
`;

export const MUNICIPALITIES = `nis,name,province,lat,lon,population,kansarmoede
44021,Gent,Oost-Vlaanderen,51.0543,3.7174,263000,20.1
11002,Antwerpen,Antwerpen,51.2194,4.4025,529000,27.4
41002,Aalst,Oost-Vlaanderen,50.9378,4.0403,88000,15.2
71016,Genk,Limburg,50.9650,5.5008,66000,30.3
`;

export const EXPERTS = `id,name,municipality,domains,periods,cost,max_trajectories,max_distance_km
X001,Lien,44021,wonen|schuldhulp,P1|P2,,,
X002,Joris,11002,participatie,P2|P3,15000.5,1,
`;

export const REQUESTS = `id,municipality,domain,periods,submitted_at,priority
A001,41002,wonen,,2021-10-04T09:12:33+02:00,80
A002,11002,schuldhulp,P2,2021-10-05T09:12:33+02:00,70.5
A003,71016,participatie,P3,,60
`;

/** The standard small round, optionally with some files replaced. */
export function smallRound(overrides: Readonly<Record<string, string | Buffer>> = {}): string {
  return writeRoundFolder({
    'scenario.yaml': SCENARIO,
    'municipalities.csv': MUNICIPALITIES,
    'experts.csv': EXPERTS,
    'requests.csv': REQUESTS,
    ...overrides,
  });
}

/** The same CSV with `;` and decimal commas, as Excel writes it in Belgium. */
export const excelNl = (csv: string, newline = '\n') =>
  csv
    .split('\n')
    .map((line) => line.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'))
    .join(newline);

/** A small round whose folder has a private experts file one level up, outside the scenario's folder. */
export function roundWithPrivateFile(files: Readonly<Record<string, string>>): string {
  const folder = smallRound(files);
  mkdirSync(join(folder, '..', 'private'), { recursive: true });
  writeFileSync(join(folder, '..', 'private', 'experts.csv'), 'id,name,municipality,domains,periods\nP1,Secret,44021,wonen,P1\n');
  return folder;
}

/** A variant that reaches for that private file through a `__proto__` key. */
export const PROTO_VARIANT = 'extends: scenario.yaml\nname: Variant\ndata:\n  __proto__: { experts: ../private/experts.csv }\n';
