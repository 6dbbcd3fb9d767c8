/** The English words of the report's first screen: the round at a glance. */
import type { SummaryWords } from '../letter-words.js';

const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');
const ofUnserved = (n: number, unserved: number) => `${n} of the ${requests(unserved)} not granted`;

/** How the first quarter in the rule's order fared, by what the rule ranks on. */
const FIRST_QUARTER = {
  score: (n: number, granted: number) =>
    `${granted} of the ${n} neediest requests ${isAre(granted)} granted (the quarter with the highest priority in requests.csv).`,
  weighted: (n: number, granted: number) =>
    `${granted} of the ${n} neediest requests ${isAre(granted)} granted (the quarter with the highest weighted score of their municipality's indicators).`,
  tiers: (n: number, granted: number) =>
    `${granted} of the ${n} neediest requests ${isAre(granted)} granted (the quarter the priority rule's classes, and the score within a class, put first).`,
  'first-come': (n: number, granted: number) =>
    `The rule ranks by time of submission, not by need: ${granted} of the first ${n} requests submitted (a quarter) ${isAre(granted)} granted.`,
  lottery: (n: number, granted: number) =>
    `The rule ranks by a lottery, not by need: ${granted} of the first ${n} requests drawn (a quarter) ${isAre(granted)} granted.`,
} as const;

/** The English words of the round at a glance. */
export const SUMMARY: SummaryWords = {
  title: 'At a glance',
  ruleName: {
    score: 'score',
    weighted: 'weighted score',
    tiers: 'classes',
    'first-come': 'first come',
    lottery: 'lottery',
    greedy: 'hand matching in order',
  },
  granted: (granted, total, percent) => `${granted} of the ${requests(total)} are granted (${percent}).`,
  budget: (used, limit, percent, left) => `The allocation uses ${used} of the ${limit} budget (${percent}); ${left} is left.`,
  noAllocation: 'No request is granted: there is no allocation (see below why).',
  firstQuarter: FIRST_QUARTER,
  provinces: (parts) => `Per province, granted of requested: ${parts}.`,
  province: (name, granted, requested) => `${name} ${granted} of ${requested}`,
  driver: {
    budget: (n, unserved, left, cheapest) =>
      `The budget limits the round: for ${ofUnserved(n, unserved)}, an eligible expert is free, but the ${left} left pays for no trajectory (the cheapest costs ${cheapest}).`,
    noExpert: (n, unserved) => `For ${ofUnserved(n, unserved)}, no expert offers the domain within reach in a period they accept.`,
    municipalityCap: (n, unserved) =>
      `${ofUnserved(n, unserved).replace(/^./, (c) => c.toUpperCase())} come from a municipality that already receives its maximum of trajectories.`,
    expertsBusy: (n, unserved) =>
      `For ${ofUnserved(n, unserved)}, every expert in reach is busy: granting them would make requests that rank higher give way (each confirmed by a what-if check).`,
    policy: (n, unserved) => `For ${ofUnserved(n, unserved)}, a maximum, a minimum or an exclusion of the scenario keeps them out.`,
  },
  budgetStep: (step, gained, lost) =>
    gained === ''
      ? `A what-if check with ${step} more budget grants no further request.`
      : lost === ''
        ? `A what-if check with ${step} more budget also grants ${gained}.`
        : `A what-if check with ${step} more budget grants ${gained} instead of ${lost}.`,
  method: (rule, status) =>
    `Method: the priority rule is ${rule}; the allocation is computed exactly as an integer program (${status}) and re-checked by an independent checker.`,
  methodHandMatching: (keepsRules) =>
    `Method: hand matching in order, requests one by one, each given the best expert still free; not optimised (the optimiser's proven values are shown beside it); ${keepsRules ? 'it keeps every rule of the round' : 'it breaks rules of the round, listed below'}; re-checked by an independent checker.`,
  status: {
    optimal: 'proven optimal: the best possible under the rule',
    gap: (percent) => `stopped at the time limit, within ${percent} % of the best possible`,
    timeLimit: 'stopped at the time limit, not proven optimal',
    handMatching: "the hand matching itself, not optimised; the optimiser's gain over it is shown below",
    infeasible: 'infeasible: no allocation meets every constraint',
  },
};
