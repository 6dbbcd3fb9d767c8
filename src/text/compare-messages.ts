import { formatEuro, formatKm, formatNumber, LANGS, type Lang } from './number-format.js';

/** Languages of the comparison and sweep reports: the languages of every report. */
export const REPORT_LANGUAGES = LANGS;
export type ReportLanguage = Lang;

/** Number formatting per language, independent of the machine's locale data (reports stay byte-stable). */
export function formatters(lang: ReportLanguage) {
  const number = (value: number, digits = 2) => formatNumber(value, lang, digits);
  return {
    number,
    euro: (value: number) => formatEuro(value, lang),
    percent: (share: number) => `${number(share * 100, 1)} %`,
    signed: (value: number, digits = 2) => (value > 0 ? `+${number(value, digits)}` : number(value, digits)),
    km: (value: number) => formatKm(value, lang),
  };
}

/** The words of the comparison and sweep reports, in English and Dutch. */
export const MESSAGES = {
  en: {
    compareTitle: 'Scenario comparison',
    scenarios: 'Scenarios',
    scenario: 'scenario',
    file: 'file',
    figure: 'figure',
    statusLabel: 'status',
    status: { optimal: 'proven optimal', time_limit: 'time limit (not proven optimal)', infeasible: 'infeasible' },
    tier: (name: string) => `tier ${name}`,
    requests: 'requests',
    served: 'served',
    priorityServed: 'priority served',
    budget: 'budget',
    budgetUsed: 'budget used',
    averagePriority: 'average priority served',
    minimumPriority: 'lowest priority served',
    neediestShare: 'neediest quartile served',
    averageDistance: 'average distance',
    perProvince: 'Served per province',
    perDomain: 'Served per domain',
    province: 'province',
    domain: 'domain',
    summary: 'Summary',
    neediestNote: (reference: string, count: number) =>
      `The neediest quartile is the ${count} request(s) with the highest priority under **${reference}**, the first scenario whose rule measures need.`,
    differences: 'Requests served in some scenarios but not all',
    noDifferences: 'Every scenario serves the same requests.',
    request: 'request',
    municipality: 'municipality',
    priority: 'priority',
    changedTitle: 'Trajectories with another expert or period',
    noChanges: 'Every request served in several scenarios keeps its expert and period.',
    same: (a: string, b: string) => `**${b}** serves the same requests as **${a}**.`,
    moreFewer: (b: string, delta: number, a: string) =>
      delta === 0
        ? `**${b}** serves as many requests as **${a}**`
        : `**${b}** serves ${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} request(s) than **${a}**`,
    byPlace: (parts: readonly string[]) => (parts.length > 0 ? `: ${parts.join(', ')}` : ''),
    placeDelta: (delta: number, place: string) => `${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} in ${place}`,
    priorityBudget: (priority: string, budget: string) => `Priority served changes by ${priority} and budget used by ${budget}.`,
    budgetOnly: (budget: string) =>
      `Budget used changes by ${budget}; the two scenarios score priority with different rules, so their priority sums are not compared.`,
    gained: (ids: string) => `Served only under the second scenario: ${ids}.`,
    lost: (ids: string) => `Served only under the first scenario: ${ids}.`,
    and: 'and',
    none: '-',
    sweepTitle: (key: string) => `Sweep of ${key}`,
    value: 'value',
    step: 'step',
    marginal: 'Marginal value of each step',
    gainedRequests: 'newly served',
    lostRequests: 'no longer served',
    chartAlt: (key: string) => `Served requests, priority served and budget used for each value of ${key}.`,
    noChange: 'no change',
    sensitivityTitle: 'Sensitivity: what one more unit would add',
    sensitivityNote:
      'Each change is solved exactly on its own, everything else as in this round; an extra expert-period is one more half-time slot with the supplier, cost, reach and periods of the named expert, its cost added to the budget.',
    change: 'change',
    moreBudget: (amount: string) => `${amount} more budget`,
    moreExpertPeriod: (domain: string, like: string) => `one more expert-period in ${domain} (like ${like})`,
  },
  nl: {
    compareTitle: 'Vergelijking van scenario’s',
    scenarios: 'Scenario’s',
    scenario: 'scenario',
    file: 'bestand',
    figure: 'cijfer',
    statusLabel: 'status',
    status: { optimal: 'bewezen optimaal', time_limit: 'tijdslimiet (niet bewezen optimaal)', infeasible: 'onhaalbaar' },
    tier: (name: string) => `niveau ${name}`,
    requests: 'aanvragen',
    served: 'bediend',
    priorityServed: 'bediende prioriteit',
    budget: 'budget',
    budgetUsed: 'gebruikt budget',
    averagePriority: 'gemiddelde bediende prioriteit',
    minimumPriority: 'laagste bediende prioriteit',
    neediestShare: 'bediend uit het meest behoeftige kwart',
    averageDistance: 'gemiddelde afstand',
    perProvince: 'Bediend per provincie',
    perDomain: 'Bediend per domein',
    province: 'provincie',
    domain: 'domein',
    summary: 'Samenvatting',
    neediestNote: (reference: string, count: number) =>
      `Het meest behoeftige kwart zijn de ${count} aanvraag/aanvragen met de hoogste prioriteit in **${reference}**, het eerste scenario waarvan de regel behoefte meet.`,
    differences: 'Aanvragen die in sommige scenario’s bediend worden, maar niet in alle',
    noDifferences: 'Elk scenario bedient dezelfde aanvragen.',
    request: 'aanvraag',
    municipality: 'gemeente',
    priority: 'prioriteit',
    changedTitle: 'Trajecten met een andere expert of periode',
    noChanges: 'Elke aanvraag die in meerdere scenario’s bediend wordt, houdt haar expert en periode.',
    same: (a: string, b: string) => `**${b}** bedient dezelfde aanvragen als **${a}**.`,
    moreFewer: (b: string, delta: number, a: string) =>
      delta === 0
        ? `**${b}** bedient evenveel aanvragen als **${a}**`
        : `**${b}** bedient ${Math.abs(delta)} aanvraag/aanvragen ${delta > 0 ? 'meer' : 'minder'} dan **${a}**`,
    byPlace: (parts: readonly string[]) => (parts.length > 0 ? `: ${parts.join(', ')}` : ''),
    placeDelta: (delta: number, place: string) => `${Math.abs(delta)} ${delta > 0 ? 'meer' : 'minder'} in ${place}`,
    priorityBudget: (priority: string, budget: string) =>
      `De bediende prioriteit verandert met ${priority} en het gebruikte budget met ${budget}.`,
    budgetOnly: (budget: string) =>
      `Het gebruikte budget verandert met ${budget}; de twee scenario’s berekenen prioriteit met verschillende regels, dus hun prioriteitssommen worden niet vergeleken.`,
    gained: (ids: string) => `Enkel bediend in het tweede scenario: ${ids}.`,
    lost: (ids: string) => `Enkel bediend in het eerste scenario: ${ids}.`,
    and: 'en',
    none: '-',
    sweepTitle: (key: string) => `Reeks over ${key}`,
    value: 'waarde',
    step: 'stap',
    marginal: 'Wat elke stap oplevert',
    gainedRequests: 'nieuw bediend',
    lostRequests: 'niet langer bediend',
    chartAlt: (key: string) => `Bediende aanvragen, bediende prioriteit en gebruikt budget voor elke waarde van ${key}.`,
    noChange: 'geen verschil',
    sensitivityTitle: 'Gevoeligheid: wat één eenheid meer zou opleveren',
    sensitivityNote:
      'Elke wijziging wordt apart exact opgelost, al de rest zoals in deze ronde; een extra expertperiode is één halftijds slot meer met de leverancier, kost, reikwijdte en periodes van de genoemde expert, met die kost bij het budget geteld.',
    change: 'wijziging',
    moreBudget: (amount: string) => `${amount} meer budget`,
    moreExpertPeriod: (domain: string, like: string) => `één expertperiode meer in ${domain} (zoals ${like})`,
  },
} as const;

export type Messages = (typeof MESSAGES)[ReportLanguage];
