/** The report's first screen in words: the round at a glance (result/round-outcome.ts), for the cabinet. */
import { isProvenBest } from '../result/decisions.js';
import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import type { RoundOutcome, WaitingCounts } from '../result/round-outcome.js';
import { joinList } from './explain-text.js';
import type { Lang } from './lang.js';
import { formatters } from './number-format.js';
import type { RichText } from './rich-text.js';
import { WORDS } from './words.js';

/** The grounds the drivers can name, most telling first when counts tie. */
const DRIVERS = ['budget', 'noExpert', 'expertsBusy', 'municipalityCap', 'policy'] as const;

/** The one or two grounds that keep the most requests out, as sentences. */
function driverTexts(waiting: WaitingCounts, unserved: number, lang: Lang): string[] {
  const words = WORDS[lang].summary.driver;
  const euro = formatters(lang).euro;
  return DRIVERS.filter((driver) => waiting[driver] > 0)
    .sort((a, b) => waiting[b] - waiting[a] || DRIVERS.indexOf(a) - DRIVERS.indexOf(b))
    .slice(0, 2)
    .map((driver) =>
      driver === 'budget'
        ? words.budget(waiting.budget, unserved, euro(waiting.budgetLeft), euro(waiting.cheapestWaiting ?? 0))
        : words[driver](waiting[driver], unserved),
    );
}

/** Names a request of a result with its municipality: "A028 (Sint-Truiden)"; an id the result does not know as it is. */
export function requestNamer(result: Pick<AllocationResult, 'round' | 'assignments' | 'unserved'>): (request: string) => string {
  const names = new Map(result.round.municipalities.map((m) => [m.nis, m.name]));
  const hostOf = new Map([...result.assignments, ...result.unserved].map((r) => [r.request, r.municipality]));
  return (request) => {
    const host = hostOf.get(request);
    return host === undefined ? request : `${request} (${names.get(host) ?? host})`;
  };
}

/** The method line: the rule and how far the allocation is proven. */
export function methodText(result: AllocationResult, lang: Lang): string {
  const words = WORDS[lang].summary;
  if (result.status === 'feasible' || result.status === 'breaks_rules') return words.methodHandMatching(result.status === 'feasible');
  const rule = words.ruleName[result.priority?.rule ?? 'score'] ?? result.priority?.rule ?? 'score';
  const gaps = result.tiers.map((tier) => tier.gap).filter((gap): gap is number => gap !== undefined && gap > 0);
  const status =
    result.status === 'infeasible'
      ? words.status.infeasible
      : result.priority?.rule === 'greedy'
        ? words.status.handMatching
        : isProvenBest(result)
          ? words.status.optimal
          : gaps.length > 0
            ? words.status.gap(formatters(lang).number(Math.max(...gaps) * 100, 2))
            : words.status.timeLimit;
  return words.method(rule, status);
}

/** The round at a glance: each line a sentence of computed facts. */
export function outcomeTexts(outcome: RoundOutcome, result: AllocationResult, lang: Lang): RichText[] {
  const words = WORDS[lang].summary;
  const format = formatters(lang);
  if (hasNoAllocation(result)) return [words.noAllocation];
  const share = (part: number, whole: number) => format.percent(whole > 0 ? part / whole : 0);
  const { budget, firstQuarter, waiting, budgetStep } = outcome;
  const unserved = outcome.requests - outcome.granted;
  const request = requestNamer(result);
  const named = (ids: readonly string[]) => joinList(ids.map(request), WORDS[lang].explain);
  return [
    words.granted(outcome.granted, outcome.requests, share(outcome.granted, outcome.requests)),
    words.budget(format.euro(budget.used), format.euro(budget.limit), share(budget.used, budget.limit), format.euro(budget.left)),
    ...(firstQuarter ? [words.firstQuarter[firstQuarter.measure](firstQuarter.requests, firstQuarter.granted)] : []),
    ...(outcome.provinces.length > 0
      ? [words.provinces(outcome.provinces.map((p) => words.province(p.name, p.granted, p.requested)).join(', '))]
      : []),
    ...driverTexts(waiting, unserved, lang),
    ...(budgetStep ? [words.budgetStep(format.euro(budgetStep.step), named(budgetStep.gained), named(budgetStep.lost))] : []),
  ];
}
