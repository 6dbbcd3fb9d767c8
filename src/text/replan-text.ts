/**
 * Sentences of a revised allocation: why a promised trajectory was not kept,
 * why the data no longer allows one, and the changes applied.
 */
import type { TrajectoryObstacle } from '../domain/trajectory-obstacle.js';
import type { Trajectory } from '../domain/types.js';
import type { ReplanChanges, ReplanReason } from '../result/replan.js';
import { policyBlockText } from './diagnosis-text.js';
import { failuresText, joinList } from './explain-text.js';
import type { Lang } from './lang.js';
import { formatEuro } from './number-format.js';
import { WORDS } from './words.js';

/** Why the current data no longer allows `trajectory`, as a clause. */
export function obstacleText(obstacle: TrajectoryObstacle, trajectory: Trajectory, lang: Lang): string {
  const words = WORDS[lang].replan.obstacle;
  switch (obstacle.code) {
    case 'unknown':
      return words.unknown[obstacle.unknown];
    case 'ineligible':
      return words.ineligible(trajectory.expert, failuresText(obstacle.failures, lang));
    case 'policy':
      return policyBlockText(obstacle.block, lang);
  }
}

/** Why a promised trajectory was moved or dropped, as a clause. */
function replanReasonText(reason: ReplanReason, trajectory: Trajectory, lang: Lang): string {
  const words = WORDS[lang].replan.reason;
  const explain = WORDS[lang].explain;
  switch (reason.code) {
    case 'withdrawn':
      return words.withdrawn(reason.expert, reason.from);
    case 'cancelled':
      return words.cancelled;
    case 'not-allowed':
      return words.notAllowed(obstacleText(reason.obstacle, trajectory, lang));
    case 'budget':
      return reason.budget < reason.previousBudget
        ? words.budgetCut(formatEuro(reason.budget, lang), formatEuro(reason.previousBudget, lang), formatEuro(reason.cost, lang))
        : words.budget(formatEuro(reason.budget, lang), formatEuro(reason.cost, lang));
    case 'rules':
      return words.rules(
        joinList(
          reason.rules.map((rule) => explain.rule[rule] ?? rule),
          explain,
        ),
      );
    case 'displaced':
      return words.displaced(
        joinList(
          reason.by.map((d) => d.request),
          explain,
        ),
      );
  }
}

/** Why a promised trajectory was moved or dropped, as a sentence (result.json's message, a report's cell). */
export function replanReasonSentence(reason: ReplanReason, trajectory: Trajectory, lang: Lang): string {
  const clause = replanReasonText(reason, trajectory, lang);
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

/** The changes a revised allocation applied, one sentence each; the objective last. */
export function changesText(changes: ReplanChanges, lang: Lang): string[] {
  const words = WORDS[lang].replan.change;
  const explain = WORDS[lang].explain;
  const sentences = [
    ...(changes.frozen.length > 0 ? [words.frozen(joinList(changes.frozen, explain))] : []),
    ...changes.withdraw.map((withdrawal) => words.withdraw(withdrawal.expert, withdrawal.from)),
    ...changes.cancel.map((cancel) => words.cancel(cancel.request)),
    ...(changes.budget !== undefined ? [words.budget(formatEuro(changes.budget, lang))] : []),
  ];
  if (sentences.length === 0) sentences.push(words.none);
  sentences.push(
    words.objective(
      joinList(
        changes.objective.map((tier) => explain.tier[tier] ?? tier),
        explain,
      ),
    ),
  );
  return sentences;
}
