/**
 * Every label of the reports, in Dutch and English: the one message table
 * the Markdown and HTML templates read. Explanation sentences come from the
 * analysis layer's phrase table (explain-phrases.ts), which this table sits on.
 */
import type { AllocationResult } from '../analysis/result.js';
import type { Lang } from '../analysis/number-format.js';

export type { Lang } from '../analysis/number-format.js';

/** All labels of one language. */
export interface ReportMessages {
  readonly status: Readonly<Record<AllocationResult['status'], string>>;
  readonly statusLabel: string;
  readonly provenOptimal: string;
  readonly gap: (percent: string) => string;
  readonly section: {
    readonly summary: string;
    readonly allocation: string;
    readonly period: (period: string) => string;
    readonly unserved: string;
    readonly choices: string;
    readonly stability: string;
    readonly demandSupply: string;
    readonly perDomain: string;
    readonly perProvince: string;
    readonly run: string;
    readonly map: string;
    readonly timeline: string;
    readonly budgetUse: string;
    readonly servedByProvince: string;
    readonly servedByDomain: string;
  };
  readonly figure: {
    readonly requests: string;
    readonly served: string;
    readonly unserved: string;
    readonly priority: string;
    readonly distance: string;
    readonly budget: string;
    readonly budgetUsed: string;
    readonly budgetLeft: string;
    readonly optimality: string;
  };
  readonly column: {
    readonly figure: string;
    readonly value: string;
    readonly expert: string;
    readonly from: string;
    readonly request: string;
    readonly to: string;
    readonly domain: string;
    readonly priority: string;
    readonly distance: string;
    readonly cost: string;
    readonly period: string;
    readonly municipality: string;
    readonly reasons: string;
    readonly alternatives: string;
    readonly unservedRequest: string;
    readonly servedRequest: string;
    readonly justification: string;
    readonly province: string;
    readonly requested: string;
    readonly served: string;
    readonly unserved: string;
    readonly noEligible: string;
    readonly experts: string;
    readonly expertPeriods: string;
    readonly lent: string;
    readonly item: string;
  };
  readonly run: {
    readonly tool: string;
    readonly engine: string;
    readonly scenario: string;
    readonly input: (file: string) => string;
    readonly seed: string;
    readonly noSeed: string;
    readonly tier: (tier: string) => string;
    readonly tierValue: (value: string, status: string, bound: string, gap: string) => string;
    readonly modelLabel: string;
    readonly model: (variables: number, constraints: number) => string;
    readonly timeLimit: string;
    readonly wallTime: string;
    readonly wallTimeValue: (solve: string, explain: string, solves: number) => string;
  };
  readonly text: {
    readonly noTrajectories: string;
    readonly everyoneServed: string;
    readonly noAlternatives: string;
    readonly stable: string;
    readonly stabilityIntro: string;
    readonly recruit: (domains: string, provinces: string) => string;
    readonly recruitNone: string;
    readonly unavailable: string;
    readonly free: string;
    readonly generatedBy: (version: string) => string;
    readonly sortHint: string;
  };
  readonly explain: {
    readonly served: (request: string, place: string, domain: string, priority: string, expert: string, supplier: string, period: string) => string;
    readonly unserved: (request: string, place: string, domain: string, priority: string) => string;
    readonly reasons: string;
    readonly alternatives: string;
    readonly stability: string;
  };
  readonly legend: {
    readonly supplier: string;
    readonly hostServed: string;
    readonly hostUnserved: string;
    readonly other: string;
    readonly requested: string;
    readonly served: string;
    readonly used: string;
    readonly left: string;
  };
}

const EN: ReportMessages = {
  status: {
    optimal: 'proven optimal',
    time_limit: 'stopped at the time limit (not proven optimal)',
    infeasible: 'infeasible: no allocation satisfies every constraint',
  },
  statusLabel: 'Status',
  provenOptimal: 'proven optimal',
  gap: (percent) => `gap ${percent} % (not proven optimal)`,
  section: {
    summary: 'Summary',
    allocation: 'Allocation by period',
    period: (period) => `Period ${period}`,
    unserved: 'Unserved requests',
    choices: 'Why these experts',
    stability: 'Stability check',
    demandSupply: 'Demand and supply',
    perDomain: 'Per domain',
    perProvince: 'Per province',
    run: 'Run record',
    map: 'Map of the trajectories',
    timeline: 'Experts by period',
    budgetUse: 'Budget use',
    servedByProvince: 'Served vs. requested per province',
    servedByDomain: 'Served vs. requested per domain',
  },
  figure: {
    requests: 'requests',
    served: 'served',
    unserved: 'unserved',
    priority: 'summed priority served',
    distance: 'total distance',
    budget: 'budget',
    budgetUsed: 'budget used',
    budgetLeft: 'budget left',
    optimality: 'optimality',
  },
  column: {
    figure: 'figure',
    value: 'value',
    expert: 'expert',
    from: 'from',
    request: 'request',
    to: 'to',
    domain: 'domain',
    priority: 'priority',
    distance: 'distance',
    cost: 'cost',
    period: 'period',
    municipality: 'municipality',
    reasons: 'reasons',
    alternatives: 'other experts and why not',
    unservedRequest: 'unserved request',
    servedRequest: 'served request',
    justification: 'justification',
    province: 'province',
    requested: 'requested',
    served: 'served',
    unserved: 'unserved',
    noEligible: 'without eligible expert',
    experts: 'experts',
    expertPeriods: 'expert-periods',
    lent: 'trajectories by these experts',
    item: 'item',
  },
  run: {
    tool: 'expertpool version',
    engine: 'engine',
    scenario: 'scenario',
    input: (file) => `input ${file}`,
    seed: 'seed',
    noSeed: 'none (the rule draws no lottery)',
    tier: (tier) => `tier ${tier}`,
    tierValue: (value, status, bound, gap) => `${value} (${status}; bound ${bound}; gap ${gap})`,
    modelLabel: 'model',
    model: (variables, constraints) => `${variables} variables, ${constraints} constraints`,
    timeLimit: 'time limit',
    wallTime: 'wall time',
    wallTimeValue: (solve, explain, solves) => `${solve} s solve, ${explain} s for ${solves} counterfactual solve(s)`,
  },
  text: {
    noTrajectories: 'No trajectories.',
    everyoneServed: 'Every request is served.',
    noAlternatives: 'no other eligible expert',
    stable: 'No unserved request outranks a served request of the same domain and period.',
    stabilityIntro: 'Unserved requests with a higher priority than a served request of the same domain, in a period they accept, and what justifies it:',
    recruit: (domains, provinces) => `Recruit more experts first in: ${domains}; and near: ${provinces}.`,
    recruitNone: 'No unserved demand: no recruitment needed.',
    unavailable: 'not available',
    free: 'free',
    generatedBy: (version) => `Generated by expertpool ${version}.`,
    sortHint: 'Click a column header to sort.',
  },
  explain: {
    served: (request, place, domain, priority, expert, supplier, period) =>
      `Request ${request} (${place}, ${domain}, priority ${priority}) is served by ${expert} from ${supplier} in ${period}.`,
    unserved: (request, place, domain, priority) => `Request ${request} (${place}, ${domain}, priority ${priority}) is not served.`,
    reasons: 'Why not:',
    alternatives: 'Why this expert and not another:',
    stability: 'Stability check:',
  },
  legend: {
    supplier: 'supplier',
    hostServed: 'served request',
    hostUnserved: 'unserved request',
    other: 'other municipality',
    requested: 'requested',
    served: 'served',
    used: 'used',
    left: 'left',
  },
};

const NL: ReportMessages = {
  status: {
    optimal: 'bewezen optimaal',
    time_limit: 'gestopt aan de tijdslimiet (niet bewezen optimaal)',
    infeasible: 'onhaalbaar: geen toewijzing voldoet aan alle voorwaarden',
  },
  statusLabel: 'Status',
  provenOptimal: 'bewezen optimaal',
  gap: (percent) => `kloof ${percent} % (niet bewezen optimaal)`,
  section: {
    summary: 'Samenvatting',
    allocation: 'Toewijzing per periode',
    period: (period) => `Periode ${period}`,
    unserved: 'Niet bediende aanvragen',
    choices: 'Waarom deze experts',
    stability: 'Stabiliteitscontrole',
    demandSupply: 'Vraag en aanbod',
    perDomain: 'Per domein',
    perProvince: 'Per provincie',
    run: 'Uitvoeringsgegevens',
    map: 'Kaart van de trajecten',
    timeline: 'Experts per periode',
    budgetUse: 'Gebruik van het budget',
    servedByProvince: 'Bediend t.o.v. aangevraagd per provincie',
    servedByDomain: 'Bediend t.o.v. aangevraagd per domein',
  },
  figure: {
    requests: 'aanvragen',
    served: 'bediend',
    unserved: 'niet bediend',
    priority: 'totale prioriteit bediend',
    distance: 'totale afstand',
    budget: 'budget',
    budgetUsed: 'budget gebruikt',
    budgetLeft: 'budget over',
    optimality: 'optimaliteit',
  },
  column: {
    figure: 'gegeven',
    value: 'waarde',
    expert: 'expert',
    from: 'van',
    request: 'aanvraag',
    to: 'naar',
    domain: 'domein',
    priority: 'prioriteit',
    distance: 'afstand',
    cost: 'kost',
    period: 'periode',
    municipality: 'gemeente',
    reasons: 'redenen',
    alternatives: 'andere experts en waarom niet',
    unservedRequest: 'niet bediende aanvraag',
    servedRequest: 'bediende aanvraag',
    justification: 'verantwoording',
    province: 'provincie',
    requested: 'aangevraagd',
    served: 'bediend',
    unserved: 'niet bediend',
    noEligible: 'zonder geschikte expert',
    experts: 'experts',
    expertPeriods: 'expert-periodes',
    lent: 'trajecten door deze experts',
    item: 'onderdeel',
  },
  run: {
    tool: 'versie expertpool',
    engine: 'rekenmotor',
    scenario: 'scenario',
    input: (file) => `invoer ${file}`,
    seed: 'seed',
    noSeed: 'geen (de regel trekt geen loting)',
    tier: (tier) => `niveau ${tier}`,
    tierValue: (value, status, bound, gap) => `${value} (${status}; grens ${bound}; kloof ${gap})`,
    modelLabel: 'model',
    model: (variables, constraints) => `${variables} variabelen, ${constraints} voorwaarden`,
    timeLimit: 'tijdslimiet',
    wallTime: 'rekentijd',
    wallTimeValue: (solve, explain, solves) => `${solve} s berekening, ${explain} s voor ${solves} tegenfeitelijke berekening(en)`,
  },
  text: {
    noTrajectories: 'Geen trajecten.',
    everyoneServed: 'Elke aanvraag wordt bediend.',
    noAlternatives: 'geen andere geschikte expert',
    stable: 'Geen enkele niet bediende aanvraag staat hoger dan een bediende aanvraag van hetzelfde domein en dezelfde periode.',
    stabilityIntro: 'Niet bediende aanvragen met een hogere prioriteit dan een bediende aanvraag van hetzelfde domein, in een periode die ze aanvaarden, en wat dat verantwoordt:',
    recruit: (domains, provinces) => `Werf eerst extra experts aan in: ${domains}; en in de buurt van: ${provinces}.`,
    recruitNone: 'Geen onbediende vraag: geen extra experts nodig.',
    unavailable: 'niet beschikbaar',
    free: 'vrij',
    generatedBy: (version) => `Gemaakt met expertpool ${version}.`,
    sortHint: 'Klik op een kolomtitel om te sorteren.',
  },
  explain: {
    served: (request, place, domain, priority, expert, supplier, period) =>
      `Aanvraag ${request} (${place}, ${domain}, prioriteit ${priority}) wordt bediend door ${expert} uit ${supplier} in ${period}.`,
    unserved: (request, place, domain, priority) => `Aanvraag ${request} (${place}, ${domain}, prioriteit ${priority}) wordt niet bediend.`,
    reasons: 'Waarom niet:',
    alternatives: 'Waarom deze expert en geen andere:',
    stability: 'Stabiliteitscontrole:',
  },
  legend: {
    supplier: 'uitlenende gemeente',
    hostServed: 'bediende aanvraag',
    hostUnserved: 'niet bediende aanvraag',
    other: 'andere gemeente',
    requested: 'aangevraagd',
    served: 'bediend',
    used: 'gebruikt',
    left: 'over',
  },
};

/** The report labels of a language. */
export const MESSAGES: Readonly<Record<Lang, ReportMessages>> = { en: EN, nl: NL };
