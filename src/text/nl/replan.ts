/** The Dutch words of a revised allocation (herziene toewijzing). */
import type { ReplanWords } from '../replan-words.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The Dutch words of a revised allocation. */
export const REPLAN: ReplanWords = {
  section: {
    replan: 'Herziene toewijzing',
    changes: 'Wat er veranderde',
    moved: 'Verplaatst',
    dropped: 'Vervallen',
    added: 'Nieuw toegekend',
    kept: 'Behouden zoals toegezegd',
  },
  summary: (kept, frozen, moved, dropped, added) =>
    `Van de toegezegde trajecten ${kept === 1 ? 'blijft er 1' : `blijven er ${kept}`} zoals ${kept === 1 ? 'het was' : 'ze waren'} (${frozen} in bevroren periodes), ${moved === 1 ? 'wordt er 1' : `worden er ${moved}`} verplaatst naar een andere expert of periode en ${dropped === 1 ? 'vervalt er 1' : `vervallen er ${dropped}`}; ${added === 0 ? 'er wordt geen traject' : count(added, 'traject wordt', 'trajecten worden')} nieuw toegekend.`,
  change: {
    frozen: (periods) => `Bevroren (lopend of voorbij): ${periods}; de trajecten daarin blijven zoals ze zijn.`,
    withdraw: (expert, from) => `Expert ${expert} is vanaf ${from} niet meer beschikbaar.`,
    cancel: (request) => `Aanvraag ${request} is ingetrokken door de gemeente.`,
    budget: (amount) => `Het budget is nu ${amount}.`,
    objective: (tiers) => `Criteria, in volgorde: ${tiers}.`,
    none: 'Er veranderde niets: de toegezegde toewijzing wordt herzien zoals ze is.',
  },
  nothing: 'Geen.',
  frozenMark: 'bevroren',
  column: {
    request: 'aanvraag',
    municipality: 'gemeente',
    promised: 'toegezegd',
    now: 'nu',
    trajectory: 'traject',
    reason: 'reden',
  },
  trajectory: (expert, period) => `${expert} in ${period}`,
  reason: {
    withdrawn: (expert, from) => `expert ${expert} is vanaf ${from} niet meer beschikbaar`,
    cancelled: 'de gemeente trok de aanvraag in',
    notAllowed: (obstacle) => `de huidige gegevens laten het niet meer toe: ${obstacle}`,
    budgetCut: (budget, previous, cost) =>
      `het budget werd verlaagd van ${previous} naar ${budget}, en het naast de behouden trajecten houden zou ${cost} kosten`,
    budget: (budget, cost) => `het budget van ${budget} betaalt het niet naast de behouden trajecten (dat zou ${cost} kosten)`,
    rules: (rules) => `het naast de behouden trajecten houden zou ${rules} schenden`,
    displaced: (by) => `verdrongen door ${by}, met een hogere prioriteit: het criterium prioriteit gaat voor het behouden van toezeggingen`,
  },
  obstacle: {
    unknown: {
      expert: 'de expert staat niet meer in experts.csv',
      request: 'de aanvraag staat niet meer in requests.csv',
      period: 'de periode is geen periode van de ronde meer',
      municipality: 'een gemeente staat niet meer in municipalities.csv',
    },
    ineligible: (expert, failures) => `expert ${expert} is niet meer geschikt, omdat die ${failures}`,
  },
};
