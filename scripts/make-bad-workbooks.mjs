/**
 * The workbook cases of the bad-input corpus (test/fixtures/bad/xlsx-*), run
 * by make-workbook-fixtures.mjs: each a small round whose experts table is a
 * workbook with one thing wrong, and the message `solve` must print. Most are
 * written here with SheetJS and a small zip writer (to make archives no
 * spreadsheet program would: lying sizes, bombs, cut-off files); the .xls and
 * .ods files are LibreOffice Calc's own.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipArchive as zip } from '../test/support/zip-writer.mjs';

const XLSX = createRequire(import.meta.url)('@e965/xlsx/dist/xlsx.mini.min.js');
const corpus = fileURLToPath(new URL('../test/fixtures/bad/', import.meta.url));

const MUNICIPALITIES = `nis,name,province,lat,lon,population,kansarmoede
44021,Gent,Oost-Vlaanderen,51.0543,3.7174,263000,20.1
11002,Antwerpen,Antwerpen,51.2194,4.4025,529000,27.4
41002,Aalst,Oost-Vlaanderen,50.9378,4.0403,88000,15.2
71016,Genk,Limburg,50.9650,5.5008,66000,30.3
`;
const REQUESTS = `id,municipality,domain,periods,submitted_at,priority
A001,41002,wonen,,2021-10-04T09:12:33+02:00,80
A002,11002,schuldhulp,P2,2021-10-05T09:12:33+02:00,70.5
A003,71016,participatie,P3,,60
`;
const HEADER = ['id', 'name', 'municipality', 'domains', 'periods', 'cost', 'max_trajectories', 'max_distance_km'];
const ROWS = [
  ['X001', 'Lien', 44021, 'wonen|schuldhulp', 'P1|P2', 16667],
  ['X002', 'Joris', 11002, 'participatie', 'P2|P3', 15000.5, 1],
];

const scenario = (experts) => `name: Test round
budget: 50000
defaults: { cost: 16667, maxDistanceKm: 60 }
data: { municipalities: municipalities.csv, experts: ${experts}, requests: requests.csv }
`;

/** A workbook of the experts table as SheetJS writes it; `edit` changes the sheet (cell F3 is X002's cost). */
function experts(edit = () => {}, sheetNames = ['experts']) {
  const book = XLSX.utils.book_new();
  for (const name of sheetNames) {
    const sheet = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS]);
    edit(sheet);
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** The parts of a zip archive, by name (SheetJS's own reader). */
function parts(zip) {
  const container = XLSX.CFB.read(zip, { type: 'buffer' });
  return container.FullPaths.map((path, index) => [path.replace(/^Root Entry\//, ''), container.FileIndex[index]])
    .filter(([name, entry]) => entry.type === 2 && !name.startsWith('\u0001'))
    .map(([name, entry]) => [name, Buffer.from(entry.content)]);
}

/** The experts workbook with its sheet's XML padded by `bytes` spaces: tiny packed, huge unpacked. */
function padded(bytes) {
  return parts(experts()).map(([name, content]) =>
    name === 'xl/worksheets/sheet1.xml'
      ? [name, Buffer.concat([content.subarray(0, -'</worksheet>'.length), Buffer.alloc(bytes, 0x20), Buffer.from('</worksheet>')])]
      : [name, content],
  );
}

/** An OLE2 file as Excel writes a password-protected workbook: the encrypted package and how it was encrypted. */
function encrypted() {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<encryption/>')]));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(4096, 0xa5));
  return Buffer.from(XLSX.CFB.write(container, { fileType: 'cfb', type: 'buffer' }));
}

/**
 * Every case: its experts file (name and bytes, or a Calc conversion) and the fragment of the one message `solve` prints.
 * `calc` converts the experts table with LibreOffice into the named format.
 */
function cases(calc) {
  return {
    'xlsx-zip-bomb': {
      file: ['experts.xlsx', zip(padded(20_000_000), (name) => (name === 'xl/worksheets/sheet1.xml' ? 2000 : undefined))],
      expected: 'experts.xlsx: cannot be read as an .xlsx workbook: "xl/worksheets/sheet1.xml" cannot be unpacked, or unpacks to more than',
    },
    'xlsx-unpacked-too-large': {
      file: ['experts.xlsx', zip(padded(60_000_000))],
      expected: 'experts.xlsx: unpacks to 57.2 MB, over the 50.0 MB limit for an input',
    },
    'xlsx-cut-short': {
      file: ['experts.xlsx', experts().subarray(0, 2000)],
      expected: 'experts.xlsx: cannot be read as an .xlsx workbook: no central directory',
    },
    'xlsx-password-protected': { file: ['experts.xlsx', encrypted()], expected: 'experts.xlsx: is password-protected (encrypted)' },
    'xlsx-is-xls': { file: ['experts.xlsx', calc('xls')], expected: 'experts.xlsx: is an Excel 97-2003 workbook (.xls)' },
    'xlsx-is-ods': { file: ['experts.xlsx', calc('ods')], expected: 'experts.xlsx: is an OpenDocument spreadsheet (.ods)' },
    'xlsx-is-csv': {
      file: ['experts.xlsx', Buffer.from(`${HEADER.join(',')}\n${ROWS.map((row) => row.join(',')).join('\n')}\n`)],
      expected: 'experts.xlsx: holds text, not an .xlsx workbook: is it a CSV file named .xlsx?',
    },
    'xlsx-named-csv': { file: ['experts.csv', experts()], expected: 'experts.csv: is an .xlsx workbook (a zip archive), not a CSV file' },
    'xlsx-external-link': {
      file: ['experts.xlsx', zip([...parts(experts()), ['xl/externalLinks/externalLink1.xml', Buffer.from('<externalLink/>')]])],
      expected: 'experts.xlsx: links to another workbook (xl/externalLinks/externalLink1.xml)',
    },
    'xlsx-formula-without-value': {
      file: ['experts.xlsx', experts((sheet) => (sheet.F3 = { t: 'n', f: '15000+0.5' }))],
      expected: 'experts.xlsx, sheet experts, cell F3 (cost): holds the formula =15000+0.5 but no value calculated for it',
    },
    'xlsx-error-value': {
      file: ['experts.xlsx', experts((sheet) => (sheet.F3 = { t: 'e', v: 0x07, f: '15000/0' }))],
      expected: 'experts.xlsx, sheet experts, cell F3 (cost): holds the error value #DIV/0!',
    },
    'xlsx-date-as-cost': {
      file: ['experts.xlsx', experts((sheet) => (sheet.F3 = { t: 'n', v: 15000.5, z: 'dd/mm/yyyy' }))],
      expected: 'experts.xlsx, sheet experts, cell F3 (cost): "1941-01-24 12:00:00" is a date in the sheet, not a number.',
    },
    'xlsx-text-as-cost': {
      file: ['experts.xlsx', experts((sheet) => (sheet.F3 = { t: 's', v: '15.000,50' }))],
      expected: 'experts.xlsx, sheet experts, cell F3 (cost): "15.000,50" is not a number; the sheet holds it as text',
    },
    'xlsx-sheet-not-found': {
      file: ['experts.xlsx', experts(undefined, ['Blad1', 'Blad2'])],
      expected: 'experts.xlsx: has no sheet named "experts" or "experten", and several sheets ("Blad1" and "Blad2")',
    },
  };
}

/**
 * Writes every workbook case into test/fixtures/bad/. `soffice` runs
 * LibreOffice with the caller's profile; `work` is a scratch folder.
 */
export function writeBadWorkbooks(soffice, work) {
  const source = join(work, 'experts.csv');
  writeFileSync(source, `${HEADER.join(',')}\n${ROWS.map((row) => row.join(',')).join('\n')}\n`);
  const calc = (format) => {
    soffice(['--infilter=CSV:44,34,76,1', '--convert-to', format, '--outdir', work, source], work);
    return readFileSync(join(work, `experts.${format}`));
  };
  for (const [name, { file, expected }] of Object.entries(cases(calc))) {
    const folder = join(corpus, name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'municipalities.csv'), MUNICIPALITIES);
    writeFileSync(join(folder, 'requests.csv'), REQUESTS);
    writeFileSync(join(folder, file[0]), file[1]);
    writeFileSync(join(folder, 'scenario.yaml'), scenario(file[0]));
    writeFileSync(join(folder, 'expected.txt'), `${expected}\n`);
  }
}
