import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { writeRoundFolder } from '../support/temp-round.js';

// The unit tests of the distance limit are test/domain/distance-limit.test.ts.

describe('expertpool solve at the distance limit', () => {
  it('leaves a request 60.034 km away from a 60 km maximum unserved with a reason that names the overrun', () => {
    const folder = writeRoundFolder({
      'scenario.yaml':
        'name: Edge\nbudget: 50000\ndefaults: { maxDistanceKm: 60 }\ndata: { municipalities: m.csv, experts: e.csv, requests: r.csv }\n',
      'm.csv': `nis,name,province,lat,lon\n44021,Gent,Oost-Vlaanderen,51.0543,3.7174\n57081,Zuid,Henegouwen,50.5144,3.7174\n`,
      'e.csv': 'id,name,municipality,domains,periods,cost\nX1,Lien,44021,wonen,P1,10000\n',
      'r.csv': 'id,municipality,domain,priority\nB,57081,wonen,50\n',
    });
    const run = runCli(['solve', join(folder, 'scenario.yaml'), '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { assignments: unknown[]; unserved: { reasons: { message: string }[] }[] };
    expect(result.assignments).toEqual([]);
    const message = result.unserved[0]!.reasons[0]!.message;
    expect(message).toContain('60.1 km away, 0.1 km beyond its maximum of 60 km');
    expect(message).not.toMatch(/\b0 km beyond/);
  });
});
