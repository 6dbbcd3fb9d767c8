import { compareStrings } from './index-by.js';
import { servedBefore } from './policy.js';
import { classifyRequests } from './priority-tiers.js';
import { strictOrder } from './priority-order.js';
import { median, roundScore, weightedScores } from './priority-weighted.js';
import { RuleInputError } from './rule-input-error.js';
import type { GreedyConfig, PriorityConfig, Round, ScoreConfig, ScoreRuleConfig } from './types.js';

/**
 * The `score` rule: the request's own `priority` column. An empty one is an
 * error unless `missing` says what it means: `worst` counts it as 0, the
 * lowest score; `median` as the median of the priorities written.
 */
function scoreRule(round: Round, config: ScoreRuleConfig, field: string): Map<string, number> {
  const policy = config.missing ?? 'error';
  const written = round.requests.flatMap((request) => (request.priority !== undefined ? [request.priority] : []));
  const missing = round.requests.find((request) => request.priority === undefined);
  if (missing !== undefined && (policy === 'error' || (policy === 'median' && written.length === 0))) {
    throw new RuleInputError(
      { csv: 'requests', column: 'priority', request: missing.id },
      { id: 'rule-missing-value', indicator: 'priority', request: missing.id, field, missing: `${field}.missing` },
    );
  }
  const fill = policy === 'median' && written.length > 0 ? median(written) : 0;
  return new Map(round.requests.map((request) => [request.id, request.priority ?? fill]));
}

/** A rule that decides the allocation's priority (greedy resolved to its `order`). */
export type RankingConfig = Exclude<PriorityConfig, GreedyConfig>;

/** How the round's rule ranks its requests. */
export interface PriorityRanking {
  readonly config: RankingConfig;
  /** Score per request id: the objective's priority tier maximises their sum. */
  readonly scores: ReadonlyMap<string, number>;
  /** `tiers`: class names in priority order and each request's class. */
  readonly classes?: { readonly names: readonly string[]; readonly of: ReadonlyMap<string, string> };
  /** `first-come`, `lottery`, and `score` or `weighted` with `order: strict`: the strict order, first served first. */
  readonly strict?: readonly string[];
  /** Every request id in rule order: what greedy follows and the result lists. */
  readonly order: readonly string[];
}

/** The rule that ranks: greedy's `order` (default `score`), or the rule itself. */
export function rankingConfig(config: PriorityConfig): RankingConfig {
  return config.rule === 'greedy' ? (config.order ?? { rule: 'score' }) : config;
}

function scoreOf(round: Round, config: ScoreConfig, field: string): Map<string, number> {
  return config.rule === 'weighted' ? weightedScores(round, config, field) : scoreRule(round, config, field);
}

/**
 * Ranks the round's requests under its priority rule. History under
 * `servedBefore: penalise` multiplies the score of municipalities served
 * before by the factor; under a strict order they move behind the others.
 */
export function rankRequests(round: Round): PriorityRanking {
  const config = rankingConfig(round.priority);
  // Greedy's settings sit under priority.order; every other rule's under priority.
  const field = round.priority.rule === 'greedy' ? 'priority.order' : 'priority';
  const penalised = round.history?.servedBefore === 'penalise' ? servedBefore(round) : new Set<string>();
  const factor = round.history?.factor ?? 1;
  const municipalityOf = new Map(round.requests.map((request) => [request.id, request.municipality]));
  const penalise = (scores: Map<string, number>) =>
    new Map([...scores].map(([id, score]) => [id, penalised.has(municipalityOf.get(id)!) ? roundScore(score * factor) : score]));
  const byScore = (scores: ReadonlyMap<string, number>, classRank: (id: string) => number = () => 0) =>
    round.requests
      .map((request) => request.id)
      .sort((a, b) => classRank(a) - classRank(b) || scores.get(b)! - scores.get(a)! || compareStrings(a, b));

  switch (config.rule) {
    case 'score':
    case 'weighted': {
      const scores = penalise(scoreOf(round, config, field));
      const order = byScore(scores);
      // `order: strict`: the score order itself is the strict order, ties by request id.
      return { config, scores, order, ...(config.order === 'strict' ? { strict: order } : {}) };
    }
    case 'tiers': {
      const classes = classifyRequests(round, config);
      const within = config.within ? scoreOf(round, config.within, `${field}.within`) : new Map(round.requests.map((r) => [r.id, 1]));
      const scores = penalise(within);
      const rank = (id: string) => classes.names.indexOf(classes.of.get(id)!);
      return { config, scores, classes, order: byScore(scores, rank) };
    }
    case 'first-come':
    case 'lottery': {
      const drawn = strictOrder(round, config);
      const strict = [
        ...drawn.filter((id) => !penalised.has(municipalityOf.get(id)!)),
        ...drawn.filter((id) => penalised.has(municipalityOf.get(id)!)),
      ];
      // Reported scores: the first request gets n, the last 1. The solver uses the order itself, not these.
      const scores = new Map(strict.map((id, index) => [id, strict.length - index]));
      return { config, scores, strict, order: strict };
    }
  }
}

/** Scores every request of the round with the scenario's rule. */
export function priorityScores(round: Round): ReadonlyMap<string, number> {
  return rankRequests(round).scores;
}
