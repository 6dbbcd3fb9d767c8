import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorText } from '../../src/text/input-messages.js';
import { inputErrorOf } from '../support/input-error.js';
import { MUNICIPALITIES, REQUESTS, SCENARIO, smallRound } from '../support/temp-round.js';
import { dateCell, EXPERT_ROWS, type TestCell, workbookBytes } from '../support/workbook.js';
import { InputError } from '../../src/io/input-error.js';

const withExperts = (experts: string) => SCENARIO.replace('experts: experts.csv', `experts: ${experts}`);

/** The small round with its experts table from a workbook of the given sheets. */
function roundWithExperts(sheets: Record<string, readonly (readonly TestCell[])[]>, path = 'experts.xlsx', options = {}) {
  return join(smallRound({ 'experts.xlsx': workbookBytes(sheets, options), 'scenario.yaml': withExperts(path) }), 'scenario.yaml');
}

const REQUEST_HEADER = ['id', 'municipality', 'domain', 'periods', 'submitted_at', 'priority'];

/** The rows of a CSV text without quoted fields, as workbook cells. */
const csvRows = (csv: string): TestCell[][] =>
  csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));

describe('reading a table from a workbook', () => {
  it('reads the same experts from a sheet as from the CSV file, NIS codes stored as numbers included', () => {
    const fromCsv = loadRound(join(smallRound(), 'scenario.yaml'));
    const fromSheet = loadRound(roundWithExperts({ experts: EXPERT_ROWS }));
    expect(fromSheet.round).toEqual(fromCsv.round);
    expect(Object.keys(fromSheet.inputs)).toContain('experts.xlsx');
  });

  it('reads date cells as Brussels local times rounded to the second, and date-only cells as midnight', () => {
    const requests: TestCell[][] = [
      REQUEST_HEADER,
      ['A001', 41002, 'wonen', null, { t: 'n', v: 44562.3333333333, z: 'yyyy-mm-dd hh:mm' }, 80],
      ['A002', 11002, 'schuldhulp', 'P2', dateCell(2021, 7, 1, 9, 30, 15), 70.5],
      ['A003', 71016, 'participatie', 'P3', { t: 'n', v: 44562, z: 'dd/mm/yyyy' }, 60],
    ];
    const folder = smallRound({
      'round.xlsx': workbookBytes({ requests }),
      'scenario.yaml': SCENARIO.replace('requests: requests.csv', 'requests: round.xlsx'),
    });
    const submitted = loadRound(join(folder, 'scenario.yaml')).round.requests.map((request) => request.submittedAt);
    // Winter time is UTC+1, summer time UTC+2.
    expect(submitted).toEqual(['2022-01-01T07:00:00.000Z', '2021-07-01T07:30:15.000Z', '2021-12-31T23:00:00.000Z']);
  });

  it('counts serial dates from 1904 in a workbook that says so', () => {
    // 1462 days after the 1900 system: 44562.3333333333 there is 2022-01-01 08:00:00.
    const requests: TestCell[][] = [
      REQUEST_HEADER,
      ['A001', 41002, 'wonen', null, { t: 'n', v: 43100.3333333333, z: 'yyyy-mm-dd hh:mm' }, 80],
    ];
    const folder = smallRound({
      'round.xlsx': workbookBytes({ requests }, { date1904: true }),
      'scenario.yaml': SCENARIO.replace('requests: requests.csv', 'requests: round.xlsx'),
    });
    expect(loadRound(join(folder, 'scenario.yaml')).round.requests[0]!.submittedAt).toBe('2022-01-01T07:00:00.000Z');
  });

  it('reads formulas by their stored values, ignores empty rows and columns around the table, and reads booleans as text', () => {
    const rows: TestCell[][] = [
      [],
      [null, ...EXPERT_ROWS[0]!, null],
      [null, ...EXPERT_ROWS[1]!.slice(0, 5), { t: 'n', v: 16667, f: '16000+667' }],
      [null, true, ...EXPERT_ROWS[2]!.slice(1)],
      [],
      [null, null, null, null, null, null, null, null, null, ''],
    ];
    const experts = loadRound(roundWithExperts({ experts: rows })).round.experts;
    expect(experts.map((expert) => [expert.id, expert.cost])).toEqual([
      ['TRUE', 15000.5],
      ['X001', 16667],
    ]);
  });

  it('refuses a formula without a stored value and an error value, naming the sheet and the cell', () => {
    const formula = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [...EXPERT_ROWS, ['X003', 'Ann', 44021, 'wonen', 'P1', { t: 'n', f: 'A1*2' }]] })),
    );
    expect(formula.message).toContain('experts.xlsx, sheet experts, cell F4 (cost): holds the formula =A1*2 but no value calculated');
    const error = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [...EXPERT_ROWS, ['X003', 'Ann', { t: 'e', v: 0x2a }, 'wonen', 'P1']] })),
    );
    expect(error.message).toContain('experts.xlsx, sheet experts, cell C4 (municipality): holds the error value #N/A');
  });

  it('names the file, the sheet and the cell in the words of CSV errors, in English and in Dutch', () => {
    const rows = [...EXPERT_ROWS.slice(0, 2), ['X002', 'Joris', 11002, 'participatie', 'P2|P3', -5]];
    let caught: unknown;
    try {
      loadRound(roundWithExperts({ Experten: rows }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(inputErrorText(caught as InputError, 'en')).toBe('experts.xlsx, sheet Experten, cell F3 (cost): must be more than 0 EUR');
    expect(inputErrorText(caught as InputError, 'nl')).toBe('experts.xlsx, blad Experten, cel F3 (cost): moet meer dan 0 EUR zijn');
  });

  it('refuses a NIS code a spreadsheet shortened, a date where text or a number belongs, and text in a number cell', () => {
    const shortened = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [EXPERT_ROWS[0]!, ['X001', 'Lien', 4021, 'wonen', 'P1']] })),
    );
    expect(shortened.message).toBe('experts.xlsx, sheet experts, cell C2 (municipality): "4021" must be a 5-digit NIS code, e.g. 44021');
    const dated = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [EXPERT_ROWS[0]!, ['X001', 'Lien', 44021, 'wonen', dateCell(2022, 2, 1)]] })),
    );
    expect(dated.message).toContain('cell E2 (periods): "2022-02-01 00:00:00" is a date in the sheet, not text');
    const text = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [EXPERT_ROWS[0]!, ['X001', 'Lien', 44021, 'wonen', 'P1', '16667,5']] })),
    );
    expect(text.message).toContain('cell F2 (cost): "16667,5" is not a number; the sheet holds it as text');
  });

  it('names the sheet the municipalities come from when a NIS code is not in it', () => {
    const folder = smallRound({
      'round.xlsx': workbookBytes({
        gemeenten: csvRows(MUNICIPALITIES),
        experten: [EXPERT_ROWS[0]!, ['X001', 'Lien', 12345, 'wonen', 'P1']],
      }),
      'scenario.yaml': SCENARIO.replace(
        'municipalities: municipalities.csv, experts: experts.csv',
        'municipalities: round.xlsx, experts: round.xlsx',
      ),
    });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).message).toBe(
      'round.xlsx, sheet experten, cell C2 (municipality): "12345" is not in round.xlsx (sheet gemeenten). Add the supplier municipality there or correct the NIS code.',
    );
  });

  it('places header problems on the header cell, and data under an unnamed column', () => {
    const typo = inputErrorOf(() =>
      loadRound(roundWithExperts({ experts: [['id', 'name', 'municipality', 'domains', 'periods', 'cots']] })),
    );
    expect(typo.location).toMatchObject({ file: 'experts.xlsx', sheet: 'experts', cell: 'F1', column: 'cots' });
    const unnamed = inputErrorOf(() => loadRound(roundWithExperts({ experts: [EXPERT_ROWS[0]!, [...EXPERT_ROWS[1]!, 'note']] })));
    expect(unnamed.message).toBe(
      'experts.xlsx, sheet experts, cell I1: has no name in the header, but row 2 has "note" under it. Name the column, or delete it.',
    );
  });

  it('reads hidden rows and says which', () => {
    const loaded = loadRound(roundWithExperts({ experts: EXPERT_ROWS }, 'experts.xlsx', { hidden: { experts: [3] } }));
    expect(loaded.round.experts.map((expert) => expert.id)).toEqual(['X001', 'X002']);
    expect(loaded.warnings.map((warning) => [warning.location, warning.fact])).toContainEqual([
      { file: 'experts.xlsx', sheet: 'experts' },
      { id: 'sheet-hidden-rows', rows: [3], more: 0 },
    ]);
  });
});

describe('which sheet a table is read from', () => {
  const other = [['x'], [1]];

  it('is the sheet named after "#", exactly or else in any case', () => {
    expect(
      loadRound(roundWithExperts({ Blad1: other, 'Experten 2022': EXPERT_ROWS }, 'experts.xlsx#Experten 2022')).round.experts,
    ).toHaveLength(2);
    expect(
      loadRound(roundWithExperts({ Blad1: other, 'Experten 2022': EXPERT_ROWS }, 'experts.xlsx#experten 2022')).round.experts,
    ).toHaveLength(2);
    const missing = inputErrorOf(() => loadRound(roundWithExperts({ Blad1: other, Blad2: EXPERT_ROWS }, 'experts.xlsx#Blad3')));
    expect(missing.message).toBe(
      'experts.xlsx: has no sheet "Blad3"; its sheets are "Blad1" and "Blad2". Correct the sheet name after "#" in the scenario.',
    );
  });

  it('is otherwise the sheet named like the table, in English or Dutch and any case, or else the only sheet', () => {
    expect(loadRound(roundWithExperts({ Blad1: other, EXPERTEN: EXPERT_ROWS })).round.experts).toHaveLength(2);
    expect(loadRound(roundWithExperts({ Deskundigen: EXPERT_ROWS })).round.experts).toHaveLength(2);
    const ambiguous = inputErrorOf(() => loadRound(roundWithExperts({ experts: EXPERT_ROWS, experten: EXPERT_ROWS })));
    expect(ambiguous.fact).toEqual({ id: 'sheet-ambiguous', table: 'experts', sheets: ['experts', 'experten'] });
  });

  it('reads every table of the round from one workbook, history included', () => {
    const folder = smallRound({
      'round.xlsx': workbookBytes({
        gemeenten: csvRows(MUNICIPALITIES),
        experten: EXPERT_ROWS,
        aanvragen: csvRows(REQUESTS),
        historiek: [
          ['year', 'expert', 'municipality', 'domain'],
          [2021, 'X001', 71016, 'participatie'],
        ],
      }),
      'scenario.yaml': `name: One workbook
year: 2022
budget: 50000
defaults: { cost: 16667, maxDistanceKm: 60 }
data: { municipalities: round.xlsx, experts: round.xlsx, requests: round.xlsx }
history: { file: round.xlsx, servedBefore: exclude }
`,
    });
    const loaded = loadRound(join(folder, 'scenario.yaml'));
    const fromCsv = loadRound(join(smallRound(), 'scenario.yaml')).round;
    expect(loaded.round.requests).toEqual(fromCsv.requests);
    expect(loaded.round.history?.records).toEqual([{ year: 2021, expert: 'X001', municipality: '71016', domain: 'participatie' }]);
    expect(Object.keys(loaded.inputs)).toEqual(['scenario.yaml', 'round.xlsx']);
  });
});

describe('a workbook held to the scenario limits', () => {
  const limited = (limits: string, sheets: Record<string, readonly (readonly TestCell[])[]>) =>
    join(
      smallRound({ 'experts.xlsx': workbookBytes(sheets), 'scenario.yaml': `${withExperts('experts.xlsx')}limits: ${limits}\n` }),
      'scenario.yaml',
    );

  it('refuses more data rows than maxRows, naming the first row too many', () => {
    const rows = [...EXPERT_ROWS, ...[3, 4, 5].map((n) => [`X00${n}`, 'Ann', 44021, 'wonen', 'P1'])];
    const error = inputErrorOf(() => loadRound(limited('{ maxRows: 4 }', { experts: rows })));
    expect(error.message).toBe(
      'experts.xlsx, sheet experts, row 6: has more than 4 data rows, the limit for one input file. Fix the file, or raise limits.maxRows in the scenario if it really is this large.',
    );
  });

  it('counts the cells of every sheet against maxCells before parsing any', () => {
    const error = inputErrorOf(() => loadRound(limited('{ maxCells: 20 }', { experts: EXPERT_ROWS, other: [['x', 'y']] })));
    expect(error.location).toEqual({ file: 'experts.xlsx' });
    expect(error.fact).toEqual({ id: 'workbook-too-many-cells', cells: 22, maxCells: 20 });
  });

  it('refuses a cell longer than maxFieldLength and a control character, naming the cell', () => {
    const rows = [EXPERT_ROWS[0]!, ['X001', 'Lien De Smet-Van den Broeck-Peeters', 44021, 'wonen', 'P1']];
    const long = inputErrorOf(() => loadRound(limited('{ maxFieldLength: 25 }', { experts: rows })));
    expect(long.location).toMatchObject({ sheet: 'experts', cell: 'B2', column: 'name' });
    const escape = [EXPERT_ROWS[0]!, ['X001', 'Lien\u001b[31m', 44021, 'wonen', 'P1']];
    const control = inputErrorOf(() => loadRound(roundWithExperts({ experts: escape })));
    expect(control.message).toContain('experts.xlsx, sheet experts, cell B2 (name): holds the control character U+001B');
  });

  it('refuses more sheets than a workbook may have', () => {
    const sheets = Object.fromEntries(Array.from({ length: 251 }, (_, index) => [`Blad${index + 1}`, [['x']]]));
    expect(inputErrorOf(() => loadRound(roundWithExperts(sheets))).fact).toEqual({ id: 'workbook-too-many-sheets', count: 251, max: 250 });
  });
});
