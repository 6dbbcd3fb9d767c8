/** The English words of the workbook problems (see input-messages.ts); merged into INPUT_EN. */
import type { InputFacts, TableKind } from '../io/input-facts.js';
import type { ZipDamage } from '../io/zip-archive.js';
import { describeBytes, type InputWording, listIds } from './input-message-kit.js';

/** The message ids of reading workbooks. */
export type WorkbookFactId = Extract<keyof InputFacts, `workbook-${string}` | `sheet-${string}` | 'file-wrong-kind' | 'cell-is-date'>;

const sheetList = (sheets: readonly string[], more: number) =>
  listIds(
    sheets.map((name) => `"${name}"`),
    more,
    'and',
    (count) => `${count} more`,
  );

const TABLE: Readonly<Record<TableKind, string>> = {
  municipalities: 'municipalities',
  experts: 'experts',
  requests: 'requests',
  history: 'history',
};

const WRONG_KIND: Readonly<Record<InputFacts['file-wrong-kind']['found'], string>> = {
  xls: 'is an Excel 97-2003 workbook (.xls) or another OLE2 file, not an .xlsx workbook. Open it and save it as Excel Workbook (.xlsx).',
  ods: 'is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Open it and save it as Excel 2007-365 (.xlsx).',
  text: 'holds text, not an .xlsx workbook: is it a CSV file named .xlsx? Name it .csv (in the scenario too), or open it and save it as .xlsx.',
  binary: 'is not an .xlsx workbook (it is not a zip archive). Save the workbook as .xlsx and try again.',
  zip: 'is a zip archive but not an .xlsx workbook (it holds no workbook). Save the workbook as .xlsx and try again.',
  xlsx: 'is an .xlsx workbook (a zip archive), not a CSV file. Name it .xlsx (in the scenario too): expertpool reads workbooks as well.',
};

/** How a workbook's zip archive is broken. */
function damageText(damage: ZipDamage): string {
  switch (damage.what) {
    case 'too-short':
      return 'the file is too short to be a zip archive';
    case 'no-directory':
      return 'no central directory (the file is cut short or is not a zip archive)';
    case 'zip64':
      return 'ZIP64 archives are not read';
    case 'directory-outside':
      return 'the central directory lies outside the archive';
    case 'entry-broken':
      return `entry ${damage.entry} of the directory is broken`;
    case 'name-twice':
      return `"${damage.name}" is in the archive twice`;
    case 'no-local-header':
      return `"${damage.name}" has no local header`;
    case 'past-end':
      return `"${damage.name}" runs past the end of the archive`;
    case 'checksum':
      return `"${damage.name}" fails its checksum`;
    case 'cannot-unpack':
      return `"${damage.name}" cannot be unpacked, or unpacks to more than the ${damage.declared} bytes its header declares`;
    case 'method':
      return `"${damage.name}" uses compression method ${damage.method}, which is not read`;
    case 'size':
      return `"${damage.name}" unpacks to ${damage.size} bytes, not the ${damage.declared} it declares`;
  }
}

/** A workbook that cannot be read, and why. */
const unreadable = (why: string) =>
  `cannot be read as an .xlsx workbook: ${why}. Open it in a spreadsheet program, save it again as .xlsx and try again.`;

/** Every workbook problem in English, by message id. */
export const WORKBOOK_EN: Pick<InputWording, WorkbookFactId> = {
  'file-wrong-kind': ({ found, expected }) =>
    expected === 'csv' && found === 'xls'
      ? 'is an Excel 97-2003 workbook (.xls), not a CSV file. Save it as .xlsx (and name that file in the scenario) or as CSV UTF-8.'
      : WRONG_KIND[found],
  'workbook-encrypted': () =>
    'is password-protected (encrypted), so it cannot be read. Open it, remove the password (in Excel: File > Info > Protect Workbook > Encrypt with Password, and clear it), save it and try again.',
  'workbook-corrupt': ({ detail }) => unreadable(detail),
  'workbook-damaged': ({ damage }) => unreadable(damageText(damage)),
  'workbook-too-many-entries': ({ max }) =>
    `is a zip archive of more than ${max} parts, far more than a workbook holds; it is refused unread.`,
  'workbook-unpacked-too-large': ({ size, maxBytes }) =>
    `unpacks to ${describeBytes(size, 'en')}, over the ${describeBytes(maxBytes, 'en')} limit for an input. Fix the file, or raise limits.maxFileBytes in the scenario if it really is this large.`,
  'workbook-too-many-sheets': ({ count, max }) =>
    `has ${count} sheets, more than the ${max} expertpool reads. Keep the round's tables in a workbook of their own.`,
  'workbook-too-many-cells': ({ cells, maxCells }) =>
    `holds ${cells} cells in its sheets, over the limit of ${maxCells}. Keep the round's tables in a workbook of their own, or raise limits.maxCells in the scenario if it really is this large.`,
  'workbook-external-link': ({ part }) =>
    `links to another workbook (${part}), whose values expertpool does not read. Break the links (Excel: Data > Edit Links > Break Link; LibreOffice: Edit > External Links > Break Link), save it and try again.`,
  'sheet-missing': ({ sheet, sheets, more }) =>
    `has no sheet "${sheet}"; its sheets are ${sheetList(sheets, more)}. Correct the sheet name after "#" in the scenario.`,
  'sheet-not-found': ({ table, names, sheets, more }) =>
    `has no sheet named ${names.map((name) => `"${name}"`).join(' or ')}, and several sheets (${sheetList(sheets, more)}), so which one holds the ${TABLE[table]} is unclear. Write it after the file name in the scenario, e.g. "…#${sheets[0] ?? names[0]}", or rename the sheet "${names[0]}".`,
  'sheet-ambiguous': ({ table, sheets }) =>
    `has more than one sheet for the ${TABLE[table]}: ${sheetList(sheets, 0)}. Write the one to read after the file name in the scenario, e.g. "…#${sheets[0]}".`,
  'sheet-formula-no-value': ({ formula }) =>
    `holds the formula ${formula} but no value calculated for it (a program that does not calculate wrote the workbook). expertpool never calculates formulas: open the workbook in a spreadsheet program, let it recalculate, save it and try again.`,
  'sheet-error-value': ({ value }) => `holds the error value ${value} (a formula that failed); correct the formula or type the value.`,
  'cell-is-date': ({ cell, expected }) =>
    expected === 'text'
      ? `"${cell}" is a date in the sheet, not text: the spreadsheet turned what was typed into a date. Format the cell as Text and type it again.`
      : `"${cell}" is a date in the sheet, not a number. Format the cell as Number and type the number again.`,
  'sheet-hidden-rows': ({ rows, more }) =>
    `hides ${rows.length + more === 1 ? 'row' : 'rows'} ${listIds(rows.map(String), more, 'and', (count) => `${count} more`)}; expertpool reads hidden rows like any other. Delete the rows that are not part of the round.`,
};
