/** The English words of explanations. */
import type { ExplainWords } from '../explain-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'trajectory' : 'trajectories'}`;
/** "request that was served" or "12 requests that were served". */
const servedRequests = (n: number) => (n === 1 ? 'request that was served' : `${n} requests that were served`);

/** The English words of explanations. */
export const EXPLAIN: ExplainWords = {
  and: 'and',
  reasonLabel: {
    'no-eligible-expert': 'no-eligible-expert',
    outranked: 'outranked',
    'not-optimised': 'not optimised',
    budget: 'budget',
    quota: 'quota',
    cap: 'cap',
    excluded: 'excluded',
    cancelled: 'cancelled',
  },
  tier: {
    priority: 'summed priority',
    served: 'number served',
    distance: 'total distance (km)',
    expertise: 'summed expertise level',
    kept: 'number of promised trajectories kept',
    moved: 'number of promised requests moved',
    'tie-break': 'tie-break order',
  },
  rule: {
    eligibility: 'eligibility',
    'expert-period': 'one trajectory per expert per period',
    'expert-max': "the expert's maximum of trajectories",
    'request-once': 'a request is served once',
    'municipality-cap': 'the maximum per municipality',
    budget: 'the budget',
    'unknown-id': 'unknown id',
    'scenario-constraint': 'a quota, cap or pin of the scenario',
    'supplier-cap': 'the maximum per supplier',
    'province-quota': 'a province quota',
    'domain-quota': 'a domain quota',
    pin: 'a pinned trajectory',
    excluded: 'an exclusion of the scenario',
    'min-level': 'the minimum expertise level',
    'served-before': 'the rule on municipalities served before',
    ongoing: 'an ongoing trajectory',
    frozen: 'a trajectory of a frozen period',
    'frozen-period': 'a frozen period',
    withdrawn: "an expert's withdrawal",
    cancelled: 'a cancelled request',
  },
  policy: {
    excluded: 'excluded by the scenario',
    level: 'below the minimum level',
    'served-before': 'served in an earlier round',
    ongoing: 'committed to an ongoing trajectory',
    cancelled: 'not asked for: the request was cancelled',
    withdrawn: 'no longer available (withdrawn)',
    frozen: 'kept out by a frozen period (under way or over)',
  },
  constraint: (name) =>
    name === 'maxPerMunicipality'
      ? 'the maximum per municipality'
      : name === 'maxPerSupplier'
        ? 'the maximum per supplier'
        : `the quota ${name}`,
  failure: {
    domain: (domain) => `does not offer ${domain}`,
    ownMunicipality: 'works in the requesting municipality',
    distance: (km, over, max) => `is ${km} away, ${over} beyond its maximum of ${max}`,
    period: (expert, request) => `is available in ${expert} while the request accepts ${request}`,
  },
  reason: {
    noOffer: (domain) => `No expert can serve it: no expert of the round offers ${domain}.`,
    ownMunicipality: (experts, count, place, domain) =>
      `No expert can serve it: ${experts} ${count === 1 ? 'offers' : 'offer'} ${domain} within reach in an accepted period, but ${count === 1 ? 'works' : 'work'} in ${place} itself, and an expert never serves their own municipality.`,
    noneOfOffering: (count, domain, others) =>
      others
        ? count === 1
          ? `The only other expert who offers ${domain} cannot serve it either.`
          : `None of the ${count} other experts who offer ${domain} can serve it either.`
        : count === 1
          ? `No expert can serve it: the only expert who offers ${domain} is not eligible.`
          : `No expert can serve it: none of the ${count} experts who offer ${domain} is eligible.`,
    nearestMiss: (expert, failures) => `Nearest miss: ${expert}, who ${failures}.`,
    noExpertAtAll: 'The round has no experts.',
    cancelled: 'The municipality withdrew this request (cancelled in the revised allocation).',
    excluded: (blocks) => `Every eligible expert is kept away by the scenario's policy: ${blocks}.`,
    municipalityCap: (place, limit, heldBy) => `${place} already receives its maximum of ${trajectories(limit)}: ${heldBy}.`,
    supplierCap: (limit, heldBy) => `The municipality of every eligible expert already lends its maximum of ${limit}: ${heldBy}.`,
    quota: (constraint, limit, heldBy) => `The quota ${constraint} (at most ${limit}) is full: ${heldBy}.`,
    pinsAndMinimums: "No allocation can serve it together with the scenario's pins and minimum quotas.",
    budget: (experts, cheapest, left) =>
      `An eligible expert is free (${experts}), but the cheapest costs ${cheapest} and only ${left} is left.`,
    budgetWhole: (experts, cheapest, budget) =>
      `Even its cheapest eligible expert (${experts}) costs ${cheapest}, more than the whole budget of ${budget}.`,
    displaces: (requests) => `Serving it would displace ${requests}`,
    displacesNobody: 'Serving it would displace no request',
    nobody: 'no request',
    tierChange: (tier, from, to) => `the ${tier} would go from ${from} to ${to}`,
    bounded: (tier, from, lowest, highest) =>
      `Serving it would take the ${tier} from ${from} to between ${lowest} and ${highest} (proven bounds)`,
    tie: (tier, value) => `Serving it can keep the ${tier} at ${value}`,
    forExample: (requests) => `, for example by displacing ${requests}`,
    forExampleNobody: ', for example without displacing any request',
    laterCriteria: ': the later criteria decided',
    notProven: '(best allocation found within the time limit)',
    doesBetter: (displaced, change) =>
      `An allocation that serves it does better: it would displace ${displaced}, and ${change}; this allocation is not the best possible.`,
    order: {
      rule: { 'first-come': 'first come', lottery: 'lottery', score: 'priority', weighted: 'weighted score' },
      lead: (rule) => `The rule's order (${rule}) decides: `,
      count: (limit) =>
        `the budget pays at most ${trajectories(limit)}, and the ${limit === 1 ? 'request' : `${limit} requests`} before it in that order that ${limit === 1 ? 'was' : 'were'} served take${limit === 1 ? 's' : ''} ${limit === 1 ? 'it' : 'them all'}.`,
      budget: (served, cost, budget) =>
        `its cheapest eligible expert and those of the ${servedRequests(served)} before it in that order cost ${cost} together, more than the budget of ${budget}.`,
      cap: (place, limit, heldBy) =>
        `${place} already receives its maximum of ${trajectories(limit)} with requests before it in that order: ${heldBy}.`,
      solve: (served) =>
        `no allocation serves it together with the ${servedRequests(served)} before it in that order (proven by the solver).`,
    },
    notRun:
      'Its eligible experts are taken or out of reach of the budget; no counterfactual solve ran to name the requests serving it would displace (`--explain full` runs one for every such request, within the time limit).',
  },
  alternative: {
    busy: (expert, slots) => `${expert} is busy: ${slots}.`,
    slot: (request, period) => `${request} in ${period}`,
    atMax: (expert, limit, heldBy) => `${expert} already does its maximum of ${trajectories(limit)}: ${heldBy}.`,
    excluded: (expert, rule) => `${expert} is ${rule}.`,
    constraint: (expert, period, rules) => `${expert} is free in ${period}, but the swap would break ${rules}.`,
    worse: (expert, period, change) => `${expert} is free in ${period}, but ${change}.`,
    notProven: (expert, period) =>
      `${expert} is free in ${period} and would do as well or better: this allocation is not proven the best possible (time limit or hand-matching).`,
  },
  stability: {
    lead: (u, up, s, sp, expert, period) => `${u} (priority ${up}) ranks above ${s} (priority ${sp}), served by ${expert} in ${period}`,
    ineligible: (expert, failures) => `but ${expert} ${failures}.`,
    excluded: (expert, unserved, rule) => `but ${expert} is ${rule} for ${unserved}.`,
    constraint: (rules) => `but the swap would break ${rules}.`,
    worse: (change) => `but after the swap ${change}.`,
    unjustified: 'and the swap breaks no rule: this allocation is not proven the best possible (time limit or hand-matching).',
  },
};
