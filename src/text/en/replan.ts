/** The English words of a revised allocation. */
import type { ReplanWords } from '../replan-words.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The English words of a revised allocation. */
export const REPLAN: ReplanWords = {
  section: {
    replan: 'Revised allocation',
    changes: 'What changed',
    moved: 'Moved',
    dropped: 'Dropped',
    added: 'Added',
    kept: 'Kept as promised',
  },
  summary: (kept, frozen, moved, dropped, added) =>
    `Of the promised trajectories, ${kept} ${kept === 1 ? 'is kept as it was' : 'are kept as they were'} (${frozen} in frozen periods), ${moved} moved to another expert or period and ${dropped} dropped; ${added === 0 ? 'no trajectory is' : count(added, 'trajectory is', 'trajectories are')} added.`,
  change: {
    frozen: (periods) => `Frozen (under way or over): ${periods}; their trajectories stay as they are.`,
    withdraw: (expert, from) => `Expert ${expert} is not available from ${from} on.`,
    cancel: (request) => `Request ${request} was cancelled by its municipality.`,
    budget: (amount) => `The budget is now ${amount}.`,
    objective: (tiers) => `Criteria, in order: ${tiers}.`,
    none: 'Nothing changed: the promised allocation is revised as it stands.',
  },
  nothing: 'None.',
  frozenMark: 'frozen',
  column: {
    request: 'request',
    municipality: 'municipality',
    promised: 'promised',
    now: 'now',
    trajectory: 'trajectory',
    reason: 'reason',
  },
  trajectory: (expert, period) => `${expert} in ${period}`,
  reason: {
    withdrawn: (expert, from) => `expert ${expert} is not available from ${from} on`,
    cancelled: 'the municipality withdrew the request',
    notAllowed: (obstacle) => `the current data no longer allows it: ${obstacle}`,
    budgetCut: (budget, previous, cost) =>
      `the budget was cut from ${previous} to ${budget}, and keeping it beside the trajectories kept would cost ${cost}`,
    budget: (budget, cost) => `the budget of ${budget} does not pay for it beside the trajectories kept (that would cost ${cost})`,
    rules: (rules) => `keeping it beside the trajectories kept would break ${rules}`,
    displaced: (by) => `displaced by ${by}, of higher priority: the objective ranks priority before keeping promises`,
  },
  obstacle: {
    unknown: {
      expert: 'the expert is no longer in experts.csv',
      request: 'the request is no longer in requests.csv',
      period: 'the period is no longer a period of the round',
      municipality: 'a municipality is no longer in municipalities.csv',
    },
    ineligible: (expert, failures) => `expert ${expert} ${failures}`,
  },
};
