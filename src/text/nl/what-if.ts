/** The Dutch words of the comparison, sweep and sensitivity reports (Flemish usage). */
import { strong } from '../rich-text.js';
import type { WhatIfWords } from '../what-if-words.js';
import { EXPLAIN } from './explain.js';
import { ruleName } from './report.js';

/** The Dutch words of the comparison, sweep and sensitivity reports. */
export const WHAT_IF: WhatIfWords = {
  compareTitle: 'Vergelijking van scenario’s',
  scenarios: 'Scenario’s',
  scenario: 'scenario',
  file: 'bestand',
  figure: 'cijfer',
  statusLabel: 'status',
  status: {
    optimal: 'bewezen optimaal',
    time_limit: 'tijdslimiet (niet bewezen optimaal)',
    infeasible: 'onhaalbaar',
    feasible: 'één voor één, niet geoptimaliseerd',
    breaks_rules: 'één voor één, breekt regels',
  },
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
  neediestNote: (reference, count, rule) => [
    `Het meest behoeftige kwart ${count === 1 ? 'is de aanvraag' : `zijn de ${count} aanvragen`} met de hoogste prioriteit in `,
    strong(reference),
    ', het eerste scenario waarvan de regel behoefte meet.',
    ...(rule === undefined
      ? []
      : [
          ` De cijfers met "referentieregel" scoren de toegekende aanvragen van elk scenario met de voorrangsregel ${ruleName(rule)} van dat scenario, zodat ze over de scenario’s heen vergelijkbaar zijn.`,
        ]),
  ],
  ruleSpecificNote:
    'Elke voorrangsregel scoort op haar eigen schaal, dus de cijfers met "eigen regel" (en elk criterium) zijn alleen vergelijkbaar tussen scenario’s met dezelfde regel:',
  referenceRule: (figure) => `${figure} (referentieregel)`,
  ownRule: (figure) => `${figure} (eigen regel)`,
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
  referencePriorityBudget: (priority, budget, reference) => [
    'De toegekende prioriteit, in beide scenario’s gescoord met de regel van ',
    strong(reference),
    `, verandert met ${priority}, en het gebruikte budget met ${budget}; de eigen prioriteitssommen van de scenario’s staan op een verschillende schaal en worden niet vergeleken.`,
  ],
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
    'Elke wijziging wordt apart exact opgelost, al de rest zoals in deze ronde. Een extra expertperiode is één halftijds slot meer met de uitlenende gemeente, de kost, de reikwijdte en de periodes van de genoemde expert, met die kost bij het budget geteld; daarom heeft ze twee rijen: wat dat geld alleen oplevert, en wat het slot zelf daarbovenop toevoegt. Waar het slot niet gebruikt wordt, komt de winst van het geld alleen: geen reden om in dat domein te werven.',
  change: 'wijziging',
  moreBudget: (amount: string) => `${amount} meer budget`,
  fundingAlone: (amount, domain, like) => `alleen ${amount} meer budget, de kost van één expertperiode meer in ${domain} (zoals ${like})`,
  slotBeyondFunding: (domain, like) => `één expertperiode meer in ${domain} (zoals ${like}), bovenop de kost ervan`,
  slotUsed: 'extra slot gebruikt',
  yes: 'ja',
  no: 'nee',
  moreExpertPeriod: (domain: string, like: string) => `één expertperiode meer in ${domain} (zoals ${like})`,
};
