import { basename } from 'node:path';
import { compareStrings, indexBy } from '../domain/index-by.js';
import { exactSum, roundTo } from '../domain/numbers.js';
import { priorityScores, rankingConfig } from '../domain/priority.js';
import type { PriorityConfig } from '../domain/types.js';
import type { LoadedRound } from '../io/load-round.js';
import type { AllocationResult } from '../result/result.js';

/** One solved scenario of a comparison. */
export interface SolvedScenario {
  /** Unique within the comparison (a repeated scenario name gets its file name added). */
  readonly name: string;
  /** The file as the user named it. */
  readonly file: string;
  readonly loaded: LoadedRound;
  readonly result: AllocationResult;
}

/** The figures of one scenario, side by side with the others. */
export interface ScenarioFigures {
  readonly name: string;
  readonly status: AllocationResult['status'];
  /** The priority rule the scores come from; scores of different rules are not comparable. */
  readonly priorityRule: PriorityConfig;
  readonly tiers: readonly { readonly tier: string; readonly value: number }[];
  readonly requests: number;
  readonly served: number;
  readonly priority: number;
  readonly budgetLimit: number;
  readonly budgetUsed: number;
  /**
   * Mean and lowest score of the served requests, under this scenario's own
   * rule (like `priority` and `tiers`: comparable only between scenarios with
   * the same rule); null when none is served.
   */
  readonly averagePriority: number | null;
  readonly minimumPriority: number | null;
  /** The same figures with every served request scored by the reference scenario's rule: one yardstick for all. */
  readonly reference: ReferenceFigures;
  /** Share (0..1) of the reference's neediest quartile that this scenario serves. */
  readonly neediestQuartileShare: number | null;
  readonly averageDistanceKm: number | null;
  /** Served requests per host province and per domain, keys sorted. */
  readonly byProvince: Readonly<Record<string, number>>;
  readonly byDomain: Readonly<Record<string, number>>;
}

/** Summed, mean and lowest score of the served requests under the reference rule; mean and lowest null when none is served. */
interface ReferenceFigures {
  readonly priority: number;
  readonly averagePriority: number | null;
  readonly minimumPriority: number | null;
}

/** A request served in some scenarios but not all. */
interface ServedDifference {
  readonly request: string;
  readonly municipality: string;
  readonly municipalityName: string;
  readonly province: string;
  readonly domain: string;
  /** The score under the reference scenario's rule (under the first scenario that has it, for a request the reference lacks). */
  readonly priority: number;
  readonly servedIn: readonly string[];
}

/** A request served in several scenarios, by a different expert or in a different period. */
interface ChangedTrajectory {
  readonly request: string;
  readonly municipality: string;
  readonly trajectories: readonly { readonly scenario: string; readonly expert: string; readonly period: string }[];
}

/** Everything a comparison report renders. */
export interface Comparison {
  readonly scenarios: readonly { readonly name: string; readonly file: string; readonly result: AllocationResult }[];
  readonly figures: readonly ScenarioFigures[];
  /** The scenario whose scores define need: the first that scores need rather than order (see needReference). */
  readonly needReference: string;
  /** The rule the reference scores with (greedy: the rule of its order), named beside the reference figures. */
  readonly referenceRule: string;
  /** Whether every scenario scores with the same rule, so that the figures under each one's own rule compare too. */
  readonly sameRule: boolean;
  /** The quarter of the need reference's requests with the highest score (ties by id). */
  readonly neediestQuartile: readonly string[];
  readonly diff: readonly ServedDifference[];
  readonly changed: readonly ChangedTrajectory[];
}

/** Gives every scenario a unique display name: a repeated name gets its file name, then its position. */
export function uniqueNames(entries: readonly { readonly name: string; readonly file: string }[]): string[] {
  const count = (names: readonly string[], name: string) => names.filter((other) => other === name).length;
  const withFile = entries.map((entry) => entry.name);
  const named = withFile.map((name, index) => (count(withFile, name) > 1 ? `${name} (${basename(entries[index]!.file)})` : name));
  return named.map((name, index) => (count(named, name) > 1 ? `${name} #${index + 1}` : name));
}

/** Rules whose scores measure need; first-come and lottery scores only encode an order. */
const measuresNeed = (priority: PriorityConfig): boolean =>
  priority.rule === 'greedy'
    ? priority.order === undefined || measuresNeed(priority.order)
    : ['score', 'weighted', 'tiers'].includes(priority.rule);

/**
 * The scenario whose scores say who is neediest: the first that scores need
 * itself (score, weighted, tiers), else the first hand-matching that follows
 * such a rule, else the first. So "first come against need" is judged by need.
 */
function needReference<T extends { readonly loaded: LoadedRound }>(scenarios: readonly T[]): T | undefined {
  const rule = (scenario: T) => scenario.loaded.round.priority;
  return (
    scenarios.find((scenario) => rule(scenario).rule !== 'greedy' && measuresNeed(rule(scenario))) ??
    scenarios.find((scenario) => measuresNeed(rule(scenario))) ??
    scenarios[0]
  );
}

/** Summed, mean and lowest of the given scores. */
function scoreFigures(scores: readonly number[]): ReferenceFigures {
  const priority = exactSum(scores);
  return {
    priority,
    averagePriority: scores.length > 0 ? roundTo(priority / scores.length, 2) : null,
    minimumPriority: scores.length > 0 ? Math.min(...scores) : null,
  };
}

/** The quarter (rounded up) of a round's requests with the highest scores, ties broken by id. */
function neediestQuartile(loaded: LoadedRound): string[] {
  const scores = priorityScores(loaded.round);
  const ranked = [...loaded.round.requests].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || compareStrings(a.id, b.id));
  return ranked.slice(0, Math.ceil(ranked.length / 4)).map((request) => request.id);
}

/** Counts per key, keys in code-unit order. */
function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort(compareStrings)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function figuresOf(scenario: SolvedScenario, neediest: readonly string[], referenceScores: ReadonlyMap<string, number>): ScenarioFigures {
  const { result, loaded } = scenario;
  const municipalities = indexBy(loaded.round.municipalities, (m) => m.nis);
  const assignments = result.assignments;
  const own = scoreFigures(assignments.map((a) => a.priority));
  // A request the reference round lacks has no reference score; it counts as served, not as need.
  const reference = scoreFigures(assignments.flatMap((a) => (referenceScores.has(a.request) ? [referenceScores.get(a.request)!] : [])));
  const served = new Set(assignments.map((a) => a.request));
  const known = new Set(loaded.round.requests.map((r) => r.id));
  const needy = neediest.filter((id) => known.has(id));
  return {
    name: scenario.name,
    status: result.status,
    priorityRule: loaded.round.priority,
    // The tie-break tier only makes the allocation unique; it means nothing to a reader.
    tiers: result.tiers.filter((t) => t.tier !== 'tie-break').map((t) => ({ tier: t.tier, value: t.value })),
    requests: loaded.round.requests.length,
    served: assignments.length,
    priority: result.objective.priority,
    budgetLimit: result.budget.limit,
    budgetUsed: result.budget.used,
    averagePriority: own.averagePriority,
    minimumPriority: own.minimumPriority,
    reference,
    neediestQuartileShare: needy.length > 0 ? roundTo(needy.filter((id) => served.has(id)).length / needy.length, 4) : null,
    averageDistanceKm: assignments.length > 0 ? roundTo(result.objective.distanceKm / assignments.length, 1) : null,
    byProvince: tally(assignments.map((a) => municipalities.get(a.municipality)?.province ?? a.municipality)),
    byDomain: tally(assignments.map((a) => a.domain)),
  };
}

/** What each request looks like in the first scenario that has it. */
function requestFacts(scenarios: readonly SolvedScenario[], referenceScores: ReadonlyMap<string, number>) {
  const facts = new Map<string, { municipality: string; municipalityName: string; province: string; domain: string; priority: number }>();
  for (const { loaded } of scenarios) {
    const municipalities = indexBy(loaded.round.municipalities, (m) => m.nis);
    const scores = priorityScores(loaded.round);
    for (const request of loaded.round.requests) {
      if (facts.has(request.id)) continue;
      const place = municipalities.get(request.municipality);
      facts.set(request.id, {
        municipality: request.municipality,
        municipalityName: place?.name ?? request.municipality,
        province: place?.province ?? '',
        domain: request.domain,
        priority: referenceScores.get(request.id) ?? scores.get(request.id) ?? 0,
      });
    }
  }
  return facts;
}

/**
 * Compares solved scenarios: figures side by side, the requests served in
 * some but not all (by descending priority, then id), and the requests whose
 * expert or period changed. Pure: same input, same comparison.
 */
export function compareResults(scenarios: readonly SolvedScenario[]): Comparison {
  const reference = needReference(scenarios);
  const neediest = reference ? neediestQuartile(reference.loaded) : [];
  const referenceScores = reference ? priorityScores(reference.loaded.round) : new Map<string, number>();
  const facts = requestFacts(scenarios, referenceScores);
  const trajectoryOf = scenarios.map(({ result }) => indexBy(result.assignments, (a) => a.request));
  const diff: ServedDifference[] = [];
  const changed: ChangedTrajectory[] = [];
  for (const [request, fact] of facts) {
    const servedIn = scenarios.filter((_, index) => trajectoryOf[index]!.has(request)).map((s) => s.name);
    if (servedIn.length > 0 && servedIn.length < scenarios.length) diff.push({ request, ...fact, servedIn });
    const trajectories = scenarios.flatMap((scenario, index) => {
      const assignment = trajectoryOf[index]!.get(request);
      return assignment ? [{ scenario: scenario.name, expert: assignment.expert, period: assignment.period }] : [];
    });
    const distinct = new Set(trajectories.map((t) => `${t.expert} ${t.period}`));
    if (distinct.size > 1) changed.push({ request, municipality: fact.municipality, trajectories });
  }
  diff.sort((a, b) => b.priority - a.priority || compareStrings(a.request, b.request));
  changed.sort((a, b) => compareStrings(a.request, b.request));
  return {
    scenarios: scenarios.map(({ name, file, result }) => ({ name, file, result })),
    figures: scenarios.map((scenario) => figuresOf(scenario, neediest, referenceScores)),
    needReference: reference?.name ?? '',
    referenceRule: reference ? rankingConfig(reference.loaded.round.priority).rule : '',
    sameRule: new Set(scenarios.map((scenario) => JSON.stringify(scenario.loaded.round.priority))).size <= 1,
    neediestQuartile: neediest,
    diff,
    changed,
  };
}
