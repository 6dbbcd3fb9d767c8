import { describe, expect, it } from 'vitest';
import { municipalityDecisions, refusalGrounds } from '../../src/result/decisions.js';
import type { ReasonFacts, UnservedRequest } from '../../src/result/explanation.js';
import type { AllocationResult } from '../../src/result/result.js';
import { exampleResult } from '../support/example-result.js';

const request = (priority: number, reasons: readonly ReasonFacts[]): UnservedRequest => ({
  request: 'Q1',
  municipality: '11002',
  domain: 'wonen',
  priority,
  reasons,
});

const outranked = (status: 'optimal' | 'time_limit' | 'not-run', displaced: number[]): ReasonFacts => ({
  code: 'outranked',
  counterfactual: { status, displaced: displaced.map((priority, index) => ({ request: `D${index}`, priority })) },
});

describe('the grounds a letter gives for a request not granted', () => {
  it('say that requests with a higher priority would give way only when an exact re-solve showed each of them ranks higher', async () => {
    const { result } = await exampleResult();
    expect(refusalGrounds(request(60, [outranked('optimal', [70, 80])]), result)).toEqual([
      { code: 'outranked', displaced: 2, allRankAbove: true },
    ]);
    // One of the two ranks lower: the letter says only that two requests would give way.
    expect(refusalGrounds(request(75, [outranked('optimal', [70, 80])]), result)).toEqual([
      { code: 'outranked', displaced: 2, allRankAbove: false },
    ]);
    // A tie does not rank higher.
    expect(refusalGrounds(request(70, [outranked('optimal', [70])]), result)[0]).toMatchObject({ allRankAbove: false });
  });

  it('say less when nothing exact was proven: a re-solve stopped early or not run', async () => {
    const { result } = await exampleResult();
    expect(refusalGrounds(request(60, [outranked('time_limit', [70])]), result)).toEqual([{ code: 'no-room' }]);
    expect(refusalGrounds(request(60, [outranked('not-run', [])]), result)).toEqual([{ code: 'no-room' }]);
  });

  it('keep every proven ground and drop the unproven one beside it', async () => {
    const { result } = await exampleResult();
    const reasons: ReasonFacts[] = [
      { code: 'cap', constraint: 'maxPerMunicipality', limit: 1, heldBy: ['A031'] },
      { code: 'budget', scope: 'left', budgetLeft: 849, cheapestCost: 15800, experts: ['X003'] },
      outranked('not-run', []),
    ];
    expect(refusalGrounds(request(60, reasons), result)).toEqual([
      { code: 'municipality-cap', limit: 1, heldBy: ['A031'] },
      { code: 'budget', left: 849, cheapest: 15800 },
    ]);
  });

  it('tell a budget that is too small for any eligible expert from one that ran out', async () => {
    const { result } = await exampleResult();
    const whole = {
      code: 'budget',
      scope: 'whole',
      budgetLeft: result.budget.limit,
      cheapestCost: result.budget.limit + 1,
      experts: ['X001'],
    } as const;
    expect(refusalGrounds(request(60, [whole]), result)).toEqual([{ code: 'over-budget', cheapest: result.budget.limit + 1 }]);
    const fits = { code: 'budget', scope: 'left', budgetLeft: 20000, cheapestCost: 15000, experts: ['X001'] } as const;
    expect(refusalGrounds(request(60, [fits]), result)).toEqual([{ code: 'no-room' }]);
  });

  it('name quotas by province or domain', async () => {
    const { result } = await exampleResult();
    const quota = (constraint: string, limit?: number): ReasonFacts => ({
      code: 'quota',
      constraint,
      heldBy: [],
      ...(limit ? { limit } : {}),
    });
    expect(refusalGrounds(request(60, [quota('provinces.West-Vlaanderen', 3)]), result)).toEqual([
      { code: 'quota', scope: 'province', name: 'West-Vlaanderen', limit: 3 },
    ]);
    expect(refusalGrounds(request(60, [quota('domains.data.en.impact', 2)]), result)[0]).toMatchObject({ name: 'data.en.impact' });
    expect(refusalGrounds(request(60, [quota('pins-and-minimums')]), result)).toEqual([{ code: 'pins-and-minimums' }]);
  });
});

describe('the decision for each municipality', () => {
  it('covers every request and every expert once, and pays each lending municipality what its trajectories cost', async () => {
    const { result } = await exampleResult();
    const decisions = municipalityDecisions(result);
    const granted = decisions.flatMap((d) => d.granted.map((a) => a.request)).sort();
    const refused = decisions.flatMap((d) => d.refused.map((r) => r.request)).sort();
    expect(granted).toEqual(result.assignments.map((a) => a.request).sort());
    expect(refused).toEqual(result.unserved.map((u) => u.request).sort());
    expect(decisions.flatMap((d) => d.experts.map((e) => e.id)).sort()).toEqual(result.round.experts.map((e) => e.id).sort());
    const total = decisions.reduce((sum, d) => sum + d.compensation, 0);
    expect(total).toBeCloseTo(result.budget.used, 6);
  });

  it("states a strict order's own proof: the requests before it that were granted left no room", async () => {
    const { result } = await exampleResult();
    const strict: AllocationResult = { ...result, priority: { rule: 'first-come', order: ['D0', 'D1', 'Q1'] } };
    const order: ReasonFacts = {
      code: 'outranked',
      counterfactual: { status: 'order', displaced: [], order: { rule: 'first-come', position: 3, heldBy: ['D0', 'D1'], proof: 'solve' } },
    };
    expect(refusalGrounds(request(1, [order]), strict)).toEqual([{ code: 'order', earlier: 2 }]);
  });

  it('takes the rule order of a strict-order rule, not the scores', async () => {
    const { result } = await exampleResult();
    // Under first-come the order decides: D0 comes after Q1, so it does not rank above it, whatever its score.
    const strict: AllocationResult = { ...result, priority: { rule: 'first-come', order: ['Q1', 'D0'] } };
    expect(refusalGrounds(request(1, [outranked('optimal', [99])]), strict)[0]).toMatchObject({ allRankAbove: false });
    const reversed: AllocationResult = { ...result, priority: { rule: 'first-come', order: ['D0', 'Q1'] } };
    expect(refusalGrounds(request(99, [outranked('optimal', [1])]), reversed)[0]).toMatchObject({ allRankAbove: true });
  });
});
