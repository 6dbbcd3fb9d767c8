import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demandSupply, supplyShortfalls } from '../../src/diagnose/demand-supply.js';
import { summariseRound } from '../../src/diagnose/round-summary.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { loadRound } from '../../src/io/load-round.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

// X001 (wonen, schuldhulp; P1 and P2) is busy with ongoing trajectories in both its periods: it has no capacity left.
const busyRound = () =>
  loadRound(
    join(
      smallRound({ 'scenario.yaml': `${SCENARIO}history: { ongoing: [{ expert: X001, period: P1 }, { expert: X001, period: P2 }] }\n` }),
      'scenario.yaml',
    ),
  ).round;

describe('demand and supply of a round with ongoing trajectories', () => {
  it('validate, the shortfalls and the result count the same capacity, ongoing trajectories taken off', () => {
    const round = busyRound();
    const summary = summariseRound(prepareRound(round, 'expert-count'));
    // X002 (participatie, max 1) is the only capacity left.
    expect(summary.capacity).toBe(1);
    const perDomain = Object.fromEntries(summary.domains.map((d) => [d.domain, d.expertPeriods]));
    expect(perDomain).toEqual({ participatie: 1, schuldhulp: 0, wonen: 0 });
    const shortfalls = supplyShortfalls(round).filter((s) => s.period === undefined);
    expect(shortfalls.map((s) => [s.domain, s.supply])).toEqual([
      ['schuldhulp', 0],
      ['wonen', 0],
    ]);
    for (const shortfall of shortfalls) expect(shortfall.supply).toBe(perDomain[shortfall.domain]);
    const balance = demandSupply(round, { assignments: [], unserved: [] });
    expect(Object.fromEntries(balance.domains.map((b) => [b.key, b.expertPeriods]))).toEqual(perDomain);
    expect(balance.provinces.reduce((sum, b) => sum + b.expertPeriods, 0)).toBe(summary.capacity);
  });
});
