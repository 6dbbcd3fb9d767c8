import { describe, expect, it } from 'vitest';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import type { Expert, Request, Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { alternativeText, placeNamer, reasonText, stabilityText } from '../../src/text/explain-text.js';
import type { UnservedRequest } from '../../src/result/explanation.js';
import { tinyRound } from '../support/tiny-round.js';

const engine = new HighsEngine();

/** The English sentence of an unserved request's reason, as result.json words it. */
const message = (unserved: UnservedRequest, index: number) =>
  reasonText(unserved.reasons[index]!, unserved, 'en', placeNamer(tinyRound.municipalities));

/** Solves a round and explains its allocation, both with HiGHS. */
async function explain(round: Round) {
  const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
  expect(outcome.status).toBe('optimal');
  const explanation = await explainAllocation(round, outcome.allocation!, { engine, timeLimitSeconds: 30 });
  return { allocation: outcome.allocation!, ...explanation };
}

const expert = (id: string, municipality: string, fields: Partial<Expert> = {}): Expert => ({
  id,
  name: id,
  municipality,
  domains: ['wonen'],
  levels: {},
  periods: ['P1'],
  cost: 10000,
  maxTrajectories: 1,
  maxDistanceKm: 60,
  ...fields,
});
const request = (id: string, municipality: string, priority: number, fields: Partial<Request> = {}): Request => ({
  id,
  municipality,
  domain: 'wonen',
  periods: ['P1', 'P2', 'P3'],
  priority,
  ...fields,
});
// NIS codes of tinyRound's municipalities (distances by haversine, checked in tiny-round.ts).
const [ANTWERPEN, MECHELEN, AALST, GENT] = ['11002', '12025', '41002', '44021'];
const round = (fields: Partial<Round>): Round => ({ ...tinyRound, ...fields });

describe('reasons of unserved requests, on hand-built rounds', () => {
  it('the tiny round: R2 hits the municipality cap and would displace R3; R4 has no eligible expert', async () => {
    const { unserved } = await explain(tinyRound);
    const r2 = unserved.find((u) => u.request === 'R2')!;
    expect(r2.reasons.map((r) => r.code)).toEqual(['cap', 'budget', 'outranked']);
    expect(r2.reasons[0]).toMatchObject({ constraint: 'maxPerMunicipality', limit: 1, heldBy: ['R3'] });
    // The budget is spent (22000 of 22000); X1 still has P2 free at 10000.
    expect(r2.reasons[1]).toMatchObject({ budgetLeft: 0, cheapestCost: 10000, experts: ['X1'] });
    expect(r2.reasons[2]).toMatchObject({
      counterfactual: {
        status: 'optimal',
        displaced: [{ request: 'R3', priority: 45 }],
        worse: { tier: 'priority', value: 95, alternativeValue: 90 },
      },
    });
    expect(message(r2, 2)).toBe('Serving it would displace R3 (45); the summed priority would go from 95 to 90.');

    const r4 = unserved.find((u) => u.request === 'R4')!;
    expect(r4.reasons).toHaveLength(1);
    // X1 is from Gent itself and not free in P3 (two failures); X2 fails on the period only.
    expect(r4.reasons[0]).toMatchObject({
      code: 'no-eligible-expert',
      nearestMiss: { expert: 'X2', supplier: ANTWERPEN, failures: [{ code: 'period', expertPeriods: ['P1'], requestPeriods: ['P3'] }] },
    });
    expect(message(r4, 0)).toContain('Nearest miss: X2 (Antwerpen (11002)), who is available in P1 while the request accepts P3.');
  });

  it('names the distance overrun of the nearest miss', async () => {
    const { unserved, stability } = await explain(
      round({
        experts: [expert('X1', GENT, { maxDistanceKm: 30 })],
        requests: [request('Q1', AALST, 50), request('Q2', ANTWERPEN, 90)],
        budget: 50000,
      }),
    );
    expect(unserved.map((u) => u.request)).toEqual(['Q2']);
    const miss = unserved[0]!.reasons[0]!;
    expect(miss).toMatchObject({
      code: 'no-eligible-expert',
      nearestMiss: { expert: 'X1', failures: [{ code: 'distance', maxDistanceKm: 30 }] },
    });
    expect(message(unserved[0]!, 0)).toMatch(/is 5\d\.\d km away, 2\d\.\d km beyond its maximum of 30 km/);
    // Q2 (90) outranks Q1 (50) in the same domain and period; distance justifies it.
    expect(stability).toEqual([
      expect.objectContaining({
        unserved: 'Q2',
        served: 'Q1',
        expert: 'X1',
        period: 'P1',
        justification: { code: 'ineligible', failures: [expect.objectContaining({ code: 'distance' })] },
      }),
    ]);
  });

  it('budget: a free eligible expert costs more than is left', async () => {
    const { unserved } = await explain(
      round({
        experts: [expert('X1', GENT, { periods: ['P1', 'P2'], maxTrajectories: 2 })],
        requests: [request('Q1', AALST, 50), request('Q2', MECHELEN, 40)],
        budget: 15000,
      }),
    );
    expect(unserved).toHaveLength(1);
    expect(unserved[0]!.reasons.map((r) => r.code)).toEqual(['budget', 'outranked']);
    expect(unserved[0]!.reasons[0]).toMatchObject({ scope: 'left', budgetLeft: 5000, cheapestCost: 10000, experts: ['X1'] });
    expect(message(unserved[0]!, 0)).toBe('An eligible expert is free (X1), but the cheapest costs EUR 10,000 and only EUR 5,000 is left.');
    expect(unserved[0]!.reasons[1]).toMatchObject({ counterfactual: { displaced: [{ request: 'Q1', priority: 50 }] } });
  });

  it('excluded: the scenario keeps the only eligible expert away', async () => {
    const { unserved } = await explain(
      round({
        experts: [expert('X1', GENT)],
        requests: [request('Q1', AALST, 50)],
        constraints: { maxPerMunicipality: 1, exclude: [{ expert: 'X1', request: 'Q1' }] },
      }),
    );
    expect(unserved[0]!.reasons).toEqual([expect.objectContaining({ code: 'excluded', blocks: [{ expert: 'X1', rule: 'excluded' }] })]);
  });

  it('quota: the province quota is full, held by a higher-priority request', async () => {
    const { unserved } = await explain(
      round({
        experts: [expert('X1', GENT), expert('X2', ANTWERPEN)],
        requests: [request('Q1', AALST, 50), request('Q4', GENT, 45)],
        budget: 50000,
        constraints: { maxPerMunicipality: 1, provinces: { 'Oost-Vlaanderen': { max: 1 } } },
      }),
    );
    expect(unserved.map((u) => u.request)).toEqual(['Q4']);
    expect(unserved[0]!.reasons[0]).toMatchObject({ code: 'quota', constraint: 'provinces.Oost-Vlaanderen', limit: 1, heldBy: ['Q1'] });
    expect(unserved[0]!.reasons[1]).toMatchObject({ code: 'outranked', counterfactual: { displaced: [{ request: 'Q1' }] } });
  });
});

describe('the first reason of a request no expert can serve is the real one', () => {
  it('an expert of the requesting municipality itself: says so, not that no one offers the domain within reach', async () => {
    const { unserved } = await explain(
      round({
        experts: [
          expert('X2', ANTWERPEN, { domains: ['schuldhulp'] }),
          expert('X3', GENT, { domains: ['schuldhulp'], maxDistanceKm: 30 }),
          expert('X1', AALST),
        ],
        requests: [request('Q1', ANTWERPEN, 80, { domain: 'schuldhulp' }), request('Q2', MECHELEN, 40)],
        budget: 50000,
      }),
    );
    const q1 = unserved.find((u) => u.request === 'Q1')!;
    expect(q1.reasons).toEqual([
      expect.objectContaining({
        code: 'no-eligible-expert',
        offering: 2,
        ownMunicipality: ['X2'],
        nearestMiss: expect.objectContaining({ expert: 'X3' }),
      }),
    ]);
    const text = message(q1, 0);
    expect(text).not.toContain('no one offers');
    expect(text).toMatch(
      /^No expert can serve it: X2 offers schuldhulp within reach in an accepted period, but works in Antwerpen \(11002\) itself, and an expert never serves their own municipality\. The only other expert who offers schuldhulp cannot serve it either\. Nearest miss: X3 \(Gent \(44021\)\), who is 5\d\.\d km away/,
    );
    expect(reasonText(q1.reasons[0]!, q1, 'nl', placeNamer(tinyRound.municipalities))).toMatch(
      /^Deze aanvraag kan aan geen enkele expert toegekend worden: X2 biedt schuldhulp aan binnen bereik in een aanvaarde periode, maar werkt in Antwerpen \(11002\) zelf/,
    );
  });

  it('a domain no expert offers, and experts of the domain who all fall short', async () => {
    const { unserved } = await explain(
      round({
        experts: [expert('X1', GENT, { maxDistanceKm: 10 }), expert('X2', AALST, { maxDistanceKm: 10 })],
        requests: [request('Q1', ANTWERPEN, 80, { domain: 'onthaal' }), request('Q2', MECHELEN, 40)],
        budget: 50000,
      }),
    );
    const [q1, q2] = unserved;
    expect(q1!.reasons[0]).toMatchObject({ code: 'no-eligible-expert', offering: 0, ownMunicipality: [] });
    expect(message(q1!, 0)).toBe('No expert can serve it: no expert of the round offers onthaal.');
    expect(message(q2!, 0)).toMatch(
      /^No expert can serve it: none of the 2 experts who offer wonen is eligible\. Nearest miss: X2 \(Aalst/,
    );
  });

  it('budget: every eligible expert costs more than the whole budget, said as such', async () => {
    const { unserved } = await explain(
      round({ experts: [expert('X1', GENT, { cost: 60000 })], requests: [request('Q1', AALST, 50)], budget: 50000 }),
    );
    expect(unserved[0]!.reasons[0]).toMatchObject({
      code: 'budget',
      scope: 'whole',
      budgetLeft: 50000,
      cheapestCost: 60000,
      experts: ['X1'],
    });
    expect(message(unserved[0]!, 0)).toBe(
      'Even its cheapest eligible expert (X1) costs EUR 60,000, more than the whole budget of EUR 50,000.',
    );
  });
});

describe('an allocation that is not the optimum (a hand-matching)', () => {
  it('an unserved request an allocation can serve with a better result is not "outranked": it says so', async () => {
    // R2 alone (priority 40), while R1 (50) and R3 (45) fit together.
    const handMade = { trajectories: [{ expert: 'X2', request: 'R2', period: 'P1' }] };
    const { unserved, stability, choices } = await explainAllocation(tinyRound, handMade, { engine, timeLimitSeconds: 30 });
    const r1 = unserved.find((u) => u.request === 'R1')!;
    expect(r1.reasons.map((r) => r.code)).toEqual(['not-optimised']);
    expect(r1.reasons[0]).toMatchObject({
      counterfactual: { displaced: [{ request: 'R2', priority: 40 }], better: { tier: 'priority', value: 40, alternativeValue: 95 } },
    });
    expect(r1.reasons[0]).not.toHaveProperty('counterfactual.worse');
    expect(message(r1, 0)).toBe(
      'An allocation that serves it does better: it would displace R2 (40), and the summed priority would go from 40 to 95; this allocation is not the best possible.',
    );
    // The swaps that would do better say the allocation is not proven best, not that a time limit stopped a solve.
    const texts = [
      ...stability.map((e) => stabilityText(e, 'en')),
      ...choices.flatMap((c) => c.alternatives.map((a) => alternativeText(a, 'en'))),
    ];
    for (const text of texts) expect(text).not.toContain('stopped at its time limit');
  });
});

describe('choices and stability, on hand-built rounds', () => {
  it('the tiny round: R1 could not have X2, who already does its one trajectory (R3)', async () => {
    const { choices, stability } = await explain(tinyRound);
    expect(choices.find((c) => c.request === 'R1')).toMatchObject({
      expert: 'X1',
      alternatives: [{ code: 'at-max', expert: 'X2', limit: 1, heldBy: ['R3'] }],
    });
    expect(choices.find((c) => c.request === 'R3')).toMatchObject({ expert: 'X2', alternatives: [] });
    expect(stability).toEqual([]);
  });

  it('a free alternative expert is farther: the distance tier says why not', async () => {
    const { choices } = await explain(
      round({ experts: [expert('X1', GENT), expert('X2', ANTWERPEN)], requests: [request('Q1', AALST, 50)], budget: 50000 }),
    );
    expect(choices).toEqual([
      expect.objectContaining({
        request: 'Q1',
        expert: 'X1',
        alternatives: [
          expect.objectContaining({
            code: 'worse',
            expert: 'X2',
            period: 'P1',
            difference: { tier: 'distance', value: 26, alternativeValue: 40.3 },
          }),
        ],
      }),
    ]);
  });

  it('stability: a higher-priority unserved request is kept out by the municipality cap', async () => {
    const x1 = expert('X1', GENT, { domains: ['schuldhulp', 'wonen'], periods: ['P1', 'P2'], maxTrajectories: 2 });
    const { stability, allocation } = await explain(
      round({
        experts: [x1],
        requests: [request('Qa', AALST, 95, { domain: 'schuldhulp' }), request('Qb', AALST, 60), request('Qc', MECHELEN, 50)],
        budget: 50000,
      }),
    );
    expect(allocation.trajectories.map((t) => t.request).sort()).toEqual(['Qa', 'Qc']);
    expect(stability).toEqual([
      expect.objectContaining({ unserved: 'Qb', served: 'Qc', justification: { code: 'constraint', rules: ['municipality-cap'] } }),
    ]);
    expect(stabilityText(stability[0]!, 'en')).toMatch(
      /^Qb \(priority 60\) ranks above Qc \(priority 50\), served by X1 in P\d, but the swap would break the maximum per municipality\.$/,
    );
  });

  it('runs no counterfactual solve when asked not to, and says so', async () => {
    const outcome = await solveRound(tinyRound, { engine, timeLimitSeconds: 30 });
    const fast = await explainAllocation(tinyRound, outcome.allocation!, { engine, timeLimitSeconds: 30, counterfactuals: 'none' });
    expect(fast.counterfactualSolves).toBe(0);
    // R2 keeps its computed cap and budget reasons; no outranked reason without the solve behind it.
    expect(fast.unserved.find((u) => u.request === 'R2')!.reasons.map((r) => r.code)).toEqual(['cap', 'budget']);
    const one = await explainAllocation(tinyRound, outcome.allocation!, { engine, timeLimitSeconds: 30, counterfactuals: ['R2'] });
    expect(one.counterfactualSolves).toBe(1);
  });
});

describe('an expert busy in every period the request accepts', () => {
  it('names who holds each slot', async () => {
    const x1 = expert('X1', GENT, { periods: ['P1', 'P2'], maxTrajectories: 2 });
    const x2 = expert('X2', ANTWERPEN, { periods: ['P1', 'P2'], maxTrajectories: 2 });
    const { choices, allocation } = await explain(
      round({
        experts: [x1, x2],
        requests: [request('Q1', AALST, 50, { periods: ['P1'] }), request('Q3', MECHELEN, 40, { periods: ['P1'] })],
        budget: 50000,
      }),
    );
    expect(allocation.trajectories).toHaveLength(2);
    const q1 = choices.find((c) => c.request === 'Q1')!;
    // X1 serves Q1 (nearer); X2 is the alternative, busy with Q3 in P1, the only period Q1 accepts.
    expect(q1).toMatchObject({ expert: 'X1', alternatives: [{ code: 'busy', expert: 'X2', heldBy: [{ period: 'P1', request: 'Q3' }] }] });
  });
});
