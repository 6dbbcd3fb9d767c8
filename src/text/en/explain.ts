/** The English words of explanations. */
import type { ExplainWords } from '../explain-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'trajectory' : 'trajectories'}`;

/** The English words of explanations. */
export const EXPLAIN: ExplainWords = {
  and: 'and',
  reasonLabel: {
    'no-eligible-expert': 'no-eligible-expert',
    outranked: 'outranked',
    budget: 'budget',
    quota: 'quota',
    cap: 'cap',
    excluded: 'excluded',
  },
  tier: {
    priority: 'summed priority',
    served: 'number served',
    distance: 'total distance (km)',
    expertise: 'summed expertise level',
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
  },
  policy: {
    excluded: 'excluded by the scenario',
    level: 'below the minimum level',
    'served-before': 'served in an earlier round',
    ongoing: 'committed to an ongoing trajectory',
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
    noEligible: (domain) => `No expert can serve it: no one offers ${domain} within reach in an accepted period.`,
    nearestMiss: (expert, failures) => `Nearest miss: ${expert}, who ${failures}.`,
    noExpertAtAll: 'The round has no experts.',
    excluded: (blocks) => `Every eligible expert is kept away by the scenario's policy: ${blocks}.`,
    municipalityCap: (place, limit, heldBy) => `${place} already receives its maximum of ${trajectories(limit)}: ${heldBy}.`,
    supplierCap: (limit, heldBy) => `The municipality of every eligible expert already lends its maximum of ${limit}: ${heldBy}.`,
    quota: (constraint, limit, heldBy) => `The quota ${constraint} (at most ${limit}) is full: ${heldBy}.`,
    pinsAndMinimums: "No allocation can serve it together with the scenario's pins and minimum quotas.",
    budget: (experts, cheapest, left) =>
      `An eligible expert is free (${experts}), but the cheapest costs ${cheapest} and only ${left} is left.`,
    displaces: (requests) => `Serving it would displace ${requests}`,
    displacesNobody: 'Serving it would displace no request',
    tierChange: (tier, from, to) => `the ${tier} would go from ${from} to ${to}`,
    bounded: (tier, from, lowest, highest) =>
      `Serving it would take the ${tier} from ${from} to between ${lowest} and ${highest} (proven bounds)`,
    tie: (tier, value) => `Serving it can keep the ${tier} at ${value}`,
    forExample: (requests) => `, for example by displacing ${requests}`,
    forExampleNobody: ', for example without displacing any request',
    laterCriteria: ': the later criteria decided',
    notProven: '(best allocation found within the time limit)',
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
    notProven: (expert, period) => `${expert} is free in ${period} and would do as well; the solve stopped at its time limit.`,
  },
  stability: {
    lead: (u, up, s, sp, expert, period) => `${u} (priority ${up}) ranks above ${s} (priority ${sp}), served by ${expert} in ${period}`,
    ineligible: (expert, failures) => `but ${expert} ${failures}.`,
    excluded: (expert, unserved, rule) => `but ${expert} is ${rule} for ${unserved}.`,
    constraint: (rules) => `but the swap would break ${rules}.`,
    worse: (change) => `but after the swap ${change}.`,
    unjustified: 'and the swap breaks no rule: the solve stopped at its time limit before finding it.',
  },
};
