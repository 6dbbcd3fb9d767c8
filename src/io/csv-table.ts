import Papa from 'papaparse';
import { InputError } from './input-error.js';
import { assertCsvWithinLimits, DEFAULT_LIMITS, previewRows, type InputLimits } from './limits.js';

/** A data row of a CSV file, with cells keyed by lower-case header name. */
export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A parsed CSV file. */
export interface CsvTable {
  readonly file: string;
  readonly delimiter: ',' | ';';
  /** Lower-case, trimmed header names, in file order. */
  readonly columns: readonly string[];
  /** Header names as written, by lower-case name, for messages. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rows: readonly CsvRow[];
}

/**
 * The delimiter is read from the header line: header names never hold `,` or
 * `;`, while data cells may (decimal commas in `;` files). A tab-separated
 * header is refused with a message, rather than read as one long column name.
 */
function detectDelimiter(text: string, file: string): ',' | ';' {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  const count = (character: string) => header.split(character).length - 1;
  const semicolons = count(';');
  const commas = count(',');
  if (count('\t') > Math.max(semicolons, commas)) {
    throw new InputError(
      { file, row: 1 },
      'is separated by tabs; expertpool reads CSV separated by "," or ";". In Excel, save it as "CSV UTF-8 (comma delimited)".',
    );
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A row with fewer cells than the header that splits into more cells on the
 * other delimiter was written with another delimiter than the header (a
 * header typed by hand over an Excel export, or rows pasted from another
 * file). A short `;` row with a decimal comma splits into fewer cells on `,`,
 * so it is not mistaken for one.
 */
function assertSameDelimiter(
  record: readonly string[],
  width: number,
  delimiter: ',' | ';',
  location: { file: string; row: number },
): void {
  if (record.length >= width) return;
  const other = delimiter === ',' ? ';' : ',';
  if (record.join(delimiter).split(other).length > record.length) {
    throw new InputError(
      location,
      `has ${record.length} cell${record.length === 1 ? '' : 's'} but the header has ${width}: this row is separated by "${other}" while the header uses "${delimiter}". Use one delimiter in the whole file.`,
    );
  }
}

/**
 * Parses CSV text with papaparse. Blank lines are skipped; a row with more
 * cells than the header is an error, since it usually means a delimiter
 * inside an unquoted cell. Rows past `limits.maxRows` are not parsed at all.
 */
export function parseCsv(text: string, file: string, required: readonly string[], limits: InputLimits = DEFAULT_LIMITS): CsvTable {
  if (text.trim() === '') {
    throw new InputError({ file }, `is empty. It needs a header row with at least: ${required.join(', ')}.`);
  }
  // One line ending throughout: CRLF (Windows), LF and lone CR (old Mac) may even be mixed in one file.
  const normalised = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalised, file);
  const parsed = Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    preview: previewRows(limits),
  });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    throw new InputError(
      { file, row: (quoteError.row ?? 0) + 1 },
      `has an unmatched quote ("). Close the quoted cell or remove the quote.`,
    );
  }
  assertCsvWithinLimits(file, parsed.data, { truncated: parsed.meta.truncated, rest: () => normalised.slice(parsed.meta.cursor) }, limits);
  const [headerCells = [], ...records] = parsed.data;
  const headers: Record<string, string> = {};
  const columns = headerCells.map((cell) => cell.trim().toLowerCase());
  columns.forEach((name, index) => {
    if (name === '') return;
    if (headers[name] !== undefined) {
      throw new InputError(
        { file, row: 1, column: headerCells[index]?.trim() ?? name },
        'appears twice in the header. Remove or rename one of them.',
      );
    }
    headers[name] = headerCells[index]?.trim() ?? name;
  });
  const missing = required.filter((name) => headers[name] === undefined);
  if (missing.length > 0) {
    const found = columns.filter((c) => c !== '').join(delimiter) || '(nothing)';
    throw new InputError(
      { file, row: 1, column: missing[0] },
      `required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} missing; the header reads "${found}". The header must name at least: ${required.join(', ')}.`,
    );
  }
  const rows: CsvRow[] = [];
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length > columns.length) {
      throw new InputError(
        { file, row: rowNumber },
        `has ${record.length} cells but the header has ${columns.length}. A "${delimiter}" inside a cell must be quoted.`,
      );
    }
    assertSameDelimiter(record, headerCells.length, delimiter, { file, row: rowNumber });
    const cells: Record<string, string> = {};
    columns.forEach((name, column) => {
      if (name !== '') cells[name] = (record[column] ?? '').trim();
    });
    rows.push({ row: rowNumber, cells });
  });
  return { file, delimiter, columns: columns.filter((c) => c !== ''), headers, rows };
}
