import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseText, toCsv } from '../../src/report/csv.js';

describe('CSV dialects', () => {
  const header = ['name', 'cost', 'note'];
  const rows = [
    ['Gent', 16667.5, 'plain'],
    ['Sint-Niklaas; Lokeren', -12.25, 'has "quotes", a comma\nand a line break'],
  ];

  it('standard: comma, decimal point, LF, no BOM; quotes only where needed', () => {
    const csv = toCsv(header, rows);
    expect(csv.startsWith('name,cost,note\n')).toBe(true);
    expect(csv).not.toContain('\r');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toContain('Gent,16667.5,plain\n');
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data;
    expect(parsed[2]).toEqual(['Sint-Niklaas; Lokeren', '-12.25', 'has "quotes", a comma\nand a line break']);
  });

  it('excel-nl: BOM, semicolon, decimal comma, CRLF, and it reads back', () => {
    const csv = toCsv(header, rows, 'excel-nl');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('name;cost;note\r\n')).toBe(true);
    expect(csv).toContain('Gent;16667,5;plain\r\n');
    // An honest negative number keeps its sign: numbers are never neutralised.
    expect(csv).toContain(';-12,25;');
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(parsed[2]).toEqual(['Sint-Niklaas; Lokeren', '-12,25', 'has "quotes", a comma\nand a line break']);
  });

  it.each(['=1+1', '+32 9 123', '-2', '@SUM(A1)', '\tTAB', '\rCR'])('neutralises the text cell %j', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
    const csv = toCsv(['name'], [[text]]);
    expect(Papa.parse<string[]>(csv.trimEnd()).data[1]![0]).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseText('Sint-Niklaas')).toBe('Sint-Niklaas');
    expect(neutraliseText('A001')).toBe('A001');
    expect(neutraliseText('')).toBe('');
  });
});
