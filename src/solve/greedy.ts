import { eligiblePairs } from '../domain/eligibility.js';
import { compareStrings, indexBy } from '../domain/index-by.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, costCents } from '../domain/money.js';
import { expertLevel, policyFilter } from '../domain/policy.js';
import { rankRequests } from '../domain/priority.js';
import type { Allocation, Expert, PeriodId, Request, Round, Trajectory } from '../domain/types.js';

/** A candidate trajectory the greedy pass may take. */
interface Candidate {
  readonly expert: Expert;
  readonly request: Request;
  readonly period: PeriodId;
  readonly distanceKm: number;
}

/**
 * The running totals a coordinator keeps by hand: who is busy when, how much
 * each municipality, supplier, province and domain has, and the budget left.
 */
class Ledger {
  private readonly busy = new Set<string>();
  private readonly counts = new Map<string, number>();
  private budgetLeft: number;
  readonly trajectories: Trajectory[] = [];

  constructor(
    private readonly round: Round,
    private readonly provinceOf: ReadonlyMap<string, string>,
  ) {
    this.budgetLeft = budgetCents(round.budget);
  }

  private keys(candidate: Candidate): string[] {
    const province = this.provinceOf.get(candidate.request.municipality) ?? '';
    return [
      `e ${candidate.expert.id}`,
      `q ${candidate.request.id}`,
      `m ${candidate.request.municipality}`,
      `s ${candidate.expert.municipality}`,
      `p ${province}`,
      `d ${candidate.request.domain}`,
    ];
  }

  /** True when taking the candidate breaks no upper limit (mins are not a hand-matcher's concern). */
  fits(candidate: Candidate): boolean {
    const { constraints } = this.round;
    const [expert, request, municipality, supplier, province, domain] = this.keys(candidate).map((key) => this.counts.get(key) ?? 0);
    const provinceMax = constraints.provinces?.[this.provinceOf.get(candidate.request.municipality) ?? '']?.max;
    const domainMax = constraints.domains?.[candidate.request.domain]?.max;
    return (
      !this.busy.has(expertPeriodKey(candidate.expert.id, candidate.period)) &&
      expert! < candidate.expert.maxTrajectories &&
      request === 0 &&
      municipality! < constraints.maxPerMunicipality &&
      (constraints.maxPerSupplier === undefined || supplier! < constraints.maxPerSupplier) &&
      (provinceMax === undefined || province! < provinceMax) &&
      (domainMax === undefined || domain! < domainMax) &&
      costCents(candidate.expert.cost) <= this.budgetLeft
    );
  }

  take(candidate: Candidate): void {
    this.busy.add(expertPeriodKey(candidate.expert.id, candidate.period));
    for (const key of this.keys(candidate)) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.budgetLeft -= costCents(candidate.expert.cost);
    this.trajectories.push({ expert: candidate.expert.id, request: candidate.request.id, period: candidate.period });
  }
}

/**
 * The best still-available expert, as a coordinator picks one: the nearest,
 * then the most expert in the domain, then the cheapest, then by id; the
 * earliest free period.
 */
function better(a: Candidate, b: Candidate, periods: readonly PeriodId[]): number {
  return (
    a.distanceKm - b.distanceKm ||
    expertLevel(b.expert, b.request.domain) - expertLevel(a.expert, a.request.domain) ||
    a.expert.cost - b.expert.cost ||
    compareStrings(a.expert.id, b.expert.id) ||
    periods.indexOf(a.period) - periods.indexOf(b.period)
  );
}

/**
 * The hand-matching baseline: in a revised allocation the promised
 * trajectories first (frozen ones before the others), then pinned
 * trajectories (they were agreed in advance), then requests one by one in
 * the rule's order, each with the best still-available expert that breaks
 * no cap, max quota or the budget.
 * It never looks ahead, so quota minimums may go unmet; the checker then
 * says so and the result reports it beside the baseline.
 */
export function greedyAllocation(round: Round): Allocation {
  const blocked = policyFilter(round);
  const provinceOf = new Map(round.municipalities.map((m) => [m.nis, m.province]));
  const candidates = new Map<string, Candidate[]>();
  for (const pair of eligiblePairs(round)) {
    for (const period of pair.periods) {
      if (blocked(pair.expert, pair.request, period)) continue;
      const list = candidates.get(pair.request.id) ?? [];
      list.push({ expert: pair.expert, request: pair.request, period, distanceKm: pair.distanceKm });
      candidates.set(pair.request.id, list);
    }
  }
  for (const list of candidates.values()) list.sort((a, b) => better(a, b, round.periods));
  const ledger = new Ledger(round, provinceOf);
  // A revised allocation: the frozen trajectories first (they are under way), then the other promises where they still fit.
  const promised = round.replan?.promised ?? [];
  const frozen = new Set(round.replan?.frozen);
  const promises = [...promised.filter((t) => frozen.has(t.period)), ...promised.filter((t) => !frozen.has(t.period))];
  for (const pin of [...promises, ...(round.constraints.pins ?? [])]) {
    const pinned = (candidates.get(pin.request) ?? []).find(
      (candidate) =>
        candidate.expert.id === pin.expert && (pin.period === undefined || candidate.period === pin.period) && ledger.fits(candidate),
    );
    if (pinned) ledger.take(pinned);
  }
  const requests = indexBy(round.requests, (r) => r.id);
  for (const id of rankRequests(round).order) {
    if (!requests.has(id)) continue;
    const choice = (candidates.get(id) ?? []).find((candidate) => ledger.fits(candidate));
    if (choice) ledger.take(choice);
  }
  return { trajectories: ledger.trajectories };
}
