import { compareStrings } from './index-by.js';
import { RuleInputError } from './rule-input-error.js';
import { seededShuffle } from './seeded-random.js';
import type { Round, StrictOrderConfig } from './types.js';

/**
 * `first-come`: by `submitted_at` (as an instant, so time zones compare
 * correctly), ties by request id. Every request needs a `submitted_at`.
 */
export function firstComeOrder(round: Round): string[] {
  const missing = round.requests.find((request) => request.submittedAt === undefined);
  if (missing) {
    throw new RuleInputError(
      { csv: 'requests', column: 'submitted_at', request: missing.id },
      { id: 'rule-missing-submitted-at', request: missing.id },
    );
  }
  const instant = (text: string | undefined) => Date.parse(text ?? '');
  return [...round.requests]
    .sort((a, b) => instant(a.submittedAt) - instant(b.submittedAt) || compareStrings(a.id, b.id))
    .map((request) => request.id);
}

/** `lottery`: the request ids in id order, shuffled with the scenario's seed. */
export function lotteryOrder(round: Round, seed: number): string[] {
  return seededShuffle(round.requests.map((request) => request.id).sort(compareStrings), seed);
}

/** The strict order of a strict-order rule, first served first. */
export function strictOrder(round: Round, config: StrictOrderConfig): string[] {
  return config.rule === 'first-come' ? firstComeOrder(round) : lotteryOrder(round, config.seed);
}
