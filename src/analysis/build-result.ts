import { eligiblePairs } from '../domain/eligibility.js';
import { compareStrings, indexBy } from '../domain/index-by.js';
import { priorityScores } from '../domain/priority.js';
import type { Allocation, Round } from '../domain/types.js';
import type { LoadedRound } from '../io/load-round.js';
import { integerScale, scaled } from '../solve/integer-scale.js';
import type { SolveOutcome } from '../solve/solve-round.js';
import { VERSION } from '../version.js';
import type { AllocationResult, Assignment, UnservedRequest } from './result.js';
import { haversineKm, roundedKm } from '../domain/distance.js';

/** Sums numbers exactly at a given decimal scale (no float drift in reports). */
function exactSum(values: readonly number[]): number {
  const scale = integerScale(values);
  return values.reduce((sum, value) => sum + scaled(value, scale), 0) / scale;
}

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

/**
 * Why each request went unserved, computed from the round and the allocation:
 * no eligible pair at all; the municipality is at its cap; no eligible
 * expert fits the budget left; or every eligible expert-period went to others.
 */
export function describeUnserved(round: Round, allocation: Allocation, budgetLeft: number): UnservedRequest[] {
  const served = new Set(allocation.trajectories.map((t) => t.request));
  const busy = new Set(allocation.trajectories.map((t) => `${t.expert} ${t.period}`));
  const load = new Map<string, number>();
  for (const t of allocation.trajectories) load.set(t.expert, (load.get(t.expert) ?? 0) + 1);
  const perMunicipality = new Map<string, number>();
  const requests = indexBy(round.requests, (r) => r.id);
  for (const t of allocation.trajectories) {
    const nis = requests.get(t.request)!.municipality;
    perMunicipality.set(nis, (perMunicipality.get(nis) ?? 0) + 1);
  }
  const pairs = eligiblePairs(round);
  const scores = priorityScores(round);
  return round.requests
    .filter((request) => !served.has(request.id))
    .map((request): UnservedRequest => {
      const own = pairs.filter((pair) => pair.request.id === request.id);
      const base = { request: request.id, municipality: request.municipality, domain: request.domain, priority: scores.get(request.id) ?? 0 };
      if (own.length === 0) {
        return { ...base, reasons: [{ code: 'no-eligible-expert', message: `No expert offers ${request.domain} within reach in an accepted period.` }] };
      }
      const cap = round.constraints.maxPerMunicipality;
      if ((perMunicipality.get(request.municipality) ?? 0) >= cap) {
        return { ...base, reasons: [{ code: 'cap', message: `Municipality ${request.municipality} already receives its maximum of ${cap} trajectory(ies).` }] };
      }
      const free = own.filter((pair) => (load.get(pair.expert.id) ?? 0) < pair.expert.maxTrajectories && pair.periods.some((p) => !busy.has(`${pair.expert.id} ${p}`)));
      if (free.length > 0 && free.every((pair) => pair.expert.cost > budgetLeft)) {
        const cheapest = Math.min(...free.map((pair) => pair.expert.cost));
        return { ...base, reasons: [{ code: 'budget', message: `An eligible expert is free, but the cheapest costs EUR ${cheapest} and only EUR ${budgetLeft} is left.` }] };
      }
      const names = [...new Set(own.map((pair) => pair.expert.id))].join(', ');
      return { ...base, reasons: [{ code: 'outranked', message: `Every eligible expert-period (${names}) went to requests that rank higher under the objective.` }] };
    });
}

/** Turns a checked solve outcome into the result contract. */
export function buildResult(loaded: LoadedRound, outcome: SolveOutcome, engine: { name: string; version: string }, timeLimitSeconds: number): AllocationResult {
  const { round } = loaded;
  const allocation = outcome.allocation ?? { trajectories: [] };
  const assignments = describeAssignments(round, allocation);
  const used = exactSum(assignments.map((a) => a.cost));
  const left = exactSum([round.budget, -used]);
  return {
    status: outcome.status,
    scenario: { name: round.name, year: round.year },
    assignments,
    unserved: outcome.allocation ? describeUnserved(round, allocation, left) : [],
    objective: {
      priority: exactSum(assignments.map((a) => a.priority)),
      served: assignments.length,
      distanceKm: exactSum(assignments.map((a) => a.distanceKm)),
    },
    budget: { limit: round.budget, used, left },
    tiers: outcome.tiers,
    model: outcome.model,
    run: { version: VERSION, engine: `${engine.name} ${engine.version}`, timeLimitSeconds, inputs: loaded.inputs, seconds: outcome.seconds },
  };
}
