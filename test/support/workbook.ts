import { dateTimeSerial } from '../../src/io/sheet-cells.js';
import { type CellObject, sheetJs } from '../../src/io/sheetjs.js';

/** A cell as a test writes it: text, a number, or a SheetJS cell (dates, formulas, errors, booleans). */
export type TestCell = string | number | boolean | null | CellObject;

/** Options of a test workbook. */
interface WorkbookOptions {
  /** Row numbers (1-based) to hide, by sheet. */
  readonly hidden?: Readonly<Record<string, readonly number[]>>;
  /** Serial dates count from 1904. */
  readonly date1904?: boolean;
}

/** A date-time cell as a spreadsheet stores it: the serial day number (15 significant digits, as Calc writes it). */
export function dateCell(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): CellObject {
  return { t: 'n', v: Number(dateTimeSerial(year, month, day, hour, minute, second).toPrecision(15)), z: 'yyyy-mm-dd hh:mm:ss' };
}

/** An .xlsx workbook of the given sheets (name to rows), as SheetJS writes it. */
export function workbookBytes(sheets: Readonly<Record<string, readonly (readonly TestCell[])[]>>, options: WorkbookOptions = {}): Buffer {
  const xlsx = sheetJs();
  const book = xlsx.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = xlsx.utils.aoa_to_sheet(rows.map((row) => [...row]) as unknown[][]);
    const hidden = options.hidden?.[name] ?? [];
    if (hidden.length > 0)
      sheet['!rows'] = Array.from({ length: Math.max(...hidden) }, (_, index) => ({ hidden: hidden.includes(index + 1) }));
    xlsx.utils.book_append_sheet(book, sheet, name);
  }
  if (options.date1904) book.Workbook = { WBProps: { date1904: true } };
  return xlsx.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** The header and two experts of the small test round (temp-round.ts) as sheet rows, NIS codes as numbers. */
export const EXPERT_ROWS: readonly (readonly TestCell[])[] = [
  ['id', 'name', 'municipality', 'domains', 'periods', 'cost', 'max_trajectories', 'max_distance_km'],
  ['X001', 'Lien', 44021, 'wonen|schuldhulp', 'P1|P2', null, null, null],
  ['X002', 'Joris', 11002, 'participatie', 'P2|P3', 15000.5, 1, null],
];

/**
 * A workbook as text, for golden files: per sheet its frozen pane,
 * autofilter and column widths (from the sheet XML), then every cell with
 * its type, value, number format and note (comment).
 */
export function workbookDump(bytes: Buffer): string {
  const xlsx = sheetJs();
  const container = xlsx.CFB.read(bytes, { type: 'buffer' });
  const book = xlsx.read(bytes, { type: 'buffer', cellNF: true, cellText: false, cellFormula: true, cellStyles: true } as never);
  const lines: string[] = [];
  book.SheetNames.forEach((name, index) => {
    const part = container.FullPaths.findIndex((path) => path.endsWith(`/xl/worksheets/sheet${index + 1}.xml`));
    const xml = Buffer.from(container.FileIndex[part]!.content).toString('utf8');
    const sheet = book.Sheets[name]!;
    lines.push(`sheet ${JSON.stringify(name)}`);
    lines.push(`  pane ${/<pane [^>]*>/.exec(xml)?.[0] ?? 'none'}`);
    lines.push(`  autofilter ${sheet['!autofilter']?.ref ?? 'none'}`);
    lines.push(`  widths ${(sheet['!cols'] ?? []).map((column) => column?.wch).join(' ')}`);
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith('!')) continue;
      const value = cell as CellObject;
      const format = value.z === undefined || value.z === 'General' ? '' : ` [${String(value.z)}]`;
      const note = value.c?.[0]?.t === undefined ? '' : ` note ${JSON.stringify(value.c[0].t)}`;
      lines.push(`  ${address} ${value.t}${value.f === undefined ? '' : ` f=${value.f}`} ${JSON.stringify(value.v)}${format}${note}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Every text cell of a workbook, one a line: what a reader sees besides the numbers. */
export function workbookTexts(bytes: Buffer): string {
  const book = sheetJs().read(bytes, { type: 'buffer' });
  return book.SheetNames.flatMap((name) => [
    name,
    ...Object.entries(book.Sheets[name]!)
      .filter(([address, cell]) => !address.startsWith('!') && (cell as CellObject).t === 's')
      .map(([, cell]) => String((cell as CellObject).v)),
  ]).join('\n');
}
