import { describe, expect, it } from 'vitest';
import type { Replan, Round, RoundTier } from '../../src/domain/types.js';
import { describeAssignments } from '../../src/result/build-result.js';
import type { ReplanReport } from '../../src/result/replan.js';
import { replanReport } from '../../src/what-if/replan-report.js';
import { allocationOf } from '../support/replan-rounds.js';
import { tinyRound } from '../support/tiny-round.js';

/**
 * The tiny round's optimum is promised: X1 -> R1 and X2 -> R3, both in P1
 * (EUR 22,000). `current` is the round now (its data may have changed).
 */
async function revise(
  current: Round,
  changes: Partial<Replan> & { budget?: number; objective?: readonly RoundTier[] } = {},
): Promise<ReplanReport> {
  const promised = await allocationOf(tinyRound);
  const { budget, objective, ...replan } = changes;
  const round: Round = {
    ...current,
    budget: budget ?? current.budget,
    objective: objective ?? ['kept', ...current.objective],
    replan: { promised: promised.trajectories, frozen: [], withdrawn: [], cancelled: [], ...replan },
  };
  const allocation = await allocationOf(round);
  return replanReport(round, {
    changes: { frozen: [], withdraw: [], cancel: [], objective: round.objective },
    promised: describeAssignments(tinyRound, promised),
    previousBudget: tinyRound.budget,
    assignments: describeAssignments(round, allocation),
  });
}

const summary = (report: ReplanReport) => ({
  kept: report.kept.map((e) => e.trajectory.request),
  moved: report.moved.map((e) => [e.from.request, `${e.trajectory.expert} ${e.trajectory.period}`, e.reason.code]),
  dropped: report.dropped.map((e) => [e.trajectory.request, e.reason.code]),
  added: report.added.map((e) => e.trajectory.request),
});

describe('why a promised trajectory is moved or dropped', () => {
  it('the expert withdrew', async () => {
    const report = await revise(tinyRound, { withdrawn: [{ expert: 'X2', from: 'P1' }] });
    expect(report.dropped).toEqual([expect.objectContaining({ reason: { code: 'withdrawn', expert: 'X2', from: 'P1' } })]);
    expect(summary(report)).toMatchObject({ kept: ['R1'], moved: [] });
  });

  it('the request was cancelled', async () => {
    expect(summary(await revise(tinyRound, { cancelled: ['R1'] }))).toMatchObject({ kept: ['R3'], dropped: [['R1', 'cancelled']] });
  });

  it('the budget was cut: keeping it beside the trajectory kept costs more', async () => {
    const report = await revise(tinyRound, { budget: 15000 });
    expect(report.kept).toHaveLength(1);
    expect(report.dropped.map((e) => e.reason)).toEqual([{ code: 'budget', budget: 15000, previousBudget: 22000, cost: 22000 }]);
  });

  it('the data no longer allows it: moved where it can go, with what changed', async () => {
    // X1 is now available in P2 only: X1 -> R1 moves to P2.
    const current: Round = { ...tinyRound, experts: tinyRound.experts.map((e) => (e.id === 'X1' ? { ...e, periods: ['P2'] } : e)) };
    const report = await revise(current);
    expect(summary(report).moved).toEqual([['R1', 'X1 P2', 'not-allowed']]);
    expect(report.moved[0]!.reason).toEqual({
      code: 'not-allowed',
      obstacle: { code: 'ineligible', failures: [{ code: 'period', expertPeriods: ['P2'], requestPeriods: ['P1', 'P2', 'P3'] }] },
    });
  });

  it('an expert gone from experts.csv', async () => {
    const report = await revise({ ...tinyRound, experts: tinyRound.experts.filter((e) => e.id !== 'X2') });
    expect(report.dropped.map((e) => e.reason)).toEqual([{ code: 'not-allowed', obstacle: { code: 'unknown', unknown: 'expert' } }]);
  });

  describe('a new request of higher priority in a municipality that already has one', () => {
    const urgent: Round = {
      ...tinyRound,
      requests: [...tinyRound.requests, { id: 'R5', municipality: '12025', domain: 'schuldhulp', periods: ['P1'], priority: 100 }],
    };

    it('keeps the promise when kept comes first', async () => {
      expect(summary(await revise(urgent))).toEqual({ kept: ['R1', 'R3'], moved: [], dropped: [], added: [] });
    });

    it('displaces it only when the objective ranks priority before kept', async () => {
      const report = await revise(urgent, { objective: ['priority', 'kept', 'served', 'distance'] });
      expect(summary(report)).toEqual({ kept: ['R1'], moved: [], dropped: [['R3', 'displaced']], added: ['R5'] });
      expect(report.dropped[0]!.reason).toEqual({ code: 'displaced', by: [{ request: 'R5', priority: 100 }] });
    });
  });

  it('moved rather than dropped when the objective asks for it', async () => {
    // X1 is now available in P2 only, and a new request (R6, priority 80) arrives that X1 could serve then instead of R1 (priority 50).
    const current: Round = {
      ...tinyRound,
      experts: tinyRound.experts.map((e) => (e.id === 'X1' ? { ...e, periods: ['P2'] } : e)),
      requests: [...tinyRound.requests, { id: 'R6', municipality: '11002', domain: 'wonen', periods: ['P2'], priority: 80 }],
    };
    expect(summary(await revise(current))).toEqual({ kept: ['R3'], moved: [], dropped: [['R1', 'not-allowed']], added: ['R6'] });
    expect(summary(await revise(current, { objective: ['kept', 'moved', 'priority', 'served', 'distance'] }))).toEqual({
      kept: ['R3'],
      moved: [['R1', 'X1 P2', 'not-allowed']],
      dropped: [],
      added: [],
    });
  });
});
