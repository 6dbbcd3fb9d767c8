/** The Dutch words of the decision letters (Flemish administrative usage, the glossary's words). */
import type { CalendarWords, LetterWords } from '../letter-words.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const trajectories = (n: number) => count(n, 'traject', 'trajecten');
const requests = (n: number) => count(n, 'aanvraag', 'aanvragen');

/** Dutch month names and dates: "1 maart 2022". */
export const CALENDAR: CalendarWords = {
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  date: (day, month, year) => `${day} ${month} ${year}`,
  period: (id, span) => `${id} (${span})`,
};

/** Granting it would make other requests give way that rank before it; the verb goes last in the relative clause. */
const giveWay = (n: number, who: string) =>
  n === 1
    ? `om deze aanvraag toe te kennen, had een andere aanvraag${who} moeten wijken.`
    : `om deze aanvraag toe te kennen, hadden ${n} andere aanvragen${who} moeten wijken.`;

/** Requests are granted in an order while there is room; beside the `n` granted before it (`before`: how they came first), none was left. */
const noRoomBeside = (order: string, n: number, before: string) =>
  `de aanvragen worden ${order} toegekend zolang er plaats is, en naast ${n === 1 ? `de aanvraag die ${before} en toegekend werd` : `de ${n} aanvragen die ${before} en toegekend werden`}, bleef er voor deze aanvraag geen plaats over.`;

/** The Dutch words of the decision letters. */
export const LETTERS: LetterWords = {
  defaultSender: 'De coördinatie van de uitwisseling van expertise',
  title: (round, municipality) => `Uitwisseling van expertise, ${round}: beslissing voor ${municipality}`,
  addressee: (municipality) => `Aan het college van burgemeester en schepenen van ${municipality}`,
  greeting: 'Geacht college,',
  asked: (n, granted) => {
    const lead = `Uw gemeente diende ${requests(n)} in voor de uitwisseling van expertise.`;
    if (granted === n) return `${lead} ${n === 1 ? 'Die aanvraag wordt toegekend.' : 'Ze worden alle toegekend.'}`;
    if (granted === 0)
      return `${lead} ${n === 1 ? 'Die aanvraag kan in deze ronde niet toegekend worden.' : 'Geen ervan kan in deze ronde toegekend worden.'}`;
    return `${lead} Daarvan ${granted === 1 ? 'wordt er 1' : `worden er ${granted}`} toegekend.`;
  },
  lends: (experts, total) =>
    total === 0
      ? `Uw gemeente bood ${count(experts, 'expert', 'experts')} aan om uit te lenen. In deze ronde ${experts === 1 ? 'krijgt die' : 'krijgen ze'} geen traject.`
      : `Uw gemeente leent ${count(experts, 'expert', 'experts')} uit. Hieronder leest u welke trajecten ${experts === 1 ? 'die expert opneemt' : 'ze opnemen'} en welke vergoeding uw gemeente ontvangt.`,
  section: { requests: 'Uw aanvragen', experts: 'Uw experts' },
  granted: (request, domain) => `Aanvraag ${request} (${domain}): toegekend.`,
  refused: (request, domain) => `Aanvraag ${request} (${domain}): niet toegekend.`,
  servedBy: (expert, supplier, period) => `U krijgt de expert ${expert} van ${supplier}, die in ${period} halftijds bij u werkt.`,
  reason: (count) => (count === 1 ? 'Reden:' : 'Redenen:'),
  ground: {
    noExpert: (domain) => `geen enkele expert biedt ${domain} aan binnen bereik van uw gemeente, in een periode die u aanvroeg.`,
    cancelled: 'uw gemeente heeft deze aanvraag ingetrokken.',
    ownExpert: (domain) =>
      `de experts die ${domain} aanbieden binnen bereik, in een periode die u aanvroeg, werken in uw eigen gemeente, en een expert wordt nooit aan de eigen gemeente uitgeleend.`,
    policy: (rules) =>
      `de experts die deze aanvraag konden opnemen, zijn er volgens de regels van deze ronde niet voor inzetbaar: ${rules}.`,
    policyRule: {
      excluded: 'de ronde sluit ze uit voor deze aanvraag',
      level: 'hun expertiseniveau ligt onder het vereiste minimum',
      'served-before': 'uw gemeente kreeg in een eerdere ronde al een traject',
      ongoing: 'ze zijn gebonden aan een lopend traject',
      withdrawn: 'ze zijn niet langer beschikbaar in de periodes die overbleven',
      frozen: 'de lopende periodes houden hun trajecten zoals ze zijn',
      cancelled: 'de aanvraag werd ingetrokken',
    },
    municipalityCap: (limit, held, ids) =>
      `elke gemeente krijgt in deze ronde hoogstens ${trajectories(limit)}, en uw gemeente krijgt er al ${held} (${held === 1 ? 'aanvraag' : 'aanvragen'} ${ids}).`,
    supplierCap: (limit) => `de gemeenten die een geschikte expert uitlenen, lenen al het maximum van ${trajectories(limit)} uit.`,
    provinceQuota: (province, limit) => `de provincie ${province} krijgt al het maximum van ${trajectories(limit)}.`,
    domainQuota: (domain, limit) => `het domein ${domain} krijgt al het maximum van ${trajectories(limit)}.`,
    pinsAndMinimums: 'de trajecten die vooraf vastlagen en de minimumaantallen van deze ronde laten geen ruimte voor deze aanvraag.',
    budget: (left, cheapest) =>
      `een geschikte expert is vrij, maar het resterende budget (${left}) volstaat niet voor een traject (vanaf ${cheapest}).`,
    overBudget: (cheapest) =>
      `een traject met een expert die deze aanvraag kon opnemen, kost minstens ${cheapest}, meer dan het hele budget.`,
    outranked: {
      score: (n) => giveWay(n, ' met een hogere prioriteit'),
      weighted: (n) => giveWay(n, ' met een hogere prioriteit'),
      tiers: (n) => giveWay(n, n === 1 ? ' die volgens de voorrangsregel voorgaat' : ' die volgens de voorrangsregel voorgaan'),
      'first-come': (n) => giveWay(n, n === 1 ? ' die eerder ingediend werd' : ' die eerder ingediend werden'),
      lottery: (n) => giveWay(n, n === 1 ? ' die bij de loting eerder getrokken werd' : ' die bij de loting eerder getrokken werden'),
    },
    displaces: (n) => giveWay(n, ''),
    order: {
      score: (n) => noRoomBeside('in volgorde van prioriteit', n, 'hoger gerangschikt'),
      weighted: (n) => noRoomBeside('in volgorde van prioriteit', n, 'hoger gerangschikt'),
      tiers: (n) => noRoomBeside('in de volgorde van de klassen', n, 'hoger gerangschikt'),
      'first-come': (n) => noRoomBeside('in de volgorde van indiening', n, 'eerder ingediend'),
      lottery: (n) => noRoomBeside('in de volgorde van de loting', n, 'bij de loting eerder getrokken'),
    },
    noRoom: 'deze aanvraag kreeg geen plaats in de toewijzing van deze ronde.',
  },
  expertTrajectories: (expert, n) => `${expert} neemt in deze ronde ${trajectories(n)} op:`,
  trajectory: (period, host, request, domain, cost) => `${period}: bij ${host} (aanvraag ${request}, ${domain}), vergoeding ${cost}.`,
  expertIdle: (expert, periods) => `${expert}, die in ${periods} beschikbaar is, krijgt in deze ronde geen traject.`,
  compensation: (amount, n) => `Uw gemeente ontvangt voor ${trajectories(n)} in totaal ${amount} als vergoeding.`,
  ruleName: {
    score: 'de prioriteit van elke aanvraag',
    weighted: 'een gewogen score van de indicatoren van de gemeenten',
    tiers: 'klassen van aanvragen',
    'first-come': 'de volgorde van indiening',
    lottery: 'een loting',
    greedy: 'toewijzing één voor één, in volgorde',
  },
  method: (rule, budget, best) =>
    `De aanvragen werden gerangschikt volgens de voorrangsregel van de ronde, ${rule}, en toegekend binnen het budget van ${budget}, met de experts die zich aanboden.${best ? ' Dit is de best mogelijke toewijzing volgens die regel (bewezen).' : ''}`,
  contact: (contact) => `Met vragen over deze beslissing kunt u terecht bij ${contact}.`,
  closing: 'Met vriendelijke groeten,',
  index: {
    title: (round) => `Beslissingsbrieven: ${round}`,
    intro: 'Eén beslissingsbrief voor elke gemeente die een aanvraag indiende of een expert uitleent.',
    column: {
      municipality: 'gemeente',
      province: 'provincie',
      requests: 'aanvragen',
      granted: 'toegekend',
      experts: 'experts uitgeleend',
      trajectories: 'trajecten uitgeleend',
      letter: 'brief',
      markdown: 'tekst (Markdown)',
    },
  },
};
