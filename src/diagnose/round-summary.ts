import { eligiblePairs } from '../domain/eligibility.js';
import type { PreparedRound } from '../solve/prepared-round.js';
import { maxTrajectoriesWithinBudget } from '../solve/round-arcs.js';
import { domainGroups, roundCapacity } from './demand-supply.js';

/** Demand and supply of one domain. */
interface DomainBalance {
  readonly domain: string;
  readonly requests: number;
  readonly requestsWithEligibleExpert: number;
  readonly experts: number;
  /** Expert-periods offered in this domain, ongoing trajectories taken off (an expert with several domains counts in each). */
  readonly expertPeriods: number;
}

/** What `validate` prints: the round at a glance, before any solve. */
export interface RoundSummary {
  readonly name: string;
  readonly periods: readonly string[];
  readonly municipalities: number;
  readonly experts: number;
  readonly requests: number;
  readonly eligiblePairs: number;
  readonly requestsWithoutEligibleExpert: readonly string[];
  /** Trajectories the experts can still do in total (ongoing trajectories taken off; budget and demand ignored). */
  readonly capacity: number;
  readonly budget: number;
  /** Most trajectories the budget pays for (the cheapest expert-periods first). */
  readonly budgetTrajectories: number;
  /** The size of the model `solve` sends to its engine (the prepared round's). */
  readonly modelVariables: number;
  readonly modelConstraints: number;
  readonly domains: readonly DomainBalance[];
}

/** Summarises a prepared round: counts, eligibility, demand vs. capacity vs. budget, and the model's size. */
export function summariseRound(prepared: PreparedRound): RoundSummary {
  const { round } = prepared;
  const pairs = eligiblePairs(round);
  const withPair = new Set(pairs.map((pair) => pair.request.id));
  return {
    name: round.name,
    periods: round.periods,
    municipalities: round.municipalities.length,
    experts: round.experts.length,
    requests: round.requests.length,
    eligiblePairs: pairs.length,
    requestsWithoutEligibleExpert: round.requests.filter((r) => !withPair.has(r.id)).map((r) => r.id),
    capacity: roundCapacity(round),
    budget: round.budget,
    budgetTrajectories: maxTrajectoriesWithinBudget(prepared.arcs, round.budget),
    modelVariables: prepared.model.variables,
    modelConstraints: prepared.model.constraints,
    domains: domainGroups(round).map(({ key, requests, experts, expertPeriods }) => ({
      domain: key,
      requests: requests.length,
      requestsWithEligibleExpert: requests.filter((r) => withPair.has(r.id)).length,
      experts: experts.length,
      expertPeriods,
    })),
  };
}
