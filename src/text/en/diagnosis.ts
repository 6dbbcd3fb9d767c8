/** The English words of diagnosis, shortfalls, broken rules and policy blocks. */
import type { DiagnosisWords } from '../diagnosis-words.js';

/** `1 request`, `2 requests`: a count with its noun in the right number. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const trajectories = (n: number) => count(n, 'trajectory', 'trajectories');
const where = (trajectory: string) => `${trajectory}:`;

/** The English words of diagnosis, shortfalls, broken rules and policy blocks. */
export const DIAGNOSIS: DiagnosisWords = {
  pin: (pin) => `pin ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''}`,
  minSetting: (name, min) => `${name} min ${min}`,
  diagnosis: {
    quotaUnreachable: (name, min, reachable, eligible, maxPerMunicipality) =>
      `${name} min ${min}, but only ${count(reachable, 'eligible request')} can be served${
        reachable < eligible
          ? ` (${count(eligible, 'eligible request')}, at most ${reachable} with maxPerMunicipality ${maxPerMunicipality})`
          : ''
      }. Lower the min to ${reachable}, or add experts or requests in ${name}.`,
    quotaOverBudget: (name, min, n) =>
      `${name} min ${min}, but the budget pays at most ${trajectories(n)}. Lower the min or raise the budget.`,
    quotasOverBudget: (kind, total, n) =>
      `the ${kind} mins add up to ${total}, but the budget pays at most ${trajectories(n)}. Lower the mins or raise the budget.`,
    pinImpossible: (pin, obstacle) => `${pin} cannot be kept: ${obstacle}. Remove or change the pin.`,
    pinsClash: (pins, clash) => `${pins.join(' and ')} conflict: ${clash}. Drop one of them.`,
    pinsOverBudget: (cost, budget) => `the pins cost ${cost} together, more than the budget of ${budget}. Raise the budget or drop a pin.`,
    settingConflicts: (setting) =>
      `${setting} cannot be met together with the other settings; without it the round is feasible. Drop or lower it.`,
    settingsConflict: (settings) =>
      `no allocation meets ${settings.join(', ')} at once, and dropping any single one is not enough. Lower several of them.`,
  },
  obstacle: {
    ineligible: (failures) => `the expert is not eligible for the request (${failures.join(', ')})`,
    noCommonPeriod: (period, common) => `they share no period${period ? ` ${period}` : ''} (common: ${common.join(', ')})`,
    noPeriodLeft: 'no period is left',
  },
  failure: { domain: 'domain', 'own-municipality': 'own-municipality', distance: 'distance', period: 'period' },
  clash: {
    requestOnce: (request) => `request ${request} is served at most once`,
    expertPeriod: (expert, period) => `expert ${expert} does one trajectory per period (${period})`,
    expertMax: (expert, limit, n) => `expert ${expert} does at most ${limit}, these pins ask ${n}`,
    municipalityCap: (municipality, limit, n) =>
      `municipality ${municipality} receives at most ${limit} (maxPerMunicipality), these pins give it ${n}`,
    supplierCap: (supplier, limit, n) => `supplier ${supplier} provides at most ${limit} (maxPerSupplier), these pins take ${n}`,
  },
  block: {
    excludedFromMunicipality: (expert, municipality) => `the scenario excludes expert ${expert} from municipality ${municipality}`,
    excludedFromRequest: (expert, request) => `the scenario excludes expert ${expert} from request ${request}`,
    level: (expert, level, domain, required) => `expert ${expert} has level ${level} in ${domain}; the scenario requires ${required}`,
    servedBefore: (municipality) => `municipality ${municipality} was served in an earlier round and history.servedBefore is "exclude"`,
    ongoing: (expert, period) => `expert ${expert} is committed to an ongoing trajectory in ${period}`,
    cancelled: (request) => `the municipality withdrew request ${request}`,
    withdrawn: (expert, from) => `expert ${expert} is not available from ${from} on`,
    frozen: (period) => `period ${period} is under way or over (frozen)`,
  },
  violation: {
    unknown: (t, what) => `trajectory ${t.expert} -> ${t.request}: unknown ${what}`,
    municipalityMissing: (t) => `${where(t)} municipality missing`,
    roundPeriod: (t, period) => `${where(t)} ${period} is not a period of the round`,
    domain: (t, domain) => `${where(t)} expert does not offer ${domain}`,
    ownMunicipality: (t) => `${where(t)} expert would help its own municipality`,
    expertPeriod: (t, period) => `${where(t)} expert is not available in ${period}`,
    requestPeriod: (t, period) => `${where(t)} request does not accept ${period}`,
    distance: (t, km, maxKm) => `${where(t)} ${km} is beyond the expert's ${maxKm}`,
    slotTwice: (expert, period) => `${expert} has more than one trajectory in ${period}`,
    expertMax: (expert, limit) => `${expert} has more than ${trajectories(limit)}`,
    requestOnce: (request) => `request ${request} is served more than once`,
    municipalityCap: (municipality, limit) => `municipality ${municipality} receives more than ${trajectories(limit)}`,
    budget: (cost, budget) => `cost ${cost} exceeds the budget of ${budget}`,
    supplierCap: (supplier, n, limit) => `supplier ${supplier} provides ${trajectories(n)}, more than ${limit}`,
    quota: (name, n, bound, limit) =>
      `${name} receives ${trajectories(n)}, ${bound === 'min' ? `fewer than its min ${limit}` : `more than its max ${limit}`}`,
    pinMissing: (pin) => `pinned trajectory ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''} is missing`,
    excluded: (t) => `${where(t)} the scenario excludes this expert here`,
    minLevel: (t, level, domain, required) => `${where(t)} level ${level} in ${domain}, below the required ${required}`,
    servedBefore: (t, municipality) => `${where(t)} municipality ${municipality} was served before and is excluded`,
    ongoing: (t) => `${where(t)} the expert is committed to an ongoing trajectory then`,
    frozen: (t) => `${where(t)} this trajectory of a frozen period is missing or changed; it must stay as it was`,
    frozenPeriod: (t, period) => `${where(t)} ${period} is frozen: no other trajectory happens in it`,
    withdrawn: (t, from) => `${where(t)} the expert is not available from ${from} on`,
    cancelled: (t) => `${where(t)} the request was cancelled`,
  },
  shortfall: {
    domain: (domain, demand, supply) =>
      `${domain}: ${count(demand, 'request')} but ${count(supply, 'expert-period')} on offer, so at least ${demand - supply} cannot be served.`,
    period: (domain, period, demand, supply) =>
      `${domain} in ${period}: ${count(demand, 'request')} ${demand === 1 ? 'accepts' : 'accept'} only ${period} but ${supply === 1 ? '1 expert is' : `${supply} experts are`} free then.`,
  },
};
