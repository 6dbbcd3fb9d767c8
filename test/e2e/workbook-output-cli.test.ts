import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetJs } from '../../src/io/sheetjs.js';
import { HOSTILE, writeHostileRound } from '../support/hostile-round.js';
import { runCli } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';

const EXAMPLE = 'scenarios/round-2022/scenario.yaml';
const outFolder = () => join(mkdtempSync(join(tmpdir(), 'expertpool-xlsx-')), 'out');

/** A written workbook's sheets, cell by cell, as SheetJS reads them (formulas kept). */
function sheetsOf(path: string) {
  const book = sheetJs().read(readFileSync(path), { type: 'buffer', cellFormula: true, cellNF: true });
  return Object.fromEntries(book.SheetNames.map((name) => [name, book.Sheets[name]!]));
}

describe('--format xlsx', () => {
  it('solve writes allocation.xlsx in --lang, and only when asked for', () => {
    const out = outFolder();
    const run = runCli(['solve', EXAMPLE, '--out', out, '--format', 'xlsx', '--lang', 'nl']);
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(['allocation.xlsx']);
    expect(Object.keys(sheetsOf(join(out, 'allocation.xlsx')))).toEqual(['Trajecten', 'Niet toegekend', 'Samenvatting']);
    const plain = outFolder();
    expect(runCli(['solve', EXAMPLE, '--out', plain]).status).toBe(0);
    expect(readdirSync(plain)).not.toContain('allocation.xlsx');
  });

  it('writes every hostile name as text, never as a formula', () => {
    const out = outFolder();
    const run = runCli(['solve', writeHostileRound(), '--out', out, '--format', 'xlsx']);
    expect(run.status).toBe(0);
    const cells = Object.values(sheetsOf(join(out, 'allocation.xlsx'))).flatMap((sheet) =>
      Object.entries(sheet).filter(([address]) => !address.startsWith('!')),
    );
    expect(cells.filter(([, cell]) => cell.f !== undefined)).toEqual([]);
    const texts = new Set(cells.filter(([, cell]) => cell.t === 's').map(([, cell]) => cell.v));
    // The values that start as a formula would: =, +, - and @.
    for (const name of [HOSTILE.municipalityNames[2], HOSTILE.provinces[2], HOSTILE.provinces[3], '=cmd', '@A001', '+A004']) {
      expect(texts).toContain(name);
    }
  });

  it('compare and sweep write compare.xlsx and sweep.xlsx beside what --format asks for', () => {
    const folder = smallRound();
    writeFileSync(join(folder, 'more.yaml'), 'extends: scenario.yaml\nname: More budget\nbudget: 80000\n');
    const compareOut = outFolder();
    const compared = runCli([
      'compare',
      join(folder, 'scenario.yaml'),
      join(folder, 'more.yaml'),
      '--out',
      compareOut,
      '--format',
      'xlsx,csv',
    ]);
    expect(compared.status).toBe(0);
    expect(readdirSync(compareOut).sort()).toEqual(['compare.csv', 'compare.xlsx', 'diff.csv']);
    const comparison = sheetsOf(join(compareOut, 'compare.xlsx'));
    expect(Object.keys(comparison)).toEqual(['Scenarios', 'Differences']);
    expect(comparison.Scenarios!.A3).toMatchObject({ t: 's', v: 'More budget' });
    expect(comparison.Scenarios!.G3).toMatchObject({ t: 'n', v: 80000, z: '"EUR" #,##0.00' });
    const sweepOut = outFolder();
    const swept = runCli([
      'sweep',
      join(folder, 'scenario.yaml'),
      '--vary',
      'budget=20000,50000',
      '--jobs',
      '1',
      '--out',
      sweepOut,
      '--format',
      'xlsx',
      '--lang',
      'nl',
    ]);
    expect(swept.status).toBe(0);
    expect(readdirSync(sweepOut)).toEqual(['sweep.xlsx']);
    const points = sheetsOf(join(sweepOut, 'sweep.xlsx')).Reeks!;
    expect([points.A1?.v, points.A2?.v, points.A3?.v]).toEqual(['budget', 20000, 50000]);
  });

  it('refuses an unknown format before solving', () => {
    const run = runCli(['compare', EXAMPLE, EXAMPLE, '--format', 'xls']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('expertpool: --format: unknown format "xls"; choose from md, html, csv, json, xlsx (comma-separated)\n');
  });
});
