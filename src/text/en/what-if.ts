/** The English words of the comparison, sweep and sensitivity reports. */
import { strong } from '../rich-text.js';
import type { WhatIfWords } from '../what-if-words.js';
import { EXPLAIN } from './explain.js';

const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;

/** The English words of the comparison, sweep and sensitivity reports. */
export const WHAT_IF: WhatIfWords = {
  compareTitle: 'Scenario comparison',
  scenarios: 'Scenarios',
  scenario: 'scenario',
  file: 'file',
  figure: 'figure',
  statusLabel: 'status',
  status: {
    optimal: 'proven optimal',
    time_limit: 'time limit (not proven optimal)',
    infeasible: 'infeasible',
    feasible: 'hand-matching, not optimised',
    breaks_rules: 'hand-matching, breaks rules',
  },
  tier: (name: string) => `criterion: ${EXPLAIN.tier[name] ?? name}`,
  requests: 'requests',
  served: 'served',
  priorityServed: 'priority served',
  budget: 'budget',
  budgetUsed: 'budget used',
  averagePriority: 'average priority served',
  minimumPriority: 'lowest priority served',
  neediestShare: 'neediest quartile served',
  averageDistance: 'average distance',
  perScenario: 'Requests and served per scenario',
  servedAxis: 'requests',
  perProvince: 'Served per province',
  perDomain: 'Served per domain',
  province: 'province',
  domain: 'domain',
  summary: 'Summary',
  neediestNote: (reference, count, rule) => [
    `The neediest quartile is the ${requests(count)} with the highest priority under `,
    strong(reference),
    ', the first scenario whose rule measures need.',
    ...(rule === undefined
      ? []
      : [
          ` The figures marked "reference rule" score the served requests of every scenario with its ${rule} rule, so they compare across scenarios.`,
        ]),
  ],
  ruleSpecificNote:
    'Each rule scores on its own scale, so the figures marked "own rule" (and each criterion) compare only between scenarios with the same rule:',
  referenceRule: (figure) => `${figure} (reference rule)`,
  ownRule: (figure) => `${figure} (own rule)`,
  differences: 'Requests served in some scenarios but not all',
  noDifferences: 'Every scenario serves the same requests.',
  request: 'request',
  municipality: 'municipality',
  priority: 'priority',
  changedTitle: 'Trajectories with another expert or period',
  noChanges: 'Every request served in several scenarios keeps its expert and period.',
  same: (a, b) => [strong(b), ' serves the same requests as ', strong(a), '.'],
  moreFewer: (b, delta, a) =>
    delta === 0
      ? [strong(b), ' serves as many requests as ', strong(a)]
      : [
          strong(b),
          ` serves ${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} ${Math.abs(delta) === 1 ? 'request' : 'requests'} than `,
          strong(a),
        ],
  byPlace: (parts: readonly string[]) => (parts.length > 0 ? `: ${parts.join(', ')}` : ''),
  placeDelta: (delta: number, place: string) => `${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} in ${place}`,
  priorityBudget: (priority: string, budget: string) => `Priority served changes by ${priority} and budget used by ${budget}.`,
  referencePriorityBudget: (priority, budget, reference) => [
    `Priority served, both scored with the rule of `,
    strong(reference),
    `, changes by ${priority}, and budget used by ${budget}; each scenario's own priority sums are on different scales and are not compared.`,
  ],
  gained: (ids: string) => `Served only under the second scenario: ${ids}.`,
  lost: (ids: string) => `Served only under the first scenario: ${ids}.`,
  and: 'and',
  none: '-',
  sweepScenario: (name) => ['scenario: ', strong(name)],
  sweepTitle: (key: string) => (key === 'budget' ? 'Budget curve' : `Sweep of ${key}`),
  value: 'value',
  step: 'step',
  marginal: 'Marginal value of each step',
  gainedRequests: 'newly served',
  lostRequests: 'no longer served',
  chartAlt: (key: string) => `Served requests, priority served and budget used for each value of ${key}.`,
  noChange: 'no change',
  sensitivityTitle: 'Sensitivity: what one more unit would add',
  sensitivityNote:
    'Each change is solved exactly on its own, everything else as in this round. An extra expert-period is one more half-time slot with the supplier, cost, reach and periods of the named expert, its cost added to the budget; so it has two rows: what that money alone buys, and what the slot itself adds beyond it. Where the slot is not used, its gain is the money alone: no reason to recruit in that domain.',
  change: 'change',
  moreBudget: (amount: string) => `${amount} more budget`,
  moreExpertPeriod: (domain: string, like: string) => `one more expert-period in ${domain} (like ${like})`,
  fundingAlone: (amount, domain, like) => `${amount} more budget alone, the cost of one more expert-period in ${domain} (like ${like})`,
  slotBeyondFunding: (domain, like) => `one more expert-period in ${domain} (like ${like}), beyond its cost`,
  slotUsed: 'extra slot used',
  yes: 'yes',
  no: 'no',
};
