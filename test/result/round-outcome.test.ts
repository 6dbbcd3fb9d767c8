import { describe, expect, it } from 'vitest';
import type { AllocationResult } from '../../src/result/result.js';
import { roundOutcome } from '../../src/result/round-outcome.js';
import { methodText, outcomeTexts } from '../../src/text/summary-text.js';
import { exampleResult } from '../support/example-result.js';

describe('the round at a glance', () => {
  it('counts the example round from its reason facts', async () => {
    const { result } = await exampleResult();
    const outcome = roundOutcome(result);
    expect(outcome).toMatchObject({
      requests: 34,
      granted: 15,
      firstQuarter: { measure: 'score', needBased: true, requests: 9, granted: 6 },
    });
    // A008 and A012 wait both for budget and for their municipality's maximum: they count under each.
    expect(outcome.waiting).toEqual({
      budget: 11,
      budgetLeft: 849,
      cheapestWaiting: 15350,
      noExpert: 3,
      municipalityCap: 6,
      expertsBusy: 5,
      policy: 0,
    });
    expect(outcome.waiting.noExpert).toBe(result.demandSupply.provinces.reduce((sum, p) => sum + p.noEligible, 0));
    expect(outcome.provinces.reduce((sum, p) => sum + p.requested, 0)).toBe(34);
    expect(outcome.budgetStep).toBeUndefined();
  });

  it('names the two grounds that keep the most requests out, and the method on its own line', async () => {
    const { result } = await exampleResult();
    const lines = outcomeTexts(roundOutcome(result), result, 'en');
    expect(lines.filter((line) => /requests not granted/.test(String(line)))).toEqual([
      'The budget limits the round: for 11 of the 19 requests not granted, an eligible expert is free, but the EUR 849 left pays for no trajectory (the cheapest costs EUR 15,350).',
      '6 of the 19 requests not granted come from a municipality that already receives its maximum of trajectories.',
    ]);
    expect(methodText(result, 'en')).toContain('(proven optimal: the best possible under the rule)');
  });

  it('says what more budget would grant only when a re-solve proved it', async () => {
    const { result } = await exampleResult();
    const sensitivity = (status: AllocationResult['status']) => ({
      budgetStep: 10000,
      entries: [
        { change: 'budget' as const, status, servedDelta: 1, priorityDelta: 66, budgetUsedDelta: 9000, gained: ['A028'], lost: [] },
      ],
    });
    const proven = { ...result, sensitivity: sensitivity('optimal') };
    expect(outcomeTexts(roundOutcome(proven), proven, 'en')).toContain(
      'A what-if check with EUR 10,000 more budget also grants A028 (Sint-Truiden).',
    );
    const stopped = { ...result, sensitivity: sensitivity('time_limit') };
    expect(roundOutcome(stopped).budgetStep).toBeUndefined();
  });

  it('measures the first quarter by the order of a first-come rule, and says it is not need', async () => {
    const { result } = await exampleResult();
    const order = [...result.unserved.map((u) => u.request), ...result.assignments.map((a) => a.request)];
    const strict: AllocationResult = { ...result, priority: { rule: 'first-come', order } };
    expect(roundOutcome(strict).firstQuarter).toEqual({ measure: 'first-come', needBased: false, requests: 9, granted: 0 });
    expect(outcomeTexts(roundOutcome(strict), strict, 'nl')).toContain(
      'De voorrangsregel rangschikt op volgorde van indiening, niet op behoefte: van de eerste 9 ingediende aanvragen (een kwart) worden er 0 toegekend.',
    );
  });

  it('never calls the hand matching of the greedy rule the best possible, nor its waits proven', async () => {
    const { result } = await exampleResult();
    const greedy: AllocationResult = { ...result, priority: { rule: 'greedy', orderRule: 'score' } };
    expect(methodText(greedy, 'en')).toContain('the hand matching itself, not optimised');
    expect(methodText(greedy, 'en')).not.toContain('best possible');
    expect(roundOutcome(greedy).waiting.expertsBusy).toBe(0);
  });
});
