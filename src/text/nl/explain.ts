/** The Dutch words of explanations (Flemish usage). */
import type { ExplainWords } from '../explain-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'traject' : 'trajecten'}`;
/** The requests before it in the order that were served: "de aanvraag die ..." or "de 12 aanvragen die ...". */
const earlierGranted = (n: number) =>
  n === 1
    ? 'de aanvraag die in die volgorde eerder komt en toegekend werd'
    : `de ${n} aanvragen die in die volgorde eerder komen en toegekend werden`;

/** How every reason "no eligible expert" begins. */
const NO_EXPERT = 'Deze aanvraag kan aan geen enkele expert toegekend worden';

/** The Dutch words of explanations. */
export const EXPLAIN: ExplainWords = {
  and: 'en',
  reasonLabel: {
    'no-eligible-expert': 'geen geschikte expert',
    outranked: 'voorrang voor andere aanvragen',
    'not-optimised': 'niet geoptimaliseerd',
    budget: 'budget',
    quota: 'quotum',
    cap: 'maximum',
    excluded: 'uitgesloten',
    cancelled: 'ingetrokken',
  },
  tier: {
    priority: 'totale prioriteit',
    served: 'aantal toegekende aanvragen',
    distance: 'totale afstand (km)',
    expertise: 'totaal expertiseniveau',
    kept: 'aantal behouden toegezegde trajecten',
    moved: 'aantal verplaatste toegezegde aanvragen',
    'tie-break': 'vaste volgorde bij gelijkstand',
  },
  rule: {
    eligibility: 'de geschiktheid',
    'expert-period': 'één traject per expert per periode',
    'expert-max': 'het maximum aantal trajecten van de expert',
    'request-once': 'een aanvraag wordt één keer toegekend',
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
    'served-before': 'de regel over gemeenten die eerder een traject kregen',
    ongoing: 'een lopend traject',
    frozen: 'een traject van een bevroren periode',
    'frozen-period': 'een bevroren periode',
    withdrawn: 'de terugtrekking van een expert',
    cancelled: 'een ingetrokken aanvraag',
  },
  policy: {
    excluded: 'uitgesloten door het scenario',
    level: 'onder het minimumniveau',
    'served-before': 'uitgesloten omdat de gemeente in een eerdere ronde al een traject kreeg',
    ongoing: 'gebonden aan een lopend traject',
    cancelled: 'niet meer nodig: de aanvraag is ingetrokken',
    withdrawn: 'niet meer beschikbaar (teruggetrokken)',
    frozen: 'niet inzetbaar in een bevroren periode (lopend of voorbij)',
  },
  constraint: (name) =>
    name === 'maxPerMunicipality'
      ? 'het maximum per gemeente'
      : name === 'maxPerSupplier'
        ? 'het maximum per uitlenende gemeente'
        : `het quotum ${name}`,
  // Written to follow "die" (the verb last), as in "X008, die op 183,4 km woont".
  failure: {
    domain: (domain) => `${domain} niet aanbiedt`,
    ownMunicipality: 'in de aanvragende gemeente werkt',
    distance: (km, over, max) => `op ${km} woont, ${over} verder dan het maximum van ${max}`,
    period: (expert, request) => `in ${expert} beschikbaar is, terwijl de aanvraag ${request} aanvaardt`,
  },
  reason: {
    noOffer: (domain) => `${NO_EXPERT}: geen enkele expert van de ronde biedt ${domain} aan.`,
    ownMunicipality: (experts, count, place, domain) =>
      `${NO_EXPERT}: ${experts} ${count === 1 ? 'biedt' : 'bieden'} ${domain} aan binnen bereik in een aanvaarde periode, maar ${count === 1 ? 'werkt' : 'werken'} in ${place} zelf, en een expert wordt nooit in de eigen gemeente ingezet.`,
    noneOfOffering: (count, domain, others) =>
      others
        ? count === 1
          ? `Ook de enige andere expert die ${domain} aanbiedt, komt niet in aanmerking.`
          : `Ook geen van de ${count} andere experts die ${domain} aanbieden, komt in aanmerking.`
        : count === 1
          ? `${NO_EXPERT}: de enige expert die ${domain} aanbiedt, komt niet in aanmerking.`
          : `${NO_EXPERT}: geen van de ${count} experts die ${domain} aanbieden, komt in aanmerking.`,
    nearestMiss: (expert, failures) => `Het dichtst in de buurt: ${expert}, die ${failures}.`,
    noExpertAtAll: 'De ronde heeft geen experts.',
    cancelled: 'De gemeente trok deze aanvraag in (ingetrokken in de herziene toewijzing).',
    excluded: (blocks) => `Het beleid van het scenario houdt elke geschikte expert weg: ${blocks}.`,
    municipalityCap: (place, limit, heldBy) => `${place} krijgt al het maximum van ${trajectories(limit)}: ${heldBy}.`,
    supplierCap: (limit, heldBy) => `De gemeente van elke geschikte expert leent al het maximum van ${limit} uit: ${heldBy}.`,
    quota: (constraint, limit, heldBy) => `Het quotum ${constraint} (hoogstens ${limit}) is vol: ${heldBy}.`,
    pinsAndMinimums:
      'Geen enkele toewijzing kan deze aanvraag toekennen en tegelijk de vastgelegde trajecten en minimumquota van het scenario halen.',
    budget: (experts, cheapest, left) =>
      `Een geschikte expert is vrij (${experts}), maar de goedkoopste kost ${cheapest} en er blijft maar ${left} over.`,
    budgetWhole: (experts, cheapest, budget) =>
      `Zelfs de goedkoopste geschikte expert (${experts}) kost ${cheapest}, meer dan het hele budget van ${budget}.`,
    displaces: (requests) => `Deze aanvraag toekennen zou ${requests} verdringen`,
    displacesNobody: 'Deze aanvraag toekennen verdringt geen andere aanvraag',
    nobody: 'geen andere aanvraag',
    tierChange: (tier, from, to) => `de ${tier} zou van ${from} naar ${to} gaan`,
    bounded: (tier, from, lowest, highest) =>
      `Deze aanvraag toekennen zou de ${tier} van ${from} naar een waarde tussen ${lowest} en ${highest} brengen (bewezen grenzen)`,
    tie: (tier, value) => `Deze aanvraag toekennen kan de ${tier} op ${value} houden`,
    forExample: (requests) => `, bijvoorbeeld door ${requests} te verdringen`,
    forExampleNobody: ', bijvoorbeeld zonder een andere aanvraag te verdringen',
    laterCriteria: ': de volgende criteria gaven de doorslag',
    notProven: '(beste toewijzing gevonden binnen de tijdslimiet)',
    doesBetter: (displaced, change) =>
      `Een toewijzing die deze aanvraag toekent, doet het beter: ze zou ${displaced} verdringen, en ${change}; deze toewijzing is niet de best mogelijke.`,
    order: {
      rule: { 'first-come': 'volgorde van indiening', lottery: 'loting', score: 'prioriteit', weighted: 'gewogen score' },
      lead: (rule) => `De volgorde van de voorrangsregel (${rule}) beslist: `,
      count: (limit) =>
        `het budget betaalt hoogstens ${trajectories(limit)}, en ${limit === 1 ? 'dat gaat naar de aanvraag die' : `die gaan allemaal naar de ${limit} aanvragen die`} in die volgorde eerder ${limit === 1 ? 'komt en toegekend werd' : 'komen en toegekend werden'}.`,
      budget: (served, cost, budget) =>
        `de goedkoopste geschikte expert van deze aanvraag en die van ${earlierGranted(served)} kosten samen ${cost}, meer dan het budget van ${budget}.`,
      cap: (place, limit, heldBy) =>
        `${place} krijgt al het maximum van ${trajectories(limit)} met aanvragen die in die volgorde eerder komen: ${heldBy}.`,
      solve: (served) =>
        `geen enkele toewijzing kan deze aanvraag toekennen samen met ${earlierGranted(served)} (bewezen bij de berekening).`,
    },
    notRun:
      'De geschikte experts zijn bezet of buiten budget; er liep geen controleberekening om de aanvragen te noemen die zouden moeten wijken (`--explain full` maakt er een voor elke zulke aanvraag, binnen de tijdslimiet).',
  },
  alternative: {
    busy: (expert, slots) => `${expert} is bezet: ${slots}.`,
    slot: (request, period) => `${request} in ${period}`,
    atMax: (expert, limit, heldBy) => `${expert} doet al het maximum van ${trajectories(limit)}: ${heldBy}.`,
    excluded: (expert, rule) => `${expert} is ${rule}.`,
    constraint: (expert, period, rules) => `${expert} is vrij in ${period}, maar de wissel zou ${rules} schenden.`,
    worse: (expert, period, change) => `${expert} is vrij in ${period}, maar ${change}.`,
    notProven: (expert, period) =>
      `${expert} is vrij in ${period} en zou even goed of beter zijn: deze toewijzing is niet bewezen de best mogelijke (tijdslimiet of toewijzing één voor één).`,
  },
  stability: {
    lead: (u, up, s, sp, expert, period) =>
      `${u} (prioriteit ${up}) staat hoger dan ${s} (prioriteit ${sp}), toegekend met ${expert} in ${period}`,
    ineligible: (expert, failures) => `maar ${expert} is niet geschikt, omdat die ${failures}.`,
    excluded: (expert, unserved, rule) => `maar ${expert} is ${rule} voor ${unserved}.`,
    constraint: (rules) => `maar de wissel zou ${rules} schenden.`,
    worse: (change) => `maar na de wissel: ${change}.`,
    unjustified:
      'en de wissel schendt geen regel: deze toewijzing is niet bewezen de best mogelijke (tijdslimiet of toewijzing één voor één).',
  },
};
