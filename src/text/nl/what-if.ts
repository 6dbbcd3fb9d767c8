/** The Dutch words of the comparison, sweep and sensitivity reports (Flemish usage). */
import { strong } from '../rich-text.js';
import type { WhatIfWords } from '../what-if-words.js';
import { EXPLAIN } from './explain.js';

/** The Dutch words of the comparison, sweep and sensitivity reports. */
export const WHAT_IF: WhatIfWords = {
  compareTitle: 'Vergelijking van scenario’s',
  scenarios: 'Scenario’s',
  scenario: 'scenario',
  file: 'bestand',
  figure: 'cijfer',
  statusLabel: 'status',
  status: { optimal: 'bewezen optimaal', time_limit: 'tijdslimiet (niet bewezen optimaal)', infeasible: 'onhaalbaar' },
  tier: (name: string) => `criterium ${EXPLAIN.tier[name] ?? name}`,
  requests: 'aanvragen',
  served: 'toegekend',
  priorityServed: 'toegekende prioriteit',
  budget: 'budget',
  budgetUsed: 'gebruikt budget',
  averagePriority: 'gemiddelde toegekende prioriteit',
  minimumPriority: 'laagste toegekende prioriteit',
  neediestShare: 'toegekend uit het meest behoeftige kwart',
  averageDistance: 'gemiddelde afstand',
  perScenario: 'Aanvragen en toegekend per scenario',
  servedAxis: 'aanvragen',
  perProvince: 'Toegekend per provincie',
  perDomain: 'Toegekend per domein',
  province: 'provincie',
  domain: 'domein',
  summary: 'Samenvatting',
  neediestNote: (reference, count) => [
    `Het meest behoeftige kwart ${count === 1 ? 'is de aanvraag' : `zijn de ${count} aanvragen`} met de hoogste prioriteit in `,
    strong(reference),
    ', het eerste scenario waarvan de regel behoefte meet.',
  ],
  differences: 'Aanvragen die in sommige scenario’s toegekend worden, maar niet in alle',
  noDifferences: 'Elk scenario kent dezelfde aanvragen toe.',
  request: 'aanvraag',
  municipality: 'gemeente',
  priority: 'prioriteit',
  changedTitle: 'Trajecten met een andere expert of periode',
  noChanges: 'Elke aanvraag die in meerdere scenario’s toegekend wordt, houdt haar expert en periode.',
  same: (a, b) => [strong(b), ' kent dezelfde aanvragen toe als ', strong(a), '.'],
  moreFewer: (b, delta, a) =>
    delta === 0
      ? [strong(b), ' kent evenveel aanvragen toe als ', strong(a)]
      : [
          strong(b),
          ` kent ${Math.abs(delta)} ${Math.abs(delta) === 1 ? 'aanvraag' : 'aanvragen'} ${delta > 0 ? 'meer' : 'minder'} toe dan `,
          strong(a),
        ],
  byPlace: (parts: readonly string[]) => (parts.length > 0 ? `: ${parts.join(', ')}` : ''),
  placeDelta: (delta: number, place: string) => `${Math.abs(delta)} ${delta > 0 ? 'meer' : 'minder'} in ${place}`,
  priorityBudget: (priority: string, budget: string) =>
    `De toegekende prioriteit verandert met ${priority} en het gebruikte budget met ${budget}.`,
  budgetOnly: (budget: string) =>
    `Het gebruikte budget verandert met ${budget}; de twee scenario’s berekenen prioriteit met verschillende regels, dus hun prioriteitssommen worden niet vergeleken.`,
  gained: (ids: string) => `Enkel toegekend in het tweede scenario: ${ids}.`,
  lost: (ids: string) => `Enkel toegekend in het eerste scenario: ${ids}.`,
  and: 'en',
  none: '-',
  sweepScenario: (name) => ['scenario: ', strong(name)],
  sweepTitle: (key: string) => (key === 'budget' ? 'Budgetcurve' : `Reeks: ${key}`),
  value: 'waarde',
  step: 'stap',
  marginal: 'Wat elke stap oplevert',
  gainedRequests: 'nieuw toegekend',
  lostRequests: 'niet langer toegekend',
  chartAlt: (key: string) => `Toegekende aanvragen, toegekende prioriteit en gebruikt budget voor elke waarde van ${key}.`,
  noChange: 'geen verschil',
  sensitivityTitle: 'Gevoeligheid: wat één eenheid meer zou opleveren',
  sensitivityNote:
    'Elke wijziging wordt apart exact opgelost, al de rest zoals in deze ronde; een extra expertperiode is één halftijds slot meer met de uitlenende gemeente, de kost, de reikwijdte en de periodes van de genoemde expert, met die kost bij het budget geteld.',
  change: 'wijziging',
  moreBudget: (amount: string) => `${amount} meer budget`,
  moreExpertPeriod: (domain: string, like: string) => `één expertperiode meer in ${domain} (zoals ${like})`,
};
