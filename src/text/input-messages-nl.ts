/** The Dutch words of every input problem (see input-messages.ts); column and key names stay as the files write them. */
import type { NumberTrap, Quantity, TimeProblem } from '../io/input-facts.js';
import { BELGIUM } from '../io/municipalities-csv.js';
import { describeBytes, type InputWording, listIds, type RangeWords, rangeText } from './input-message-kit.js';
import { formatEuro } from './number-format.js';
import { WORKBOOK_NL } from './workbook-messages-nl.js';
import { OUTPUT_NL } from './output-messages-nl.js';
import { REPLAN_INPUT_NL } from './input-messages-replan.js';
import { PERIOD_INPUT_NL } from './input-messages-periods.js';

/** What to write in a cell of each kind of number. */
const HINT: Readonly<Record<Quantity, string>> = {
  cost: 'schrijf het bedrag in EUR per traject, bv. 16667',
  budget: 'schrijf het bedrag in EUR, bv. 250000',
  'max-trajectories': 'schrijf een geheel getal, bv. 2',
  'max-distance': 'schrijf een afstand in km, bv. 60',
  lat: 'schrijf de breedtegraad in graden, bv. 51,05',
  lon: 'schrijf de lengtegraad in graden, bv. 3,72',
  population: 'schrijf het aantal inwoners als geheel getal',
  priority: 'schrijf een score van 0 of meer, bv. 87,5',
  indicator: 'schrijf een getal, bv. 20,1',
  year: 'schrijf het jaar van de ronde, bv. 2021',
};

const NOUN: Readonly<Record<Quantity, string>> = {
  cost: 'een kost',
  budget: 'een budget',
  'max-trajectories': 'een aantal trajecten',
  'max-distance': 'een afstand',
  lat: 'een breedtegraad',
  lon: 'een lengtegraad',
  population: 'een bevolking',
  priority: 'een prioriteit',
  indicator: 'een indicatorwaarde',
  year: 'een jaar',
};

const TRAP: Readonly<Record<NumberTrap, string>> = {
  apostrophe: 'de apostrof vooraan maakt er in Excel tekst van; verwijder hem',
  dash: 'het begint met een streepje dat geen minteken is; typ een gewoon "-" of laat het weg',
  space: 'de cijfers zijn met spaties gegroepeerd; schrijf ze zonder spaties',
  hex: 'hexadecimale getallen worden niet gelezen; schrijf het getal in gewone cijfers',
  exponent: 'de wetenschappelijke notatie (zoals Excel brede getallen toont) wordt niet gelezen; schrijf het getal voluit',
  currency: 'schrijf het bedrag zonder munteenheid, bv. 16667',
  percent: 'schrijf het getal zonder %, bv. 20,1',
  comma: 'in een bestand met "," als scheidingsteken schrijf je een decimale punt en geen duizendtalscheiding, bv. 16667.5',
  grouping: 'het mengt duizendtalkomma\'s en een decimale punt; in een bestand met ";" schrijf je 16667,5 of 16.667,50',
  'sheet-text': 'het werkblad bevat het als tekst; geef de cel de opmaak Getal en typ het getal opnieuw',
};

const RANGE: RangeWords = {
  notPositive: (unit) => `moet meer dan 0${unit} zijn`,
  negative: 'mag niet negatief zijn',
  notWhole: (year) => (year ? 'moet een geheel jaartal zijn' : 'moet een geheel getal zijn'),
  between: (min, max) => `moet tussen ${min} en ${max} liggen`,
  atLeast: (min) => `moet minstens ${min} zijn`,
  yearFrom: (min) => `moet ${min} of later zijn`,
  yearUntil: (max) => `moet ${max} of vroeger zijn`,
  tooLarge: (value, quantity, max, unit) =>
    `is ${value}, meer dan expertpool aanvaardt voor ${NOUN[quantity]} (hoogstens ${max}${unit}); controleer het op een tikfout`,
  tooPrecise: (quantity, decimals) =>
    quantity === 'priority'
      ? `heeft meer dan ${decimals} decimalen; prioriteiten tellen tot op ${decimals} decimalen, rond het dus af`
      : quantity === 'max-distance'
        ? `heeft meer dan ${decimals} decimaal; afstanden tellen tot op 0,1 km, rond het dus af, bv. 60,5`
        : `heeft meer dan ${decimals} decimalen; bedragen tellen tot op de cent, rond het dus af, bv. 16667,50`,
};

const TIME: Readonly<Record<TimeProblem, (cell: string) => string>> = {
  format: (cell) =>
    `"${cell}" is geen ISO 8601-datum en -tijd; schrijf bv. 2021-10-04T09:30:00+02:00, of 2021-10-04 09:30 voor Brusselse tijd`,
  'day-month-year': (cell) =>
    `"${cell}" zet de dag eerst; zet het jaar eerst, bv. 2021-10-04 09:30 (geef de kolom in Excel de opmaak jjjj-mm-dd uu:mm:ss)`,
  date: (cell) => `"${cell}" is geen datum van de kalender (die maand of dag bestaat niet); verbeter ze`,
  time: (cell) => `"${cell}" is geen tijdstip van de dag (uren 0-23, minuten en seconden 0-59); verbeter het`,
  offset: (cell) => `"${cell}" heeft een UTC-verschil van meer dan 14 uur; verbeter het, bv. +02:00`,
  'dst-gap': (cell) =>
    `"${cell}" bestaat niet in Brussel: de klok sprong die nacht van 02:00 naar 03:00 (zomertijd). Verbeter het, of schrijf het UTC-verschil erbij, bv. +01:00`,
  'dst-overlap': (cell) =>
    `"${cell}" kwam in Brussel twee keer voor: de klok ging die nacht terug van 03:00 naar 02:00. Schrijf het UTC-verschil erbij om te zeggen welke: +02:00 voor de eerste, +01:00 voor de tweede`,
  'sheet-number': (cell) => `"${cell}" is een getal in het werkblad, geen datum; geef de cel de opmaak datum en tijd (jjjj-mm-dd uu:mm:ss)`,
};

const raiseHint = (limit: string | undefined) =>
  limit === undefined
    ? 'Splits het scenario of zet gegevens in de CSV-bestanden.'
    : `Verbeter het bestand, of verhoog limits.${limit} in het scenario als het echt zo groot is.`;

const OUTSIDE_FOLDER_FIX =
  'Zet het bestand in de map van het scenario (of een map daaronder), of gebruik --allow-outside als je dit scenario vertrouwt.';

const count = (amount: number, one: string, many: string) => `${amount} ${amount === 1 ? one : many}`;

/** Every input problem in Dutch, by message id. */
export const INPUT_NL: InputWording = {
  ...WORKBOOK_NL,
  ...OUTPUT_NL,
  ...REPLAN_INPUT_NL,
  ...PERIOD_INPUT_NL,
  'file-unreadable': ({ path, code }) =>
    code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM'
      ? `kan niet gelezen worden: ${code === 'EACCES' || code === 'EPERM' ? 'geen toegang' : 'bestand bestaat niet'} (${path}). Controleer het pad; paden zijn relatief ten opzichte van het scenariobestand.`
      : `kan niet gelezen worden: fout ${code} (${path}). Verwijs naar een opgeslagen bestand dat gelezen kan worden.`,
  'file-is-folder': ({ path }) => `is een map, geen bestand (${path}). Verwijs naar het bestand zelf.`,
  'file-not-regular': ({ path }) =>
    `is geen gewoon bestand (${path}): apparaten, pipes en sockets worden niet gelezen. Verwijs naar een opgeslagen bestand.`,
  'file-not-utf8': ({ byte, latin1 }) =>
    latin1 === ''
      ? `is geen geldige UTF-8: byte ${byte} begint geen teken. Sla het op als "CSV UTF-8" en probeer opnieuw.`
      : `is geen geldige UTF-8: byte ${byte} is "${latin1}" in Windows-1252 (Latin-1), zoals oudere Excel-versies schrijven. Sla het op als "CSV UTF-8" en probeer opnieuw.`,
  'file-too-large': ({ size, maxBytes, limit }) =>
    `is ${describeBytes(size, 'nl')}, meer dan de limiet van ${describeBytes(maxBytes, 'nl')} voor deze invoer. ${raiseHint(limit)}`,
  'csv-empty': ({ required }) => `is leeg. Er is een kopregel nodig met minstens: ${required.join(', ')}.`,
  'csv-tabs': () =>
    'is gescheiden door tabs; expertpool leest CSV gescheiden door "," of ";". Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)".',
  'csv-separator-line': ({ separator }) =>
    `begint met "sep=${separator}", maar expertpool leest CSV gescheiden door "," of ";". Sla het in Excel op als "CSV UTF-8 (door komma's gescheiden)".`,
  'csv-unmatched-quote': () =>
    'heeft een aanhalingsteken (") zonder tegenhanger. Sluit de cel tussen aanhalingstekens af of verwijder het teken.',
  'csv-stray-quote': ({ cell }) =>
    `"${cell}" heeft een aanhalingsteken (") in een cel die zelf niet tussen aanhalingstekens staat; dat kan tekst zijn of een afgebroken cel. Schrijf de cel als "${cell.replaceAll('"', '""')}" (tussen aanhalingstekens, elk teken binnenin verdubbeld), of verwijder het teken.`,
  'csv-too-many-rows': ({ maxRows }) =>
    `heeft meer dan ${maxRows} rijen met gegevens, de limiet voor één invoerbestand. ${raiseHint('maxRows')}`,
  'csv-cell-too-long': ({ length, maxLength }) =>
    `heeft een cel van ${length} tekens, meer dan de limiet van ${maxLength} (vaak door een aanhalingsteken dat niet gesloten is). ${raiseHint('maxFieldLength')}`,
  'csv-control-character': ({ codePoint }) =>
    `bevat het stuurteken ${codePoint}, dat geen naam of id nodig heeft; een terminal die het toont, kan erdoor aangestuurd worden. Verwijder het (tekst die twee keer uit een andere codering omgezet is, veroorzaakt dit vaak).`,
  'bidi-control': ({ codePoint }) =>
    `bevat het richtingsteken ${codePoint}, dat de tekst erna in de rapporten omkeert (een naam kan zich zo als een andere voordoen). Verwijder het; een naam in eender welk schrift heeft zo'n teken niet nodig.`,
  'csv-row-too-wide': ({ cells, width, delimiter }) =>
    `heeft ${cells} cellen, maar de kopregel heeft er ${width}. Een "${delimiter}" in een cel moet tussen aanhalingstekens staan.`,
  'csv-row-other-delimiter': ({ cells, width, delimiter, other }) =>
    `heeft ${count(cells, 'cel', 'cellen')}, maar de kopregel heeft er ${width}: deze rij is gescheiden door "${other}", de kopregel door "${delimiter}". Gebruik één scheidingsteken in het hele bestand.`,
  'csv-duplicate-column': () => 'staat twee keer in de kopregel. Verwijder of hernoem er één.',
  'csv-missing-columns': ({ missing, found, required }) =>
    `verplichte kolom${missing.length > 1 ? 'men' : ''} ${missing.map((name) => `"${name}"`).join(', ')} ontbreekt; de kopregel luidt "${found}". De kopregel moet minstens bevatten: ${required.join(', ')}.`,
  'csv-unknown-column': ({ suggestion }) =>
    `is geen kolom die expertpool leest. Bedoel je "${suggestion}"? Hernoem de kolom (de namen zijn de Engelse, hoofdletters maken niet uit), of verwijder ze.`,
  'csv-unnamed-column': ({ row, cell }) =>
    `heeft geen naam in de kopregel, maar rij ${row} heeft er "${cell}" onder. Geef de kolom een naam, of verwijder ze.`,
  'csv-no-rows': ({ table }) =>
    ({
      experts: 'heeft een kopregel maar geen experts. Voeg één rij toe per expert die in de ronde aangeboden wordt.',
      requests: 'heeft een kopregel maar geen aanvragen. Voeg één rij toe per aanvraag van de ronde.',
      municipalities: 'heeft een kopregel maar geen gemeenten. Voeg één rij toe per gemeente.',
      history: 'heeft een kopregel maar geen rijen.',
    })[table],
  'csv-reserved-word': ({ cell }) => `"${cell}" is een gereserveerd woord (net als __proto__, constructor en prototype); hernoem het.`,
  'cell-empty': () => 'is leeg; er is een waarde nodig',
  'cell-line-break': () => 'bevat een regeleinde (Alt+Enter in Excel); zet de cel op één regel',
  'cell-not-nis': ({ cell }) => `"${cell}" moet een NIS-code van 5 cijfers zijn, bv. 44021`,
  'cell-duplicate': ({ key, firstRow, column }) =>
    `"${key}" komt twee keer voor: rij ${firstRow} heeft dezelfde ${column}. Elke ${column} moet uniek zijn.`,
  'list-empty': ({ list }) =>
    list === 'domains'
      ? 'is leeg; som de domeinen van de expert op, gescheiden door "|", bv. wonen|schuldhulp'
      : 'is leeg; som de periodes op waarin de expert beschikbaar is, bv. P1|P2',
  'list-separator': ({ cell, separator }) =>
    `"${cell}" scheidt de onderdelen met "${separator}"; scheid ze met "|", bv. P1|P2 of wonen|schuldhulp`,
  'number-empty': ({ quantity }) => `is leeg; ${HINT[quantity]}`,
  'number-invalid': ({ cell, quantity, trap }) => `"${cell}" is geen getal; ${trap !== undefined ? TRAP[trap] : HINT[quantity]}`,
  'number-ambiguous': ({ cell, grouped, decimal }) =>
    decimal === undefined
      ? `"${cell}" groepeert duizendtallen met punten, die een bestand met ";" ook als decimaalteken kan gebruiken. Schrijf ${grouped} zonder scheiding.`
      : `"${cell}" kan in een bestand met ";" op twee manieren gelezen worden: als ${grouped} (de punt als duizendtalscheiding, zoals Excel in België schrijft) of als ${decimal.replace('.', ',')} (de punt als decimaalteken). Schrijf ${grouped} zonder scheiding, of ${decimal.replace('.', ',')} met een decimale komma.`,
  'number-range': ({ quantity, value, problem }) => rangeText(RANGE, quantity, value, problem),
  'domain-level': ({ entry }) =>
    `"${entry}" is geen domein met een optioneel niveau 1-3, bv. wonen:3 (1 praktijk, 2 bewezen praktijk, 3 erkende goede praktijk).`,
  'unknown-municipality': ({ nis, role, table }) =>
    `"${nis}" staat niet in ${table.file}${table.sheet === undefined ? '' : ` (blad ${table.sheet})`}. Voeg de ${role === 'supplier' ? 'uitlenende gemeente' : 'gemeente'} daar toe of verbeter de NIS-code.`,
  'unknown-period': ({ period, periods, suggestion }) =>
    `"${period}" is geen periode van de ronde (${periods.join(', ')}).${suggestion !== undefined ? ` Periodes zijn hoofdlettergevoelig: schrijf "${suggestion}".` : ''}`,
  'cost-missing': () => 'is leeg en het scenario zet geen defaults.cost. Vul de kost per traject in of zet defaults.cost in het scenario.',
  'outside-belgium': ({ value, swapped }) =>
    `${value} ligt buiten België (België ligt tussen breedtegraad ${BELGIUM.lat.min} en ${BELGIUM.lat.max} en lengtegraad ${BELGIUM.lon.min} en ${BELGIUM.lon.max}); ${swapped ? 'lat en lon lijken in deze rij omgewisseld' : 'schrijf decimale graden (WGS 84), bv. 51.0543 en 3.7174 voor Gent'}.`,
  'submitted-at': ({ cell, problem }) => TIME[problem](cell),
  'history-year': ({ year, roundYear }) =>
    `is ${year}, niet vroeger dan deze ronde (${roundYear}). history.csv bevat alleen vroegere rondes; zet lopende trajecten in history.ongoing.`,
  'indicator-empty': ({ field }) =>
    `is in elke rij leeg, maar de voorrangsregel van het scenario gebruikt ze (${field}). Vul ze in, of kies een andere indicator.`,
  'domain-not-offered': ({ domain, requests, more, suggestion }) =>
    `"${domain}" wordt gevraagd door ${listIds(requests, more, 'en', (others) => `${others} andere`)}, maar geen expert biedt het aan.${
      suggestion !== undefined
        ? ` Bedoel je "${suggestion}"?`
        : requests.length + more === 1
          ? ' De aanvraag blijft niet toegekend.'
          : ' De aanvragen blijven niet toegekend.'
    }`,
  'budget-pays-nothing': ({ budget, cheapest, expert, suggestion }) =>
    `is ${formatEuro(budget, 'nl')}, minder dan het goedkoopste traject (${formatEuro(cheapest, 'nl')}, expert ${expert}), en betaalt dus niets.${
      suggestion !== undefined
        ? ` Bedoel je ${suggestion}? YAML leest 250.000 als 250: schrijf bedragen zonder duizendtalscheiding.`
        : ' Schrijf het budget in EUR zonder duizendtalscheiding, bv. 250000.'
    }`,
  'yaml-syntax': ({ detail }) => `is geen geldige YAML/JSON: ${detail}`,
  'yaml-too-deep': () => 'is geen geldige YAML/JSON: lijsten of mappings zijn te diep genest voor een scenario',
  'yaml-unreadable': ({ detail }) => `kan niet gelezen worden: ${detail}`,
  'scenario-not-mapping': ({ document }) =>
    document === 'changes'
      ? 'moet een mapping zijn met sleutels zoals frozen, withdraw, cancel en budget (zie schemas/changes.schema.json).'
      : 'moet een mapping zijn met sleutels zoals name, budget en data (zie schemas/scenario.schema.json).',
  'scenario-forbidden-key': ({ key, document }) =>
    `is de sleutel "${key}", die geen ${document === 'changes' ? 'wijzigingenbestand' : document === 'result' ? 'resultaat' : 'scenario'} gebruikt en die zou veranderen hoe andere sleutels gelezen worden; verwijder hem.`,
  'scenario-control-character': ({ codePoint }) =>
    `bevat het stuurteken ${codePoint}; verwijder het (een terminal die het toont, kan erdoor aangestuurd worden).`,
  'schema-mismatch': () => 'past niet bij het scenarioschema.',
  'schema-unknown-key': ({ suggestion, known }) =>
    `is geen bekende sleutel.${suggestion !== undefined ? ` Bedoel je "${suggestion}"?` : ''} Bekende sleutels hier: ${known.join(', ')}.`,
  'schema-required': () => 'is verplicht maar ontbreekt.',
  'schema-enum': ({ found, allowed }) => `is ${found}, maar moet een van deze zijn: ${allowed.join(', ')}.`,
  'schema-invalid': ({ keyword, limit, type, found, detail }) => {
    const plain: Partial<Record<string, string>> = {
      exclusiveMinimum: `moet meer dan ${limit} zijn`,
      minimum: `moet minstens ${limit} zijn`,
      maximum: `mag hoogstens ${limit} zijn`,
      exclusiveMaximum: `moet minder dan ${limit} zijn`,
      type: `moet ${type === 'integer' ? 'een geheel getal' : `van het type ${type}`} zijn`,
    };
    return `${plain[keyword] ?? (detail || 'is ongeldig')} (gevonden: ${found}).`;
  },
  'extends-cycle': ({ loop }) => `maakt een kringloop (${loop}). Een scenario kan zichzelf niet uitbreiden, rechtstreeks of via andere.`,
  'extends-too-deep': ({ max }) => `keten telt meer dan ${max} bestanden; voeg er enkele samen.`,
  'extends-not-path': ({ found }) =>
    `moet het pad van een ander scenariobestand zijn, relatief ten opzichte van dit bestand (gevonden: ${found}).`,
  'extends-missing': ({ parent, path }) =>
    `noemt ${parent}, dat niet bestaat (${path}). Het pad is relatief ten opzichte van dit scenariobestand.`,
  'path-outside': ({ written, folder, target, link }) =>
    `is "${written}", ${link ? 'een symbolische koppeling die' : 'wat'} buiten de map van het scenario ${folder} leidt (naar ${target}). ${OUTSIDE_FOLDER_FIX}`,
  'unknown-name': ({ kind, name, suggestion, known }) =>
    `"${name}" is ${{ province: 'geen provincie', domain: 'geen domein', expert: 'geen expert', request: 'geen aanvraag', period: 'geen periode', indicator: 'geen indicator' }[kind]} van de ronde.${
      suggestion !== undefined ? ` Bedoel je "${suggestion}"?` : ''
    }${known !== undefined ? ` Bekend: ${known.join(', ')}.` : ''}`,
  'quota-min-above-max': ({ min, max }) => `min ${min} ligt boven max ${max}.`,
  'exclude-needs-one': () => 'heeft naast "expert" ofwel "municipality" ofwel "request" nodig, niet allebei.',
  'history-file-missing': ({ servedBefore }) =>
    `ontbreekt: servedBefore "${servedBefore}" heeft een history.csv van vroegere rondes nodig.`,
  'round-too-large': ({ arcs, bound, maxArcs, experts, requests, periods }) =>
    `geeft het model ${bound === 'at-least' ? 'minstens ' : bound === 'at-most' ? 'tot ' : ''}${arcs} mogelijke trajecten (expert, aanvraag, periode), meer dan de ${maxArcs} die één berekening in het geheugen aankan (${count(experts, 'expert', 'experts')}, ${count(requests, 'aanvraag', 'aanvragen')}, ${count(periods, 'periode', 'periodes')}). Splits de ronde, bv. per provincie of per domein, of verhoog limits.maxArcs als deze computer het geheugen heeft (ongeveer 5 KB per traject).`,
  'rule-unknown-indicator': ({ indicator, known }) => `"${indicator}" is geen indicator van de ronde. Bekend: ${known.join(', ')}.`,
  'rule-missing-value': ({ request, field, missing }) =>
    `is leeg voor aanvraag ${request}, en ${field} heeft een waarde nodig voor elke aanvraag. Vul ze in, of zet ${missing} op "worst" (de minst behoeftige waarde; een lege prioriteit telt als 0) of "median".`,
  'rule-missing-submitted-at': ({ request }) =>
    `aanvraag ${request} heeft geen submitted_at, die de regel volgorde van indiening (first-come) voor elke aanvraag nodig heeft. Vul ze in of kies een andere priority.rule.`,
  'vary-form': ({ text }) =>
    `"${text}" moet de vorm KEY=FROM:TO:STEP of KEY=v1,v2,v3 hebben, met KEY een scenariosleutel met punten, zoals budget of defaults.maxDistanceKm.`,
  'vary-range-parts': ({ body }) => `het bereik "${body}" moet drie delen FROM:TO:STEP hebben.`,
  'vary-range-numbers': ({ range }) =>
    `het bereik "${range}" moet uit drie gewone getallen FROM:TO:STEP bestaan, bv. budget=150000:400000:25000.`,
  'vary-step': ({ step }) => `de stap moet positief zijn (gekregen: ${step}).`,
  'vary-order': ({ from, to }) => `FROM mag niet groter zijn dan TO (gekregen: ${from} > ${to}).`,
  'vary-too-many': ({ count: amount, max, list }) =>
    list
      ? `de lijst heeft ${amount} waarden, meer dan de limiet van ${max}.`
      : `het bereik heeft ${amount} punten, meer dan de limiet van ${max}; neem een grotere stap.`,
  'vary-no-points': ({ range }) =>
    `het bereik "${range}" geeft geen enkel punt; schrijf FROM, TO en STEP als gewone getallen, bv. budget=150000:400000:25000.`,
  'vary-empty-item': ({ body }) => `de lijst "${body}" heeft een leeg element.`,
  'vary-not-mapping': ({ found, rest }) => `is ${found}, geen mapping, dus --vary kan er ${rest} niet in zetten.`,
};
