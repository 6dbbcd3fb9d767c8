/** The Dutch report labels (Flemish usage). */
import type { ReportWords } from '../report-words.js';
import { RULE_NAMES } from './rules.js';

/** A priority rule by its Dutch name. */
export const ruleName = (rule: string) => RULE_NAMES[rule] ?? rule;

/** The Dutch words of the allocation report. */
export const REPORT: ReportWords = {
  status: {
    optimal: 'bewezen optimaal',
    time_limit: 'gestopt aan de tijdslimiet (niet bewezen optimaal)',
    infeasible: 'onhaalbaar: geen toewijzing voldoet aan alle voorwaarden',
    feasible:
      'toewijzing één voor één, in volgorde, niet geoptimaliseerd: ze houdt zich aan alle regels van de ronde; de waarden van de optimalisatie staan ernaast',
    breaks_rules:
      'toewijzing één voor één, in volgorde, niet geoptimaliseerd, en ze breekt regels van de ronde (zie hieronder); de optimalisatie houdt zich eraan',
  },
  statusLabel: 'Status',
  provenOptimal: 'bewezen optimaal',
  notOptimised: 'niet geoptimaliseerd',
  belowBound: (percent) => `niet geoptimaliseerd: ${percent} % onder het bewezen optimum van het eerste criterium`,
  gap: (percent) => `kloof ${percent} % (niet bewezen optimaal)`,
  section: {
    summary: 'Kerncijfers',
    allocation: 'Toewijzing per periode',
    period: (period) => `Periode ${period}`,
    unserved: 'Niet toegekende aanvragen',
    choices: 'Waarom deze experts',
    stability: 'Stabiliteitscontrole',
    demandSupply: 'Vraag en aanbod',
    perDomain: 'Per domein',
    perProvince: 'Per provincie',
    run: 'Uitvoeringsgegevens',
    map: 'Kaart van de trajecten',
    timeline: 'Experts per periode',
    budgetUse: 'Gebruik van het budget',
    servedByProvince: 'Toegekend t.o.v. aangevraagd per provincie',
    servedByDomain: 'Toegekend t.o.v. aangevraagd per domein',
  },
  figure: {
    requests: 'aanvragen',
    served: 'toegekend',
    unserved: 'niet toegekend',
    priority: 'totale prioriteit van de toegekende aanvragen',
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
    unservedRequest: 'niet toegekende aanvraag',
    servedRequest: 'toegekende aanvraag',
    justification: 'verantwoording',
    province: 'provincie',
    requested: 'aangevraagd',
    served: 'toegekend',
    unserved: 'niet toegekend',
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
    previousResult: 'vorig resultaat (--from)',
    changesFile: 'wijzigingenbestand (--changes)',
    seed: 'startgetal van de loting',
    noSeed: 'geen (de regel trekt geen loting)',
    tier: (tier) => `criterium ${tier}`,
    tierValue: (value, status, bound, gap) => `${value} (${status}; grens ${bound}; kloof ${gap})`,
    modelLabel: 'model',
    model: (variables, constraints) => `${variables} variabelen, ${constraints} voorwaarden`,
    timeLimit: 'tijdslimiet',
    wallTime: 'rekentijd',
    wallTimeValue: (solve, explain, solves) =>
      `${solve} s berekening, ${explain} s voor ${solves} ${solves === 1 ? 'controleberekening' : 'controleberekeningen'}`,
  },
  text: {
    noTrajectories: 'Geen trajecten.',
    everyoneServed: 'Elke aanvraag wordt toegekend.',
    noAllocation: 'Er is geen toewijzing, dus geen enkele aanvraag wordt toegekend: zie waarom de ronde onhaalbaar is.',
    noAllocationInTime:
      'Binnen de tijdslimiet is geen toewijzing gevonden, dus geen enkele aanvraag wordt toegekend; geef meer tijd met --time-limit.',
    noAlternatives: 'geen andere geschikte expert',
    stable: 'Geen enkele niet toegekende aanvraag staat hoger dan een toegekende aanvraag van hetzelfde domein en dezelfde periode.',
    stabilityIntro:
      'Niet toegekende aanvragen met een hogere prioriteit dan een toegekende aanvraag van hetzelfde domein, in een periode die ze aanvaarden, en wat dat verantwoordt:',
    recruit: (domains, provinces) => `Werf eerst extra experts aan in: ${domains}; en in de buurt van: ${provinces}.`,
    recruitNone: 'Elke aanvraag is toegekend: er zijn geen extra experts nodig.',
    recruitNoAllocation:
      'Zonder toewijzing is er geen advies over waar experts aan te werven: maak de ronde eerst haalbaar (of geef meer tijd).',
    unavailable: 'niet beschikbaar',
    free: 'vrij',
    generatedBy: (version) => `Gemaakt met expertpool ${version}.`,
    sortHint: 'Klik op een kolomtitel om te sorteren.',
  },
  explain: {
    served: (request, place, domain, priority, expert, supplier, period) =>
      `Aanvraag ${request} (${place}, ${domain}, prioriteit ${priority}) wordt toegekend met ${expert} uit ${supplier} in ${period}.`,
    unserved: (request, place, domain, priority) =>
      `Aanvraag ${request} (${place}, ${domain}, prioriteit ${priority}) wordt niet toegekend.`,
    reasons: 'Waarom niet:',
    alternatives: 'Waarom deze expert en geen andere:',
    stability: 'Stabiliteitscontrole:',
    noAllocation: (status) => `de ronde heeft geen toewijzing (${status}); er valt niets uit te leggen.`,
  },
  policy: {
    section: {
      diagnosis: 'Waarom de ronde onhaalbaar is',
      violations: 'Regels die deze toewijzing breekt',
      priority: 'Voorrangsregel',
      passedOver: 'Hogere prioriteit niet toegekend',
      baseline: 'Tegenover de toewijzing één voor één',
      shortfalls: 'Tekorten vóór het oplossen',
    },
    diagnosisIntro: 'Geen enkele toewijzing voldoet aan alle instellingen. De instellingen die botsen, en wat de ronde haalbaar zou maken:',
    violationsIntro:
      'Dit is de toewijzing één voor één die het scenario vraagt (voorrangsregel greedy). Ze kijkt niet vooruit en breekt deze regels van de ronde; de toewijzing van de optimalisatie houdt zich aan elke regel (zie Tegenover de toewijzing één voor één):',
    rule: (name, description) => `Voorrangsregel: ${ruleName(name)}. ${description}`,
    ruleDescription: {
      score: 'De kolom "priority" van requests.csv; de totale prioriteit van de toegekende aanvragen wordt zo hoog mogelijk gemaakt.',
      weighted:
        'Een gewogen score van de indicatoren van de gemeenten; de totale score van de toegekende aanvragen wordt zo hoog mogelijk gemaakt.',
      tiers:
        'Elke aanvraag valt in de eerste klasse waaraan ze voldoet; de eerste klasse krijgt zo veel mogelijk toegekend, dan de volgende.',
      'first-come':
        'Aanvragen in volgorde van indienen (submitted_at, bij gelijkheid op id); elke aanvraag wordt toegekend als een toewijzing dat nog kan.',
      lottery: 'Aanvragen in een getrokken volgorde; elke aanvraag wordt toegekend als een toewijzing dat nog kan.',
      greedy: 'De toewijzing één voor één zelf: aanvragen in volgorde, elk met de beste expert die nog vrij is; niet geoptimaliseerd.',
    },
    greedyOrder: (rule) => `De toewijzing één voor één volgt de volgorde van de voorrangsregel ${ruleName(rule)}.`,
    strictScore: (rule) =>
      `Volgorde: strikt. De aanvragen strikt volgens hun ${rule === 'weighted' ? 'gewogen score' : 'prioriteit'}, de hoogste eerst (bij gelijkheid op id); elke aanvraag wordt toegekend als een toewijzing dat samen met de aanvragen ervoor nog kan.`,
    passedOverIntro: (rule) =>
      `De voorrangsregel ${ruleName(rule)} maakt de totale prioriteit van de toegekende aanvragen zo hoog mogelijk. Zo kan een aanvraag niet toegekend worden terwijl aanvragen met een lagere prioriteit die samen zwaarder wegen, wel toegekend worden. Om strikt volgens prioriteit toe te kennen, zet u order: strict in de voorrangsregel. Aanvragen die niet toegekend worden terwijl aanvragen met een lagere prioriteit wel toegekend worden:`,
    passedOverNone:
      'Geen enkele aanvraag blijft niet toegekend terwijl een aanvraag met een lagere prioriteit wel toegekend wordt, behalve aanvragen die geen expert kan opnemen of die een maximum, een quotum of een aanvraag met een hogere prioriteit tegenhoudt.',
    passedOver: (request, place, priority, below, lowest) =>
      `${request} (${place}, prioriteit ${priority}) wordt niet toegekend, terwijl ${below} ${below === 1 ? 'aanvraag' : 'aanvragen'} met een lagere prioriteit wel toegekend ${below === 1 ? 'wordt' : 'worden'} (de laagste: ${lowest}).`,
    passedOverDisplaces: (displaced, sum, priority) =>
      `Deze aanvraag toekennen zou ${displaced} verdringen: samen ${sum}, tegenover ${priority}.`,
    seed: (seed) => `Startgetal van de loting: ${seed} (hetzelfde startgetal trekt dezelfde volgorde).`,
    order: (shown, total) =>
      shown === total
        ? `Volgorde van de ${total} aanvragen (✓ toegekend):`
        : `Volgorde van de aanvragen, eerste ${shown} van ${total} (✓ toegekend):`,
    more: (count) => `… en nog ${count} (de volledige volgorde staat in result.json).`,
    classesIntro: 'De klassen in volgorde (✓ toegekend):',
    baselineIntro: (rule) =>
      `Een toewijzing één voor één, in volgorde, zoals een coördinator ze met de hand maakt: de aanvragen in de volgorde van de voorrangsregel ${ruleName(rule)}, elk met de dichtstbijzijnde geschikte expert die nog vrij is, zolang het budget strekt. De optimalisatie daartegenover:`,
    noGain: 'De optimalisatie vond geen toewijzing binnen de tijd, dus er is geen winst te tonen.',
    unmet: 'De toewijzing één voor één breekt deze regels:',
    shortfallsIntro:
      'Domeinen en periodes met minder experts in het aanbod dan wachtende aanvragen; minstens het verschil blijft niet toegekend, wat de toewijzing ook is. Een rij voor één periode telt enkel de aanvragen die alleen die periode aanvaarden, tegenover de experts die dan vrij zijn.',
    wholeRound: 'hele ronde',
    column: {
      setting: 'instelling',
      conflict: 'botsing en oplossing',
      class: 'klasse',
      requests: 'aanvragen',
      served: 'toegekend',
      inOrder: 'aanvragen in volgorde',
      handMatching: 'één voor één',
      optimiser: 'optimalisatie',
      gain: 'optimalisatie min één voor één',
      demand: 'aanvragen',
      supply: 'in het aanbod',
      shortBy: 'minstens niet toegekend',
    },
  },
  legend: {
    requested: 'aangevraagd',
    served: 'toegekend',
  },
};
