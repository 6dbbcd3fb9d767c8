import type { PriorityConfig, Round } from './types.js';

/** A priority rule turns a round into a score per request id (higher is served first). */
export type PriorityRule = (round: Round) => ReadonlyMap<string, number>;

/** The `score` rule: the request's own `priority` column, 0 where it is empty. */
export const scoreRule: PriorityRule = (round) =>
  new Map(round.requests.map((request) => [request.id, request.priority ?? 0]));

const RULES: Readonly<Record<PriorityConfig['rule'], PriorityRule>> = {
  score: scoreRule,
};

/** Scores every request of the round with the scenario's rule. */
export function priorityScores(round: Round): ReadonlyMap<string, number> {
  return RULES[round.priority.rule](round);
}
