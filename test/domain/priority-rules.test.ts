import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRequests } from '../../src/domain/priority.js';
import { firstComeOrder, lotteryOrder } from '../../src/domain/priority-order.js';
import { classifyRequests, UNCLASSIFIED } from '../../src/domain/priority-tiers.js';
import { normalise, weightedScores } from '../../src/domain/priority-weighted.js';
import { RuleInputError } from '../../src/domain/rule-input-error.js';
import { mulberry32, seededShuffle } from '../../src/domain/seeded-random.js';
import type { Municipality, Request, Round } from '../../src/domain/types.js';
import { tinyRound } from '../support/tiny-round.js';

const place = (nis: string, indicators: Record<string, number>, population?: number): Municipality => ({
  nis,
  name: `M${nis}`,
  province: 'Limburg',
  lat: 51,
  lon: 5,
  population,
  indicators,
});
const ask = (id: string, municipality: string, extra: Partial<Request> = {}): Request => ({
  id,
  municipality,
  domain: 'wonen',
  periods: ['P1'],
  ...extra,
});

/** Three municipalities with a need index and population; one request each. */
const round: Round = {
  ...tinyRound,
  municipalities: [place('10001', { need: 10 }, 1000), place('10002', { need: 30 }, 5000), place('10003', { need: 20 }, 3000)],
  requests: [ask('Q1', '10001', { priority: 5 }), ask('Q2', '10002', { priority: 1 }), ask('Q3', '10003')],
};

describe('weighted rule', () => {
  it('normalises min-max and by rank, and equal values all to 1', () => {
    expect(normalise([10, 30, 20], 'min-max')).toEqual([0, 1, 0.5]);
    expect(normalise([10, 100, 20], 'rank')).toEqual([0, 1, 0.5]);
    expect(normalise([7, 7], 'min-max')).toEqual([1, 1]);
  });

  it('weights normalised indicators, flipping direction lower', () => {
    const scores = weightedScores(round, {
      rule: 'weighted',
      criteria: [
        { indicator: 'need', weight: 0.6 },
        { indicator: 'population', weight: 0.4, direction: 'lower' },
      ],
    });
    // need: 0, 1, 0.5; population lower: 1, 0, 0.5.
    expect(Object.fromEntries(scores)).toEqual({ Q1: 0.4, Q2: 0.6, Q3: 0.5 });
  });

  it('rank normalisation is robust to an outlier', () => {
    const outlier = { ...round, municipalities: round.municipalities.map((m) => (m.nis === '10002' ? place('10002', { need: 1000 }) : m)) };
    const scores = weightedScores(outlier, { rule: 'weighted', criteria: [{ indicator: 'need', weight: 1 }], normalise: 'rank' });
    expect(Object.fromEntries(scores)).toEqual({ Q1: 0, Q2: 1, Q3: 0.5 });
  });

  it('handles a missing value by policy: error, worst or median', () => {
    const config = { rule: 'weighted', criteria: [{ indicator: 'priority', weight: 1 }] } as const;
    expect(() => weightedScores(round, config)).toThrow(RuleInputError);
    expect(ruleErrorOf(() => weightedScores(round, config))).toMatchObject({
      where: { csv: 'requests', column: 'priority', request: 'Q3' },
      fact: { id: 'rule-missing-value', request: 'Q3', field: 'priority.criteria[0].indicator', missing: 'priority.missing' },
    });
    expect(Object.fromEntries(weightedScores(round, { ...config, missing: 'worst' }))).toEqual({ Q1: 1, Q2: 0, Q3: 0 });
    expect(Object.fromEntries(weightedScores(round, { ...config, missing: 'median' }))).toEqual({ Q1: 1, Q2: 0, Q3: 0.5 });
  });

  it('names the field of an unknown indicator', () => {
    const error = (() => {
      try {
        weightedScores(round, {
          rule: 'weighted',
          criteria: [
            { indicator: 'need', weight: 1 },
            { indicator: 'kansarmoed', weight: 1 },
          ],
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RuleInputError);
    expect((error as RuleInputError).where).toEqual({ field: 'priority.criteria[1].indicator' });
  });

  it('keeps every score within [0, total weight] with at most 4 decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (needs, weight) => {
          const varied = { ...round, municipalities: round.municipalities.map((m, i) => place(m.nis, { need: needs[i]! })) };
          for (const score of weightedScores(varied, { rule: 'weighted', criteria: [{ indicator: 'need', weight }] }).values()) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(weight + 1e-4);
            expect(Math.abs(score * 1e4 - Math.round(score * 1e4))).toBeLessThan(1e-6);
          }
        },
      ),
      { numRuns: 50, seed: 3 },
    );
  });
});

describe('tiers rule', () => {
  const config = {
    rule: 'tiers',
    classes: [
      { name: 'A', when: { indicator: 'need', min: 25 } },
      { name: 'B', when: { indicator: 'need', min: 15 } },
    ],
  } as const;

  it('puts each request in the first class it meets, the rest in an implicit last class', () => {
    const { names, of } = classifyRequests(round, config);
    expect(names).toEqual(['A', 'B', UNCLASSIFIED]);
    expect(Object.fromEntries(of)).toEqual({ Q1: UNCLASSIFIED, Q2: 'A', Q3: 'B' });
  });

  it('orders by class first, then by the score within', () => {
    const ranking = rankRequests({
      ...round,
      priority: { ...config, classes: [...config.classes, { name: 'C' }], within: { rule: 'score', missing: 'worst' } },
    });
    expect(ranking.order).toEqual(['Q2', 'Q3', 'Q1']);
    expect(ranking.classes?.names).toEqual(['A', 'B', 'C']);
  });

  it('can match on the domain', () => {
    const { of } = classifyRequests(
      { ...round, requests: [ask('Q1', '10001', { domain: 'schuldhulp' }), ask('Q2', '10002')] },
      { rule: 'tiers', classes: [{ name: 'debt', when: { domain: 'schuldhulp' } }, { name: 'rest' }] },
    );
    expect(Object.fromEntries(of)).toEqual({ Q1: 'debt', Q2: 'rest' });
  });
});

describe('first-come rule', () => {
  it('orders by the instant, across time zones, ties by id', () => {
    const timed = {
      ...round,
      requests: [
        ask('Q1', '10001', { submittedAt: '2021-10-04T10:00:00+02:00' }),
        ask('Q2', '10002', { submittedAt: '2021-10-04T08:30:00Z' }),
        ask('Q0', '10003', { submittedAt: '2021-10-04T08:00:00Z' }),
      ],
    };
    // Q1 is 08:00Z, the same instant as Q0: the id breaks the tie.
    expect(firstComeOrder(timed)).toEqual(['Q0', 'Q1', 'Q2']);
  });

  it('needs submitted_at on every request and names the column', () => {
    expect(ruleErrorOf(() => firstComeOrder(round))).toMatchObject({
      where: { csv: 'requests', column: 'submitted_at', request: 'Q1' },
      fact: { id: 'rule-missing-submitted-at', request: 'Q1' },
    });
  });
});

/** The RuleInputError that `action` throws. */
function ruleErrorOf(action: () => unknown): RuleInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

describe('lottery rule', () => {
  it('mulberry32 draws what the published reference code draws', () => {
    // The widely copied reference implementation, verbatim in spirit; its first draw for seed 1 is 0.6270739405881613.
    const reference = (seed: number) => () => {
      let t = (seed += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    expect(mulberry32(1)()).toBe(0.6270739405881613);
    for (const seed of [0, 1, 2022, 4294967295]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let draw = 0; draw < 20; draw++) expect(ours()).toBe(theirs());
    }
  });

  it('the same seed draws the same order, a permutation of the requests', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.nat(), (ids, seed) => {
        const drawn = seededShuffle(ids, seed);
        expect(seededShuffle(ids, seed)).toEqual(drawn);
        expect([...drawn].sort()).toEqual([...ids].sort());
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('shuffles the ids in id order, so the row order of requests.csv does not matter', () => {
    const reversed = { ...round, requests: [...round.requests].reverse() };
    expect(lotteryOrder(reversed, 42)).toEqual(lotteryOrder(round, 42));
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => lotteryOrder(round, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('score rule', () => {
  it('refuses an empty priority, naming the request, unless missing says what it means', () => {
    expect(ruleErrorOf(() => rankRequests({ ...round, priority: { rule: 'score' } }))).toMatchObject({
      where: { csv: 'requests', column: 'priority', request: 'Q3' },
      fact: { id: 'rule-missing-value', field: 'priority', missing: 'priority.missing' },
    });
    expect(Object.fromEntries(rankRequests({ ...round, priority: { rule: 'score', missing: 'worst' } }).scores)).toEqual({
      Q1: 5,
      Q2: 1,
      Q3: 0,
    });
    expect(Object.fromEntries(rankRequests({ ...round, priority: { rule: 'score', missing: 'median' } }).scores)).toEqual({
      Q1: 5,
      Q2: 1,
      Q3: 3,
    });
  });

  it('order: strict makes the score order the strict order, ties by request id; the sum order has none', () => {
    const tied = {
      ...round,
      requests: [ask('Q3', '10003', { priority: 5 }), ask('Q1', '10001', { priority: 5 }), ask('Q2', '10002', { priority: 9 })],
    };
    expect(rankRequests({ ...tied, priority: { rule: 'score', order: 'strict' } }).strict).toEqual(['Q2', 'Q1', 'Q3']);
    expect(rankRequests({ ...tied, priority: { rule: 'score' } }).strict).toBeUndefined();
    expect(rankRequests({ ...tied, priority: { rule: 'score', order: 'sum' } }).strict).toBeUndefined();
    const weighted = { rule: 'weighted', criteria: [{ indicator: 'need', weight: 1 }], order: 'strict' } as const;
    expect(rankRequests({ ...round, priority: weighted }).strict).toEqual(['Q2', 'Q3', 'Q1']);
  });

  it("names greedy's order and tiers' within as the fields to set", () => {
    expect(ruleErrorOf(() => rankRequests({ ...round, priority: { rule: 'greedy' } })).fact).toMatchObject({ field: 'priority.order' });
    const tiers = { rule: 'tiers', classes: [{ name: 'A' }], within: { rule: 'score' } } as const;
    expect(ruleErrorOf(() => rankRequests({ ...round, priority: tiers })).fact).toMatchObject({ missing: 'priority.within.missing' });
  });
});

describe('ranking with history and greedy', () => {
  const history = {
    records: [{ year: 2021, expert: 'X1', municipality: '10002', domain: 'wonen' }],
    servedBefore: 'penalise',
    factor: 0.5,
    ongoing: [],
  } as const;

  it('penalise multiplies the score of municipalities served before', () => {
    const scores = rankRequests({ ...round, priority: { rule: 'score', missing: 'worst' }, history }).scores;
    expect(scores.get('Q2')).toBe(0.5);
    expect(scores.get('Q1')).toBe(5);
  });

  it('under a strict order, penalise moves them behind the others', () => {
    const order = rankRequests({ ...round, priority: { rule: 'lottery', seed: 9 }, history }).order;
    expect(order.at(-1)).toBe('Q2');
  });

  it('greedy ranks by its order rule, score by default', () => {
    const scored = { ...round, requests: round.requests.map((request) => ({ ...request, priority: request.priority ?? 0 })) };
    expect(rankRequests({ ...scored, priority: { rule: 'greedy' } }).order).toEqual(['Q1', 'Q2', 'Q3']);
    expect(rankRequests({ ...round, priority: { rule: 'greedy', order: { rule: 'lottery', seed: 9 } } }).order).toEqual(
      lotteryOrder(round, 9),
    );
  });
});
