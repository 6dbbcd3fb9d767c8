import { compareStrings, indexBy } from '../domain/index-by.js';
import { priorityScores } from '../domain/priority.js';
import type { Allocation, Round } from '../domain/types.js';
import type { LoadedRound } from '../io/load-round.js';
import { exactSum } from '../domain/numbers.js';
import type { SolveOutcome } from '../solve/solve-round.js';
import { VERSION } from '../io/version.js';
import type { AllocationExplanation } from './explanation.js';
import type { AllocationResult, Assignment } from './result.js';
import { haversineKm, roundedKm } from '../domain/distance.js';
import { roundFacts } from './round-facts.js';

/** Assignments of an allocation with everything a reader needs, in period, then expert order. */
export function describeAssignments(round: Round, allocation: Allocation): Assignment[] {
  const experts = indexBy(round.experts, (e) => e.id);
  const requests = indexBy(round.requests, (r) => r.id);
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const scores = priorityScores(round);
  return allocation.trajectories
    .map((trajectory): Assignment => {
      const expert = experts.get(trajectory.expert)!;
      const request = requests.get(trajectory.request)!;
      return {
        expert: expert.id,
        request: request.id,
        period: trajectory.period,
        supplier: expert.municipality,
        municipality: request.municipality,
        domain: request.domain,
        cost: expert.cost,
        distanceKm: roundedKm(haversineKm(municipalities.get(expert.municipality)!, municipalities.get(request.municipality)!)),
        priority: scores.get(request.id) ?? 0,
      };
    })
    .sort((a, b) => round.periods.indexOf(a.period) - round.periods.indexOf(b.period) || compareStrings(a.expert, b.expert));
}

/** Explanations of a result without allocation (infeasible, or nothing found in time): there is nothing to explain. */
const NOTHING_EXPLAINED: AllocationExplanation = {
  unserved: [],
  choices: [],
  stability: [],
  counterfactualSolves: 0,
  forcedRelaxations: 0,
  seconds: 0,
};

/**
 * What a solve returns to the result: the optimiser's outcome, or under rule
 * `greedy` the hand-matching with its own status and tiers.
 */
export type ReturnedOutcome = Omit<SolveOutcome, 'status' | 'tiers'> & Pick<AllocationResult, 'status' | 'tiers'>;

/** A result as solving and explaining make it, before the pipeline adds the demand and supply balance. */
export type SolvedResult = Omit<AllocationResult, 'demandSupply'>;

/** Turns a checked outcome and its explanations (explain-allocation.ts) into the result contract. */
export function buildResult(
  loaded: LoadedRound,
  outcome: ReturnedOutcome,
  engine: { name: string; version: string },
  timeLimitSeconds: number,
  explanation: AllocationExplanation = NOTHING_EXPLAINED,
): SolvedResult {
  const { round } = loaded;
  const allocation = outcome.allocation ?? { trajectories: [] };
  const assignments = describeAssignments(round, allocation);
  const used = exactSum(assignments.map((a) => a.cost));
  const left = exactSum([round.budget, -used]);
  return {
    status: outcome.status,
    scenario: { name: round.name, year: round.year, ...(loaded.scenario.letters ? { letters: loaded.scenario.letters } : {}) },
    assignments,
    unserved: explanation.unserved,
    objective: {
      priority: exactSum(assignments.map((a) => a.priority)),
      served: assignments.length,
      distanceKm: exactSum(assignments.map((a) => a.distanceKm)),
    },
    budget: { limit: round.budget, used, left },
    tiers: outcome.tiers,
    model: outcome.model,
    choices: explanation.choices,
    stability: explanation.stability,
    run: {
      version: VERSION,
      engine: `${engine.name} ${engine.version}`,
      timeLimitSeconds,
      inputs: loaded.inputs,
      seconds: outcome.seconds,
      explanation: {
        counterfactualSolves: explanation.counterfactualSolves,
        forcedRelaxations: explanation.forcedRelaxations,
        seconds: explanation.seconds,
      },
    },
    round: roundFacts(round),
  };
}
