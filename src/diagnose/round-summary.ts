import { eligiblePairs } from '../domain/eligibility.js';
import { maxTrajectoriesWithinBudget, buildFormulation } from '../solve/formulation.js';
import type { Round } from '../domain/types.js';
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
  readonly modelVariables: number;
  readonly modelConstraints: number;
  readonly domains: readonly DomainBalance[];
}

/** Summarises a round: counts, eligibility, and demand vs. capacity vs. budget. */
export function summariseRound(round: Round): RoundSummary {
  const pairs = eligiblePairs(round);
  const withPair = new Set(pairs.map((pair) => pair.request.id));
  const formulation = buildFormulation(round);
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
    budgetTrajectories: maxTrajectoriesWithinBudget(formulation.arcs, round.budget),
    modelVariables: formulation.variables.length,
    modelConstraints: formulation.constraints.length,
    domains: domainGroups(round).map(({ key, requests, experts, expertPeriods }) => ({
      domain: key,
      requests: requests.length,
      requestsWithEligibleExpert: requests.filter((r) => withPair.has(r.id)).length,
      experts: experts.length,
      expertPeriods,
    })),
  };
}
