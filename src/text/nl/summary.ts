/** The Dutch words of the report's first screen: de ronde in het kort. */
import type { SummaryWords } from '../letter-words.js';
import { RULE_NAMES } from './rules.js';

const requests = (n: number) => `${n} ${n === 1 ? 'aanvraag' : 'aanvragen'}`;
const ofUnserved = (n: number, unserved: number) =>
  `${n} van de ${requests(unserved)} die niet toegekend ${unserved === 1 ? 'wordt' : 'worden'}`;
const wordt = (n: number) => (n === 1 ? 'wordt' : 'worden');
const isAre = (n: number) => (n === 1 ? 'wordt er 1' : `worden er ${n}`);

/** How the first quarter in the rule's order fared, by what the rule ranks on. */
const FIRST_QUARTER = {
  score: (n: number, granted: number) =>
    `${granted} van de ${n} meest behoeftige aanvragen ${wordt(granted)} toegekend (het kwart met de hoogste prioriteit in requests.csv).`,
  weighted: (n: number, granted: number) =>
    `${granted} van de ${n} meest behoeftige aanvragen ${wordt(granted)} toegekend (het kwart met de hoogste gewogen score van de indicatoren van hun gemeente).`,
  tiers: (n: number, granted: number) =>
    `${granted} van de ${n} meest behoeftige aanvragen ${wordt(granted)} toegekend (het kwart dat de klassen van de voorrangsregel, en de score binnen een klasse, eerst zetten).`,
  'first-come': (n: number, granted: number) =>
    `De voorrangsregel rangschikt op volgorde van indiening, niet op behoefte: van de eerste ${n} ingediende aanvragen (een kwart) ${isAre(granted)} toegekend.`,
  lottery: (n: number, granted: number) =>
    `De voorrangsregel rangschikt volgens een loting, niet op behoefte: van de eerste ${n} getrokken aanvragen (een kwart) ${isAre(granted)} toegekend.`,
} as const;

/** The Dutch words of the round at a glance. */
export const SUMMARY: SummaryWords = {
  title: 'In het kort',
  ruleName: RULE_NAMES,
  granted: (granted, total, percent) =>
    `${granted} van de ${requests(total)} ${granted === 1 ? 'wordt' : 'worden'} toegekend (${percent}).`,
  budget: (used, limit, percent, left) =>
    `De toewijzing gebruikt ${used} van het budget van ${limit} (${percent}); er blijft ${left} over.`,
  noAllocation: 'Geen enkele aanvraag wordt toegekend: er is geen toewijzing (zie hieronder waarom).',
  firstQuarter: FIRST_QUARTER,
  provinces: (parts) => `Per provincie, toegekend van aangevraagd: ${parts}.`,
  province: (name, granted, requested) => `${name} ${granted} van ${requested}`,
  driver: {
    budget: (n, unserved, left, cheapest) =>
      `Het budget beperkt de ronde: voor ${ofUnserved(n, unserved)}, is een geschikte expert vrij, maar de ${left} die overblijft, betaalt geen traject (het goedkoopste kost ${cheapest}).`,
    noExpert: (n, unserved) =>
      `Voor ${ofUnserved(n, unserved)}, biedt geen enkele expert het domein aan binnen bereik, in een periode die ze aanvaarden.`,
    municipalityCap: (n, unserved) =>
      `${ofUnserved(n, unserved)}, ${n === 1 ? 'komt' : 'komen'} uit een gemeente die al het maximum aantal trajecten krijgt.`,
    expertsBusy: (n, unserved) =>
      `Voor ${ofUnserved(n, unserved)}, is elke expert binnen bereik bezet: toekennen zou aanvragen die voorgaan, doen wijken (telkens nagegaan met een controleberekening).`,
    policy: (n, unserved) =>
      `Voor ${ofUnserved(n, unserved)}, houdt een maximum, een minimum of een uitsluiting van het scenario ze tegen.`,
  },
  budgetStep: (step, gained, lost) =>
    gained === ''
      ? `Een controleberekening met ${step} meer budget kent geen enkele aanvraag meer toe.`
      : lost === ''
        ? `Een controleberekening met ${step} meer budget kent ook ${gained} toe.`
        : `Een controleberekening met ${step} meer budget kent ${gained} toe in plaats van ${lost}.`,
  method: (rule, status) =>
    `Methode: de voorrangsregel is ${rule}; de toewijzing is exact berekend als geheeltallig programma (${status}) en nagerekend door een onafhankelijke controle.`,
  methodHandMatching: (keepsRules) =>
    `Methode: toewijzing één voor één, in volgorde: elke aanvraag krijgt de beste expert die nog vrij is; niet geoptimaliseerd (de bewezen waarden van de optimalisatie staan ernaast); ${keepsRules ? 'ze houdt zich aan alle regels van de ronde' : 'ze breekt regels van de ronde, hieronder opgesomd'}; nagerekend door een onafhankelijke controle.`,
  status: {
    optimal: 'bewezen optimaal: de best mogelijke toewijzing volgens de regel',
    gap: (percent) => `gestopt aan de tijdslimiet, binnen ${percent} % van de best mogelijke`,
    timeLimit: 'gestopt aan de tijdslimiet, niet bewezen optimaal',
    handMatching: 'de toewijzing één voor één zelf, niet geoptimaliseerd; de winst van de optimalisatie staat verderop',
    infeasible: 'onhaalbaar: geen toewijzing voldoet aan alle voorwaarden',
  },
};
