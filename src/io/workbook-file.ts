import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import { type InputLimits, MAX_WORKBOOK_ENTRIES, MAX_WORKBOOK_SHEETS } from './limits.js';
import { type CfbContainer, type SheetJs, sheetJs, type WorkSheet } from './sheetjs.js';
import { countCells, formulasWithoutValue, sheetParts } from './workbook-parts.js';
import { readZipEntries, ZipArchiveError } from './zip-archive.js';

/** One sheet of a workbook, parsed. */
export interface ParsedSheet {
  readonly sheet: WorkSheet;
  /** Serial day numbers count from 1904 (old Mac workbooks) instead of 1900. */
  readonly date1904: boolean;
  /** Cells with a formula but no stored value, by reference (`B7`): SheetJS leaves them out. */
  readonly formulasWithoutValue: ReadonlyMap<string, string>;
}

/** A workbook whose parts are unpacked and checked, ready to parse one sheet at a time. */
export interface OpenedWorkbook {
  /** The file as messages name it. */
  readonly file: string;
  /** The sheets' names, in the workbook's order. */
  readonly sheetNames: readonly string[];
  /** Parses one sheet: cached values, number formats, formulas (to find those without a value), hidden rows. */
  readonly sheet: (name: string) => ParsedSheet;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Excel's password protection wraps the workbook in an OLE2 file with a stream of this name (UTF-16). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Parts a workbook's sheets are read from: XML and relationships; pictures, macros (vbaProject.bin) and the like are never unpacked. */
const READ_PART = /\.(xml|rels)$/i;
const EXTERNAL_LINK = /^xl\/externalLinks\//i;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** What a file named `.xlsx` holds when it is not a zip archive. */
function notZipKind(bytes: Buffer): 'xls' | 'text' | 'binary' {
  if (bytes.subarray(0, 8).equals(OLE2)) return 'xls';
  const head = bytes.subarray(0, 4096);
  return head.includes(0) ? 'binary' : 'text';
}

/**
 * Unpacks the archive within the scenario's limits and refuses what is not
 * an .xlsx workbook, or not one to trust: a password-protected or legacy
 * (.xls) file, an OpenDocument spreadsheet, another kind of zip archive, a
 * workbook that links to other files.
 */
function unpackWorkbook(bytes: Buffer, file: string, limits: InputLimits): Map<string, Buffer> {
  const fail = (fact: ConstructorParameters<typeof InputError>[1]): never => {
    throw new InputError({ file }, fact);
  };
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (!isZip) {
    if (bytes.subarray(0, 8).equals(OLE2) && bytes.includes(ENCRYPTED_PACKAGE)) fail({ id: 'workbook-encrypted' });
    fail({ id: 'file-wrong-kind', found: notZipKind(bytes), expected: 'xlsx' });
  }
  let parts: Map<string, Buffer>;
  try {
    parts = readZipEntries(bytes, {
      maxEntries: MAX_WORKBOOK_ENTRIES,
      maxTotalBytes: limits.maxFileBytes,
      wanted: (name) => READ_PART.test(name) || name === 'mimetype' || EXTERNAL_LINK.test(name),
    });
  } catch (error) {
    if (!(error instanceof ZipArchiveError)) throw error;
    const { problem } = error;
    if (problem.kind === 'encrypted') return fail({ id: 'workbook-encrypted' });
    if (problem.kind === 'too-many-entries') return fail({ id: 'workbook-too-many-entries', max: problem.max });
    if (problem.kind === 'too-large') return fail({ id: 'workbook-unpacked-too-large', size: problem.size, maxBytes: problem.maxBytes });
    return fail({ id: 'workbook-damaged', damage: problem.damage });
  }
  const names = [...parts.keys()];
  if (parts.get('mimetype')?.toString('latin1').startsWith('application/vnd.oasis.opendocument'))
    fail({ id: 'file-wrong-kind', found: 'ods', expected: 'xlsx' });
  if (!names.some((name) => name.toLowerCase() === '[content_types].xml') || !names.some((name) => /^xl\/workbook\.xml$/i.test(name))) {
    fail({ id: 'file-wrong-kind', found: 'zip', expected: 'xlsx' });
  }
  // A linked workbook's values come from files expertpool does not read; refusing beats reading stale copies.
  const link = names.find((name) => EXTERNAL_LINK.test(name));
  if (link !== undefined) fail({ id: 'workbook-external-link', part: link });
  const cells = names
    .filter((name) => WORKSHEET_PART.test(name))
    .reduce((sum, name) => sum + countCells(parts.get(name)!.toString('latin1')), 0);
  if (cells > limits.maxCells) fail({ id: 'workbook-too-many-cells', cells, maxCells: limits.maxCells });
  return parts;
}

/**
 * Opens an .xlsx workbook from its bytes: the zip archive is unpacked within
 * `limits` by expertpool's own reader (see zip-archive.ts), checked, and only
 * then handed to SheetJS, which never sees the archive itself. Formulas are
 * never evaluated: a sheet is read by the values the spreadsheet program
 * stored. Anything SheetJS cannot parse is an input error naming the file.
 */
export function openWorkbook(bytes: Buffer, file: string, limits: InputLimits): OpenedWorkbook {
  const parts = unpackWorkbook(bytes, file, limits);
  const xlsx = sheetJs();
  const container = xlsx.CFB.utils.cfb_new();
  for (const [name, content] of parts) xlsx.CFB.utils.cfb_add(container, name, content);
  const parse = <T>(what: () => T): T => {
    try {
      return what();
    } catch (error) {
      throw new InputError(
        { file },
        { id: 'workbook-corrupt', detail: echoText(error instanceof Error ? error.message : String(error), 200) },
      );
    }
  };
  const sheetNames = parse(() => xlsx.parse_zip(container, { bookSheets: true })).SheetNames;
  if (sheetNames.length === 0) throw new InputError({ file }, { id: 'file-wrong-kind', found: 'zip', expected: 'xlsx' });
  if (sheetNames.length > MAX_WORKBOOK_SHEETS) {
    throw new InputError({ file }, { id: 'workbook-too-many-sheets', count: sheetNames.length, max: MAX_WORKBOOK_SHEETS });
  }
  const byLowerName = new Map([...parts].map(([name, content]) => [name.toLowerCase(), content]));
  const partText = (name: string) => byLowerName.get(name.toLowerCase())?.toString('utf8') ?? '';
  const partsOfSheets = sheetParts(partText('xl/workbook.xml'), partText('xl/_rels/workbook.xml.rels'));
  return {
    file,
    sheetNames,
    sheet: (name) => {
      const parsed = parse(() => readSheet(xlsx.parse_zip, container, name));
      const part = partsOfSheets.get(name);
      return { ...parsed, formulasWithoutValue: part === undefined ? new Map() : formulasWithoutValue(partText(part)) };
    },
  };
}

/** One sheet parsed, dense, by its cached values. */
function readSheet(parseZip: SheetJs['parse_zip'], container: CfbContainer, name: string): Omit<ParsedSheet, 'formulasWithoutValue'> {
  const book = parseZip(container, {
    sheets: [name],
    dense: true,
    cellNF: true,
    cellFormula: true,
    cellStyles: true,
    cellText: false,
    cellHTML: false,
  });
  const sheet = book.Sheets[name];
  if (sheet === undefined) throw new Error(`the sheet "${name}" is listed but cannot be read`);
  return { sheet, date1904: book.Workbook?.WBProps?.date1904 === true };
}
