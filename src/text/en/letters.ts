/** The English words of the decision letters (plain words, the glossary's). */
import type { CalendarWords, LetterWords } from '../letter-words.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const trajectories = (n: number) => count(n, 'trajectory', 'trajectories');
const requests = (n: number) => count(n, 'request', 'requests');

/** English month names and dates: "1 March 2022". */
export const CALENDAR: CalendarWords = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  date: (day, month, year) => `${day} ${month} ${year}`,
  period: (id, span) => `${id} (${span})`,
};

/** Granting it would make other requests give way that rank before it (`who`: how they rank). */
const giveWay = (n: number, who: string) =>
  n === 1
    ? `granting this request would have meant another request${who} giving way.`
    : `granting this request would have meant ${n} other requests${who} giving way.`;

/** Requests are granted in an order while there is room; beside the `n` granted before it (`who`), none was left. */
const noRoomBeside = (order: string, n: number, who: string) =>
  `requests are granted ${order} as long as there is room, and beside the ${n === 1 ? `request ${who} that was granted` : `${n} requests ${who} that were granted`}, no room was left for this request.`;

/** The English words of the decision letters. */
export const LETTERS: LetterWords = {
  defaultSender: 'The coordination of the expert exchange',
  title: (round, municipality) => `Expert exchange, ${round}: decision for ${municipality}`,
  addressee: (municipality) => `To the mayor and aldermen of ${municipality}`,
  greeting: 'Dear mayor and aldermen,',
  asked: (n, granted) => {
    const lead = `Your municipality submitted ${requests(n)} to the expert exchange.`;
    if (granted === n) return `${lead} ${n === 1 ? 'It is granted.' : 'All of them are granted.'}`;
    if (granted === 0) return `${lead} ${n === 1 ? 'It cannot be granted in this round.' : 'None of them can be granted in this round.'}`;
    return `${lead} ${granted} of them ${granted === 1 ? 'is' : 'are'} granted.`;
  },
  lends: (experts, total) =>
    total === 0
      ? `Your municipality offered ${count(experts, 'expert', 'experts')} for lending. In this round ${experts === 1 ? 'the expert has' : 'they have'} no trajectory.`
      : `Your municipality lends ${count(experts, 'expert', 'experts')}. Below you find the trajectories ${experts === 1 ? 'the expert takes' : 'they take'} on and the compensation your municipality receives.`,
  section: { requests: 'Your requests', experts: 'Your experts' },
  granted: (request, domain) => `Request ${request} (${domain}): granted.`,
  refused: (request, domain) => `Request ${request} (${domain}): not granted.`,
  servedBy: (expert, supplier, period) => `You receive the expert ${expert} from ${supplier}, who works half-time with you in ${period}.`,
  reason: (n) => (n === 1 ? 'Reason:' : 'Reasons:'),
  ground: {
    noExpert: (domain) => `no expert offers ${domain} within reach of your municipality, in a period you asked for.`,
    cancelled: 'your municipality withdrew this request.',
    ownExpert: (domain) =>
      `the experts who offer ${domain} within reach, in a period you asked for, work in your own municipality, and an expert is never lent to their own municipality.`,
    policy: (rules) => `the experts who could take this request on cannot be deployed for it under the rules of this round: ${rules}.`,
    policyRule: {
      excluded: 'the round excludes them from this request',
      level: 'their level of expertise is below the minimum required',
      'served-before': 'your municipality received a trajectory in an earlier round',
      ongoing: 'they are bound to an ongoing trajectory',
      withdrawn: 'they are no longer available in the periods that were left',
      frozen: 'the periods under way keep their trajectories as they are',
      cancelled: 'the request was withdrawn',
    },
    municipalityCap: (limit, held, ids) =>
      `each municipality receives at most ${trajectories(limit)} in this round, and your municipality already receives ${held} (${held === 1 ? 'request' : 'requests'} ${ids}).`,
    supplierCap: (limit) => `the municipalities that lend an eligible expert already lend their maximum of ${trajectories(limit)}.`,
    provinceQuota: (province, limit) => `the province of ${province} already receives its maximum of ${trajectories(limit)}.`,
    domainQuota: (domain, limit) => `the domain ${domain} already receives its maximum of ${trajectories(limit)}.`,
    pinsAndMinimums: 'the trajectories agreed in advance and the minimums of this round leave no room for this request.',
    budget: (left, cheapest) =>
      `an eligible expert is free, but the budget left (${left}) does not pay for a trajectory (from ${cheapest}).`,
    overBudget: (cheapest) =>
      `a trajectory with an expert who could take this request on costs at least ${cheapest}, more than the whole budget.`,
    outranked: {
      score: (n) => giveWay(n, ' with a higher priority'),
      weighted: (n) => giveWay(n, ' with a higher priority'),
      tiers: (n) => giveWay(n, ' that the priority rule puts first'),
      'first-come': (n) => giveWay(n, ' submitted earlier'),
      lottery: (n) => giveWay(n, ' drawn earlier in the lottery'),
    },
    displaces: (n) => giveWay(n, ''),
    order: {
      score: (n) => noRoomBeside('in order of priority', n, 'ranked before it'),
      weighted: (n) => noRoomBeside('in order of priority', n, 'ranked before it'),
      tiers: (n) => noRoomBeside('in the order of the classes', n, 'ranked before it'),
      'first-come': (n) => noRoomBeside('in the order of submission', n, 'submitted earlier'),
      lottery: (n) => noRoomBeside('in the order drawn by lot', n, 'drawn earlier'),
    },
    noRoom: 'this request found no place in the allocation of this round.',
  },
  expertTrajectories: (expert, n) => `${expert} takes on ${trajectories(n)} in this round:`,
  trajectory: (period, host, request, domain, cost) => `${period}: with ${host} (request ${request}, ${domain}), compensation ${cost}.`,
  expertIdle: (expert, periods) => `${expert}, available in ${periods}, has no trajectory in this round.`,
  compensation: (amount, n) => `Your municipality receives ${amount} in compensation for ${trajectories(n)}.`,
  ruleName: {
    score: 'the priority of each request',
    weighted: "a weighted score of the municipalities' indicators",
    tiers: 'classes of requests',
    'first-come': 'the order of submission',
    lottery: 'a lottery',
    greedy: 'hand matching in order',
  },
  method: (rule, budget, best) =>
    `The requests were ranked by the round's priority rule, ${rule}, and granted within the budget of ${budget}, with the experts on offer.${best ? ' This is the best possible allocation under that rule (proven).' : ''}`,
  contact: (contact) => `For questions about this decision, please contact ${contact}.`,
  closing: 'Yours sincerely,',
  index: {
    title: (round) => `Decision letters: ${round}`,
    intro: 'One decision letter for every municipality that submitted a request or lends an expert.',
    column: {
      municipality: 'municipality',
      province: 'province',
      requests: 'requests',
      granted: 'granted',
      experts: 'experts lent',
      trajectories: 'trajectories lent',
      letter: 'letter',
      markdown: 'text (Markdown)',
    },
  },
};
