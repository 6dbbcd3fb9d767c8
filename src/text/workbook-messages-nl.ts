/** The Dutch words of the workbook problems (see input-messages.ts); merged into INPUT_NL. */
import type { InputFacts, TableKind } from '../io/input-facts.js';
import type { ZipDamage } from '../io/zip-archive.js';
import { describeBytes, type InputWording, listIds } from './input-message-kit.js';
import type { WorkbookFactId } from './workbook-messages-en.js';

const sheetList = (sheets: readonly string[], more: number) =>
  listIds(
    sheets.map((name) => `"${name}"`),
    more,
    'en',
    (count) => `${count} andere`,
  );

const TABLE: Readonly<Record<TableKind, string>> = {
  municipalities: 'gemeenten',
  experts: 'experts',
  requests: 'aanvragen',
  history: 'historiek',
};

const WRONG_KIND: Readonly<Record<InputFacts['file-wrong-kind']['found'], string>> = {
  xls: 'is een Excel 97-2003-werkmap (.xls) of een ander OLE2-bestand, geen .xlsx-werkmap. Open het en sla het op als Excel-werkmap (.xlsx).',
  ods: 'is een OpenDocument-rekenblad (.ods), geen .xlsx-werkmap. Open het en sla het op als Excel 2007-365 (.xlsx).',
  text: 'bevat tekst, geen .xlsx-werkmap: is het een CSV-bestand dat .xlsx heet? Noem het .csv (ook in het scenario), of open het en sla het op als .xlsx.',
  binary: 'is geen .xlsx-werkmap (het is geen zip-archief). Sla de werkmap op als .xlsx en probeer opnieuw.',
  zip: 'is een zip-archief maar geen .xlsx-werkmap (er zit geen werkmap in). Sla de werkmap op als .xlsx en probeer opnieuw.',
  xlsx: 'is een .xlsx-werkmap (een zip-archief), geen CSV-bestand. Noem het .xlsx (ook in het scenario): expertpool leest ook werkmappen.',
};

/** Hoe het zip-archief van een werkmap beschadigd is. */
function damageText(damage: ZipDamage): string {
  switch (damage.what) {
    case 'too-short':
      return 'het bestand is te kort voor een zip-archief';
    case 'no-directory':
      return 'er is geen centrale inhoudsopgave (het bestand is afgebroken of is geen zip-archief)';
    case 'zip64':
      return 'ZIP64-archieven worden niet gelezen';
    case 'directory-outside':
      return 'de centrale inhoudsopgave ligt buiten het archief';
    case 'entry-broken':
      return `onderdeel ${damage.entry} van de inhoudsopgave is beschadigd`;
    case 'name-twice':
      return `"${damage.name}" staat twee keer in het archief`;
    case 'no-local-header':
      return `"${damage.name}" heeft geen eigen kop`;
    case 'past-end':
      return `"${damage.name}" loopt voorbij het einde van het archief`;
    case 'checksum':
      return `de controlesom van "${damage.name}" klopt niet`;
    case 'cannot-unpack':
      return `"${damage.name}" kan niet uitgepakt worden, of is uitgepakt groter dan de ${damage.declared} bytes die de kop opgeeft`;
    case 'method':
      return `"${damage.name}" gebruikt compressiemethode ${damage.method}, die niet gelezen wordt`;
    case 'size':
      return `"${damage.name}" is uitgepakt ${damage.size} bytes groot, niet de ${damage.declared} die het opgeeft`;
  }
}

/** Een werkmap die niet gelezen kan worden, en waarom. */
const unreadable = (why: string) =>
  `kan niet gelezen worden als .xlsx-werkmap: ${why}. Open het in een rekenbladprogramma, sla het opnieuw op als .xlsx en probeer opnieuw.`;

/** Every workbook problem in Dutch, by message id. */
export const WORKBOOK_NL: Pick<InputWording, WorkbookFactId> = {
  'file-wrong-kind': ({ found, expected }) =>
    expected === 'csv' && found === 'xls'
      ? 'is een Excel 97-2003-werkmap (.xls), geen CSV-bestand. Sla het op als .xlsx (en zet die naam in het scenario) of als CSV UTF-8.'
      : WRONG_KIND[found],
  'workbook-encrypted': () =>
    'is met een wachtwoord beveiligd (versleuteld) en kan dus niet gelezen worden. Open het, verwijder het wachtwoord (in Excel: Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, en maak het leeg), sla het op en probeer opnieuw.',
  'workbook-corrupt': ({ detail }) => unreadable(detail),
  'workbook-damaged': ({ damage }) => unreadable(damageText(damage)),
  'workbook-too-many-entries': ({ max }) =>
    `is een zip-archief met meer dan ${max} onderdelen, veel meer dan een werkmap bevat; het wordt ongelezen geweigerd.`,
  'workbook-unpacked-too-large': ({ size, maxBytes }) =>
    `is uitgepakt ${describeBytes(size, 'nl')}, meer dan de limiet van ${describeBytes(maxBytes, 'nl')} voor een invoerbestand. Verbeter het bestand, of verhoog limits.maxFileBytes in het scenario als het echt zo groot is.`,
  'workbook-too-many-sheets': ({ count, max }) =>
    `heeft ${count} werkbladen, meer dan de ${max} die expertpool leest. Zet de tabellen van de ronde in een eigen werkmap.`,
  'workbook-too-many-cells': ({ cells, maxCells }) =>
    `bevat ${cells} cellen in zijn werkbladen, meer dan de limiet van ${maxCells}. Zet de tabellen van de ronde in een eigen werkmap, of verhoog limits.maxCells in het scenario als het echt zo groot is.`,
  'workbook-external-link': ({ part }) =>
    `is gekoppeld aan een andere werkmap (${part}), waarvan expertpool de waarden niet leest. Verbreek de koppelingen (Excel: Gegevens > Koppelingen bewerken > Koppeling verbreken; LibreOffice: Bewerken > Externe koppelingen > Koppeling verbreken), sla het op en probeer opnieuw.`,
  'sheet-missing': ({ sheet, sheets, more }) =>
    `heeft geen werkblad "${sheet}"; de werkbladen zijn ${sheetList(sheets, more)}. Verbeter de naam van het werkblad na "#" in het scenario.`,
  'sheet-not-found': ({ table, names, sheets, more }) =>
    `heeft geen werkblad met de naam ${names.map((name) => `"${name}"`).join(' of ')} en meer dan één werkblad (${sheetList(sheets, more)}), dus het is niet duidelijk welk blad de ${TABLE[table]} bevat. Schrijf het na de bestandsnaam in het scenario, bv. "…#${sheets[0] ?? names[0]}", of geef het werkblad de naam "${names[1] ?? names[0]}".`,
  'sheet-ambiguous': ({ table, sheets }) =>
    `heeft meer dan één werkblad voor de ${TABLE[table]}: ${sheetList(sheets, 0)}. Schrijf het werkblad dat gelezen moet worden na de bestandsnaam in het scenario, bv. "…#${sheets[0]}".`,
  'sheet-formula-no-value': ({ formula }) =>
    `bevat de formule ${formula} maar geen berekende waarde (een programma dat niet rekent schreef de werkmap). expertpool rekent nooit formules uit: open de werkmap in een rekenbladprogramma, laat het herberekenen, sla ze op en probeer opnieuw.`,
  'sheet-error-value': ({ value }) => `bevat de foutwaarde ${value} (een formule die mislukte); verbeter de formule of typ de waarde.`,
  'cell-is-date': ({ cell, expected }) =>
    expected === 'text'
      ? `"${cell}" is een datum in het werkblad, geen tekst: het rekenblad maakte een datum van wat getypt werd. Geef de cel de opmaak Tekst en typ ze opnieuw.`
      : `"${cell}" is een datum in het werkblad, geen getal. Geef de cel de opmaak Getal en typ het getal opnieuw.`,
  'sheet-hidden-rows': ({ rows, more }) =>
    `verbergt ${rows.length + more === 1 ? 'rij' : 'rijen'} ${listIds(rows.map(String), more, 'en', (count) => `${count} andere`)}; expertpool leest verborgen rijen zoals alle andere. Verwijder de rijen die niet bij de ronde horen.`,
};
