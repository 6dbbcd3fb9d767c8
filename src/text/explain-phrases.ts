/**
 * The words of every explanation, in English and Dutch: the one table the
 * explanation sentences are made of. Report labels (src/report/messages.ts)
 * build on it; no sentence is written anywhere else.
 */
import type { Lang } from './number-format.js';

/** The words one language needs for explanations. */
export interface ExplainPhrases {
  readonly and: string;
  readonly tier: Readonly<Record<string, string>>;
  readonly rule: Readonly<Record<string, string>>;
  readonly policy: Readonly<Record<string, string>>;
  readonly constraint: (name: string) => string;
  readonly failure: {
    readonly domain: (domain: string) => string;
    readonly ownMunicipality: string;
    readonly distance: (km: string, overKm: string, maxKm: string) => string;
    readonly period: (expertPeriods: string, requestPeriods: string) => string;
  };
  readonly reason: {
    readonly noEligible: (domain: string) => string;
    readonly nearestMiss: (expert: string, failures: string) => string;
    readonly noExpertAtAll: string;
    readonly excluded: (blocks: string) => string;
    readonly municipalityCap: (place: string, limit: number, heldBy: string) => string;
    readonly supplierCap: (limit: number, heldBy: string) => string;
    readonly quota: (constraint: string, limit: string, heldBy: string) => string;
    readonly pinsAndMinimums: string;
    readonly budget: (experts: string, cheapest: string, left: string) => string;
    readonly displaces: (requests: string) => string;
    readonly displacesNobody: string;
    readonly tierChange: (tier: string, from: string, to: string) => string;
    readonly notProven: string;
    readonly notRun: string;
  };
  readonly alternative: {
    readonly busy: (expert: string, slots: string) => string;
    readonly slot: (request: string, period: string) => string;
    readonly atMax: (expert: string, limit: number, heldBy: string) => string;
    readonly excluded: (expert: string, rule: string) => string;
    readonly constraint: (expert: string, period: string, rules: string) => string;
    readonly worse: (expert: string, period: string, change: string) => string;
    readonly notProven: (expert: string, period: string) => string;
  };
  readonly stability: {
    readonly lead: (
      unserved: string,
      unservedPriority: string,
      served: string,
      servedPriority: string,
      expert: string,
      period: string,
    ) => string;
    readonly ineligible: (expert: string, failures: string) => string;
    readonly excluded: (expert: string, unserved: string, rule: string) => string;
    readonly constraint: (rules: string) => string;
    readonly worse: (change: string) => string;
    readonly unjustified: string;
  };
}

const EN: ExplainPhrases = {
  and: 'and',
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
    municipalityCap: (place, limit, heldBy) => `${place} already receives its maximum of ${limit} trajectory(ies): ${heldBy}.`,
    supplierCap: (limit, heldBy) => `The municipality of every eligible expert already lends its maximum of ${limit}: ${heldBy}.`,
    quota: (constraint, limit, heldBy) => `The quota ${constraint} (at most ${limit}) is full: ${heldBy}.`,
    pinsAndMinimums: "No allocation can serve it together with the scenario's pins and minimum quotas.",
    budget: (experts, cheapest, left) =>
      `An eligible expert is free (${experts}), but the cheapest costs ${cheapest} and only ${left} is left.`,
    displaces: (requests) => `Serving it would displace ${requests}`,
    displacesNobody: 'Serving it would displace no request',
    tierChange: (tier, from, to) => `the ${tier} would go from ${from} to ${to}`,
    notProven: '(best allocation found within the time limit)',
    notRun:
      'Its eligible experts are taken or out of reach of the budget; no counterfactual solve ran to name the requests serving it would displace (`--explain full` runs one for every such request, within the time limit).',
  },
  alternative: {
    busy: (expert, slots) => `${expert} is busy: ${slots}.`,
    slot: (request, period) => `${request} in ${period}`,
    atMax: (expert, limit, heldBy) => `${expert} already does its maximum of ${limit} trajectory(ies): ${heldBy}.`,
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

const NL: ExplainPhrases = {
  and: 'en',
  tier: {
    priority: 'totale prioriteit',
    served: 'aantal bediende aanvragen',
    distance: 'totale afstand (km)',
    expertise: 'totaal expertiseniveau',
    'tie-break': 'vaste volgorde bij gelijkstand',
  },
  rule: {
    eligibility: 'de geschiktheid',
    'expert-period': 'één traject per expert per periode',
    'expert-max': 'het maximum aantal trajecten van de expert',
    'request-once': 'een aanvraag wordt één keer bediend',
    'municipality-cap': 'het maximum per gemeente',
    budget: 'het budget',
    'unknown-id': 'onbekende id',
    'scenario-constraint': 'een quotum, maximum of vastgelegd traject van het scenario',
    'supplier-cap': 'het maximum per uitlenende gemeente',
    'province-quota': 'een provinciequotum',
    'domain-quota': 'een domeinquotum',
    pin: 'een vastgelegd traject',
    excluded: 'een uitsluiting van het scenario',
    'min-level': 'het minimale expertiseniveau',
    'served-before': 'de regel over eerder bediende gemeenten',
    ongoing: 'een lopend traject',
  },
  policy: {
    excluded: 'uitgesloten door het scenario',
    level: 'onder het minimumniveau',
    'served-before': 'in een eerdere ronde bediend',
    ongoing: 'gebonden aan een lopend traject',
  },
  constraint: (name) =>
    name === 'maxPerMunicipality'
      ? 'het maximum per gemeente'
      : name === 'maxPerSupplier'
        ? 'het maximum per uitlenende gemeente'
        : `het quotum ${name}`,
  failure: {
    domain: (domain) => `biedt ${domain} niet aan`,
    ownMunicipality: 'werkt in de aanvragende gemeente',
    distance: (km, over, max) => `zit op ${km}, ${over} verder dan het maximum van ${max}`,
    period: (expert, request) => `is beschikbaar in ${expert}, terwijl de aanvraag ${request} aanvaardt`,
  },
  reason: {
    noEligible: (domain) =>
      `Geen enkele expert kan deze aanvraag bedienen: niemand biedt ${domain} aan binnen bereik in een aanvaarde periode.`,
    nearestMiss: (expert, failures) => `Het dichtst in de buurt: ${expert}, die ${failures}.`,
    noExpertAtAll: 'De ronde heeft geen experts.',
    excluded: (blocks) => `Het beleid van het scenario houdt elke geschikte expert weg: ${blocks}.`,
    municipalityCap: (place, limit, heldBy) => `${place} krijgt al het maximum van ${limit} traject(en): ${heldBy}.`,
    supplierCap: (limit, heldBy) => `De gemeente van elke geschikte expert leent al het maximum van ${limit} uit: ${heldBy}.`,
    quota: (constraint, limit, heldBy) => `Het quotum ${constraint} (hoogstens ${limit}) is vol: ${heldBy}.`,
    pinsAndMinimums:
      'Geen enkele toewijzing kan deze aanvraag bedienen samen met de vastgelegde trajecten en minimumquota van het scenario.',
    budget: (experts, cheapest, left) =>
      `Een geschikte expert is vrij (${experts}), maar de goedkoopste kost ${cheapest} en er blijft maar ${left} over.`,
    displaces: (requests) => `Deze aanvraag bedienen zou ${requests} verdringen`,
    displacesNobody: 'Deze aanvraag bedienen verdringt geen andere aanvraag',
    tierChange: (tier, from, to) => `de ${tier} zou van ${from} naar ${to} gaan`,
    notProven: '(beste toewijzing gevonden binnen de tijdslimiet)',
    notRun:
      'De geschikte experts zijn bezet of buiten budget; er liep geen tegenfeitelijke berekening om de aanvragen te noemen die zouden moeten wijken (`--explain full` berekent er een voor elke zulke aanvraag, binnen de tijdslimiet).',
  },
  alternative: {
    busy: (expert, slots) => `${expert} is bezet: ${slots}.`,
    slot: (request, period) => `${request} in ${period}`,
    atMax: (expert, limit, heldBy) => `${expert} doet al het maximum van ${limit} traject(en): ${heldBy}.`,
    excluded: (expert, rule) => `${expert} is ${rule}.`,
    constraint: (expert, period, rules) => `${expert} is vrij in ${period}, maar de wissel zou ${rules} schenden.`,
    worse: (expert, period, change) => `${expert} is vrij in ${period}, maar ${change}.`,
    notProven: (expert, period) => `${expert} is vrij in ${period} en zou even goed zijn; de berekening stopte aan de tijdslimiet.`,
  },
  stability: {
    lead: (u, up, s, sp, expert, period) =>
      `${u} (prioriteit ${up}) staat hoger dan ${s} (prioriteit ${sp}), bediend door ${expert} in ${period}`,
    ineligible: (expert, failures) => `maar ${expert} ${failures}.`,
    excluded: (expert, unserved, rule) => `maar ${expert} is ${rule} voor ${unserved}.`,
    constraint: (rules) => `maar de wissel zou ${rules} schenden.`,
    worse: (change) => `maar na de wissel: ${change}.`,
    unjustified: 'en de wissel schendt geen regel: de berekening stopte aan de tijdslimiet voor ze gevonden werd.',
  },
};

/** The explanation words of a language. */
export const EXPLAIN_PHRASES: Readonly<Record<Lang, ExplainPhrases>> = { en: EN, nl: NL };
