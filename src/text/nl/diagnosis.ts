/** The Dutch words of diagnosis, shortfalls, broken rules and policy blocks (Flemish usage). */
import type { DiagnosisWords } from '../diagnosis-words.js';

/** `1 aanvraag`, `2 aanvragen`: a count with its noun in the right number. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const trajectories = (n: number) => count(n, 'traject', 'trajecten');
const requests = (n: number) => count(n, 'aanvraag', 'aanvragen');
const where = (trajectory: string) => `${trajectory}:`;

/** The Dutch words of diagnosis, shortfalls, broken rules and policy blocks. */
export const DIAGNOSIS: DiagnosisWords = {
  pin: (pin) => `vastgelegd traject ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''}`,
  minSetting: (name, min) => `${name} minimum ${min}`,
  diagnosis: {
    quotaUnreachable: (name, min, reachable, eligible, maxPerMunicipality) =>
      `${name} minimum ${min}, maar slechts ${requests(reachable)} met een geschikte expert ${reachable === 1 ? 'kan' : 'kunnen'} toegekend worden${
        reachable < eligible
          ? ` (${requests(eligible)} met een geschikte expert, hoogstens ${reachable} met maxPerMunicipality ${maxPerMunicipality})`
          : ''
      }. Verlaag het minimum tot ${reachable}, of voeg experts of aanvragen toe in ${name}.`,
    quotaOverBudget: (name, min, n) =>
      `${name} minimum ${min}, maar het budget betaalt hoogstens ${trajectories(n)}. Verlaag het minimum of verhoog het budget.`,
    quotasOverBudget: (kind, total, n) =>
      `de minima per ${kind === 'provinces' ? 'provincie' : 'domein'} tellen op tot ${total}, maar het budget betaalt hoogstens ${trajectories(n)}. Verlaag de minima of verhoog het budget.`,
    pinImpossible: (pin, obstacle) => `${pin} kan niet behouden worden: ${obstacle}. Verwijder of wijzig het vastgelegde traject.`,
    pinsClash: (pins, clash) => `${pins.join(' en ')} botsen: ${clash}. Laat er één van weg.`,
    pinsOverBudget: (cost, budget) =>
      `de vastgelegde trajecten kosten samen ${cost}, meer dan het budget van ${budget}. Verhoog het budget of laat een vastgelegd traject weg.`,
    settingConflicts: (setting) =>
      `${setting} kan niet samen met de andere instellingen gehaald worden; zonder deze instelling is de ronde haalbaar. Laat ze weg of verlaag ze.`,
    settingsConflict: (settings) =>
      `geen enkele toewijzing haalt ${settings.join(', ')} tegelijk, en er één van weglaten volstaat niet. Verlaag er meerdere.`,
  },
  obstacle: {
    ineligible: (failures) => `de expert is niet geschikt voor de aanvraag (${failures.join(', ')})`,
    noCommonPeriod: (period, common) =>
      `ze hebben geen periode${period ? ` ${period}` : ''} gemeen (wel gemeen: ${common.length > 0 ? common.join(', ') : 'geen'})`,
    noPeriodLeft: 'er blijft geen periode over',
  },
  failure: { domain: 'domein', 'own-municipality': 'eigen gemeente', distance: 'afstand', period: 'periode' },
  clash: {
    requestOnce: (request) => `aanvraag ${request} wordt hoogstens één keer toegekend`,
    expertPeriod: (expert, period) => `expert ${expert} doet één traject per periode (${period})`,
    expertMax: (expert, limit, n) => `expert ${expert} doet hoogstens ${trajectories(limit)}, deze vastgelegde trajecten vragen er ${n}`,
    municipalityCap: (municipality, limit, n) =>
      `gemeente ${municipality} krijgt hoogstens ${trajectories(limit)} (maxPerMunicipality), deze vastgelegde trajecten geven haar er ${n}`,
    supplierCap: (supplier, limit, n) =>
      `uitlenende gemeente ${supplier} leent hoogstens ${trajectories(limit)} uit (maxPerSupplier), deze vastgelegde trajecten vragen er ${n}`,
  },
  block: {
    excludedFromMunicipality: (expert, municipality) => `het scenario sluit expert ${expert} uit voor gemeente ${municipality}`,
    excludedFromRequest: (expert, request) => `het scenario sluit expert ${expert} uit voor aanvraag ${request}`,
    level: (expert, level, domain, required) => `expert ${expert} heeft niveau ${level} in ${domain}; het scenario vereist ${required}`,
    servedBefore: (municipality) => `gemeente ${municipality} kreeg in een eerdere ronde een traject en history.servedBefore is "exclude"`,
    ongoing: (expert, period) => `expert ${expert} is in ${period} gebonden aan een lopend traject`,
    cancelled: (request) => `de gemeente trok aanvraag ${request} in`,
    withdrawn: (expert, from) => `expert ${expert} is vanaf ${from} niet meer beschikbaar`,
    frozen: (period) => `periode ${period} is lopend of voorbij (bevroren)`,
  },
  violation: {
    unknown: (t, what) => `traject ${t.expert} -> ${t.request}: ${what === 'expert' ? 'onbekende expert' : 'onbekende aanvraag'}`,
    municipalityMissing: (t) => `${where(t)} de gemeente ontbreekt`,
    roundPeriod: (t, period) => `${where(t)} ${period} is geen periode van de ronde`,
    domain: (t, domain) => `${where(t)} de expert biedt ${domain} niet aan`,
    ownMunicipality: (t) => `${where(t)} de expert zou de eigen gemeente helpen`,
    expertPeriod: (t, period) => `${where(t)} de expert is niet beschikbaar in ${period}`,
    requestPeriod: (t, period) => `${where(t)} de aanvraag aanvaardt ${period} niet`,
    distance: (t, km, maxKm) => `${where(t)} ${km} is verder dan de ${maxKm} van de expert`,
    slotTwice: (expert, period) => `${expert} heeft meer dan één traject in ${period}`,
    expertMax: (expert, limit) => `${expert} heeft meer dan ${trajectories(limit)}`,
    requestOnce: (request) => `aanvraag ${request} wordt meer dan één keer toegekend`,
    municipalityCap: (municipality, limit) => `gemeente ${municipality} krijgt meer dan ${trajectories(limit)}`,
    budget: (cost, budget) => `de kost van ${cost} is hoger dan het budget van ${budget}`,
    supplierCap: (supplier, n, limit) => `uitlenende gemeente ${supplier} leent ${trajectories(n)} uit, meer dan ${limit}`,
    quota: (name, n, bound, limit) =>
      `${name} krijgt ${trajectories(n)}, ${bound === 'min' ? `minder dan het minimum ${limit}` : `meer dan het maximum ${limit}`}`,
    pinMissing: (pin) => `vastgelegd traject ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''} ontbreekt`,
    excluded: (t) => `${where(t)} het scenario sluit deze expert hier uit`,
    minLevel: (t, level, domain, required) => `${where(t)} niveau ${level} in ${domain}, onder het vereiste ${required}`,
    servedBefore: (t, municipality) => `${where(t)} gemeente ${municipality} kreeg eerder een traject en is uitgesloten`,
    ongoing: (t) => `${where(t)} de expert is dan gebonden aan een lopend traject`,
    frozen: (t) => `${where(t)} dit traject van een bevroren periode ontbreekt of is gewijzigd; het moet blijven zoals het was`,
    frozenPeriod: (t, period) => `${where(t)} ${period} is bevroren: er loopt geen ander traject in`,
    withdrawn: (t, from) => `${where(t)} de expert is vanaf ${from} niet meer beschikbaar`,
    cancelled: (t) => `${where(t)} de aanvraag is ingetrokken`,
  },
  shortfall: {
    domain: (domain, demand, supply) =>
      `${domain}: ${requests(demand)}, maar ${count(supply, 'expertperiode', 'expertperiodes')} in het aanbod, dus minstens ${demand - supply} ${demand - supply === 1 ? 'blijft' : 'blijven'} niet toegekend.`,
    period: (domain, period, demand, supply) =>
      `${domain} in ${period}: ${requests(demand)} ${demand === 1 ? 'aanvaardt' : 'aanvaarden'} enkel ${period}, maar ${supply === 1 ? 'er is dan 1 expert' : `er zijn dan ${supply} experts`} vrij.`,
  },
};
