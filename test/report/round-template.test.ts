import { describe, expect, it } from 'vitest';
import { roundTemplateFiles } from '../../src/report/round-template.js';
import { type CellObject, sheetJs } from '../../src/io/sheetjs.js';

// The golden files of the new round are the golden case test/golden/init.

describe('the files of a new round', () => {
  it('as CSV files: scenario.yaml with comments, the tables with one example row, README.md with the column notes', () => {
    for (const lang of ['en', 'nl'] as const) {
      const files = roundTemplateFiles({ lang, workbook: false });
      expect(Object.keys(files)).toEqual(['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv', 'README.md']);
    }
    const csv = roundTemplateFiles({ lang: 'en', workbook: false });
    expect(csv['requests.csv']).toBe(
      'id,municipality,domain,periods,submitted_at,priority\nA000,99998,kinderarmoede,P1|P2,2022-10-04 09:30:00,80\n',
    );
  });

  it('as one workbook: a sheet per table with notes on the headers, and a notes sheet', () => {
    const names = {
      en: ['round.xlsx', 'municipalities', 'experts', 'requests', 'Notes'],
      nl: ['ronde.xlsx', 'gemeenten', 'experten', 'aanvragen', 'Toelichting'],
    };
    for (const lang of ['en', 'nl'] as const) {
      const [workbook, ...sheets] = names[lang];
      const files = roundTemplateFiles({ lang, workbook: true });
      expect(Object.keys(files)).toEqual(['scenario.yaml', workbook]);
      const book = sheetJs().read(files[workbook!] as Buffer, { type: 'buffer' });
      expect(book.SheetNames).toEqual(sheets);
      for (const table of sheets.slice(0, 3)) {
        const header = Object.entries(book.Sheets[table]!).filter(([address]) => /^[A-Z]+1$/.test(address));
        expect(header.length, table).toBeGreaterThanOrEqual(3);
        for (const [address, cell] of header) expect((cell as CellObject).c?.[0]?.t, `${table}!${address}`).toMatch(/\w/);
      }
    }
  });
});
