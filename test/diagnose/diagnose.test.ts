import { describe, expect, it } from 'vitest';
import { diagnoseInfeasible } from '../../src/diagnose/diagnose-infeasible.js';
import { diagnoseByRelaxation } from '../../src/diagnose/diagnose-relax.js';
import { greedyAllocation } from '../../src/solve/greedy.js';
import { supplyShortfalls, domainSupply } from '../../src/diagnose/demand-supply.js';
import type { Constraints, Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { diagnosisWithMessage, shortfallWithMessage } from '../../src/text/result-messages.js';
import { tinyRound } from '../support/tiny-round.js';

/** The quick checks' diagnoses with the English messages result.json gives them. */
const diagnose = (round: Round) => diagnoseInfeasible(round).map(diagnosisWithMessage);

const withConstraints = (extra: Partial<Constraints>, base: Round = tinyRound): Round => ({
  ...base,
  constraints: { ...base.constraints, ...extra },
});

describe('infeasibility diagnosis before solving', () => {
  it('names a province min that the eligible demand cannot meet, and what would make it feasible', () => {
    // Oost-Vlaanderen has R1 (Aalst, eligible) and R4 (Gent, no period): one eligible request.
    const [diagnosis, ...rest] = diagnose(withConstraints({ provinces: { 'Oost-Vlaanderen': { min: 2 } } }));
    expect(rest).toEqual([]);
    expect(diagnosis).toMatchObject({
      constraint: 'constraints.provinces.Oost-Vlaanderen.min',
      message:
        'Oost-Vlaanderen min 2, but only 1 eligible request can be served. Lower the min to 1, or add experts or requests in Oost-Vlaanderen.',
    });
  });

  it('counts the municipality cap in what a province can receive', () => {
    // Antwerpen province: R2 and R3, both in Mechelen, which receives at most one.
    const [diagnosis] = diagnose(withConstraints({ provinces: { Antwerpen: { min: 2 } } }));
    expect(diagnosis?.message).toMatch(
      /^Antwerpen min 2, but only 1 eligible request can be served \(2 eligible requests, at most 1 with maxPerMunicipality 1\)/,
    );
  });

  it('names a domain min beyond the budget', () => {
    const diagnoses = diagnose({ ...withConstraints({ domains: { wonen: { min: 2 } } }), budget: 12000 });
    expect(diagnoses).toMatchObject([
      {
        constraint: 'constraints.domains.wonen.min',
        message: 'wonen min 2, but the budget pays at most 1 trajectory. Lower the min or raise the budget.',
      },
    ]);
  });

  it('names pins that cannot be kept or that conflict', () => {
    const ineligible = diagnose(withConstraints({ pins: [{ expert: 'X2', request: 'R4' }] }));
    expect(ineligible[0]?.constraint).toBe('constraints.pins[0]');
    expect(ineligible[0]?.message).toMatch(/pin X2 -> R4 cannot be kept: the expert is not eligible for the request \(period\)/);
    const twice = diagnose(
      withConstraints({
        pins: [
          { expert: 'X1', request: 'R1' },
          { expert: 'X2', request: 'R1' },
        ],
      }),
    );
    expect(twice).toContainEqual(
      expect.objectContaining({
        constraint: 'constraints.pins[0] and constraints.pins[1]',
        message: 'pin X1 -> R1 and pin X2 -> R1 conflict: request R1 is served at most once. Drop one of them.',
      }),
    );
    const sameSlot = diagnose(
      withConstraints({
        pins: [
          { expert: 'X1', request: 'R1', period: 'P1' },
          { expert: 'X1', request: 'R2', period: 'P1' },
        ],
      }),
    );
    expect(sameSlot.map((d) => d.message)).toContainEqual(expect.stringMatching(/expert X1 does one trajectory per period \(P1\)/));
    const overBudget = diagnose({
      ...withConstraints({
        pins: [
          { expert: 'X1', request: 'R1' },
          { expert: 'X2', request: 'R3' },
        ],
      }),
      budget: 20000,
    });
    expect(overBudget).toContainEqual(
      expect.objectContaining({
        constraint: 'constraints.pins',
        message: 'the pins cost EUR 22,000 together, more than the budget of EUR 20,000. Raise the budget or drop a pin.',
      }),
    );
    const excluded = diagnose(
      withConstraints({ pins: [{ expert: 'X1', request: 'R1' }], exclude: [{ expert: 'X1', municipality: '41002' }] }),
    );
    expect(excluded[0]?.message).toMatch(/cannot be kept: the scenario excludes expert X1 from municipality 41002\. Remove/);
  });

  it('finds nothing in a feasible round', () => {
    expect(diagnose(withConstraints({ provinces: { Antwerpen: { min: 1 } }, pins: [{ expert: 'X1', request: 'R1' }] }))).toEqual([]);
  });
});

describe('diagnosis by relaxation after the MIP', () => {
  it('names the single setting whose removal restores feasibility', async () => {
    // Each alone is fine; together they are not: X2 is the only expert for R3, and the pin takes its only period.
    const round = withConstraints({ domains: { schuldhulp: { min: 1 } }, pins: [{ expert: 'X2', request: 'R1' }] });
    expect(diagnoseInfeasible(round)).toEqual([]);
    const diagnoses = await diagnoseByRelaxation(round, new HighsEngine(), 30);
    expect(diagnoses.map((d) => d.constraint).sort()).toEqual(['constraints.domains.schuldhulp.min', 'constraints.pins[0]']);
  });
});

describe('greedy baseline', () => {
  it('takes requests in score order, each with the nearest free expert', () => {
    // Order: R4 (90, nobody), R1 (50: X1 26 km, X2 farther), R3 (45: X2), R2 (40: Mechelen already served).
    const allocation = greedyAllocation(tinyRound);
    expect(allocation.trajectories).toEqual([
      { expert: 'X1', request: 'R1', period: 'P1' },
      { expert: 'X2', request: 'R3', period: 'P1' },
    ]);
  });

  it('honours pins first and never exceeds the budget', () => {
    const pinned = greedyAllocation({ ...withConstraints({ pins: [{ expert: 'X2', request: 'R2' }] }), budget: 12000 });
    expect(pinned.trajectories).toEqual([{ expert: 'X2', request: 'R2', period: 'P1' }]);
  });
});

describe('supply and demand before solving', () => {
  it('lists supply per domain and level with the supplying municipalities', () => {
    const levelled: Round = {
      ...tinyRound,
      experts: tinyRound.experts.map((e) => (e.id === 'X2' ? { ...e, levels: { schuldhulp: 3, wonen: 2 } } : e)),
    };
    expect(domainSupply(levelled)).toEqual([
      {
        domain: 'schuldhulp',
        experts: { 1: 0, 2: 0, 3: 1 },
        suppliers: [{ nis: '11002', name: 'Antwerpen', experts: [{ id: 'X2', level: 3 }] }],
      },
      {
        domain: 'wonen',
        experts: { 1: 1, 2: 1, 3: 0 },
        suppliers: [
          { nis: '11002', name: 'Antwerpen', experts: [{ id: 'X2', level: 2 }] },
          { nis: '44021', name: 'Gent', experts: [{ id: 'X1', level: 1 }] },
        ],
      },
    ]);
  });

  it('reports obvious shortfalls per domain and period', () => {
    // R4 asks wonen in P3 only; nobody is free then.
    expect(supplyShortfalls(tinyRound).map(shortfallWithMessage)).toEqual([
      {
        domain: 'wonen',
        period: 'P3',
        demand: 1,
        supply: 0,
        message: 'wonen in P3: 1 request accepts only P3 but 0 experts are free then.',
      },
    ]);
    const busy: Round = {
      ...tinyRound,
      history: { records: [], servedBefore: 'ignore', factor: 1, ongoing: [{ expert: 'X2', period: 'P1' }] },
    };
    expect(supplyShortfalls(busy).map((s) => shortfallWithMessage(s).message)).toContain(
      'schuldhulp: 1 request but 0 expert-periods on offer, so at least 1 cannot be served.',
    );
  });
});
