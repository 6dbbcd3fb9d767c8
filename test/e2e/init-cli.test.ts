import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sheetJs } from '../../src/io/sheetjs.js';
import { withoutInputsAndTimes } from '../support/example-result.js';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = 'scenarios/round-2022';
const newFolder = () => join(mkdtempSync(join(tmpdir(), 'expertpool-init-')), 'round');

/** The example round's tables as rows of cells, numbers as numbers (as a spreadsheet holds them once typed in). */
function exampleRows(file: string): (string | number)[][] {
  const rows = Papa.parse<string[]>(readFileSync(join(EXAMPLE, file), 'utf8'), { skipEmptyLines: true }).data;
  return rows.map((row, index) => row.map((cell) => (index > 0 && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
}

describe('expertpool init', () => {
  it('writes a round of CSV files that validate says is still to fill in, and that solves once filled in', () => {
    const folder = newFolder();
    const init = runCli(['init', folder]);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain(`Fill in the tables, then check the round with: expertpool validate ${join(folder, 'scenario.yaml')}`);
    expect(readdirSync(folder).sort()).toEqual(['README.md', 'experts.csv', 'municipalities.csv', 'requests.csv', 'scenario.yaml']);
    const fresh = runCli(['validate', join(folder, 'scenario.yaml')]);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('still to fill in: the round holds the example rows expertpool init wrote.');
    expect(fresh.stdout).toContain('- experts (experts.csv): replace the example row X000 with every expert offered in the round');
    for (const file of ['municipalities.csv', 'experts.csv', 'requests.csv']) cpSync(join(EXAMPLE, file), join(folder, file));
    const filled = runCli(['validate', join(folder, 'scenario.yaml')]);
    expect(filled.status).toBe(0);
    expect(filled.stdout).not.toContain('still to fill in');
    expect(runCli(['solve', join(folder, 'scenario.yaml'), '--json']).status).toBe(0);
  });

  it("writes one workbook with --xlsx in Dutch that, once a coordinator fills in its sheets, gives the example round's result", () => {
    const folder = newFolder();
    expect(runCli(['init', folder, '--xlsx', '--lang', 'nl']).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['ronde.xlsx', 'scenario.yaml']);
    const fresh = runCli(['validate', join(folder, 'scenario.yaml'), '--lang', 'nl']);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('- aanvragen (ronde.xlsx): vervang de voorbeeldrij A000 door elke aanvraag van de ronde');
    const xlsx = sheetJs();
    const book = xlsx.read(readFileSync(join(folder, 'ronde.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['gemeenten', 'experten', 'aanvragen', 'Toelichting']);
    expect(book.Sheets.experten!.F1?.c?.[0]?.t).toContain('Vergoeding in EUR per traject');
    // The coordinator types the round over the example rows, in the sheets init wrote.
    for (const [sheet, file] of [
      ['gemeenten', 'municipalities.csv'],
      ['experten', 'experts.csv'],
      ['aanvragen', 'requests.csv'],
    ] as const) {
      xlsx.utils.sheet_add_aoa(book.Sheets[sheet]!, exampleRows(file), { origin: 'A1' });
    }
    writeFileSync(join(folder, 'ronde.xlsx'), xlsx.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const scenario = readFileSync(join(folder, 'scenario.yaml'), 'utf8');
    const example = readFileSync(join(EXAMPLE, 'scenario.yaml'), 'utf8');
    // The new scenario's settings are the example's (apart from its name).
    writeFileSync(join(folder, 'scenario.yaml'), scenario.replace('name: Nieuwe ronde', 'name: Round 2022\nyear: 2022'));
    expect(runCli(['validate', join(folder, 'scenario.yaml')]).status).toBe(0);
    const solved = runCli(['solve', join(folder, 'scenario.yaml'), '--json']);
    expect(solved.status).toBe(0);
    expect(example).toContain('budget: 250000');
    expect(withoutInputsAndTimes(solved.stdout)).toBe(
      withoutInputsAndTimes(runCli(['solve', join(EXAMPLE, 'scenario.yaml'), '--json']).stdout),
    );
  });

  it('refuses a folder that is not empty unless --force, and is the same bytes every time', () => {
    const folder = newFolder();
    expect(runCli(['init', folder, '--xlsx']).status).toBe(0);
    const first = readFileSync(join(folder, 'round.xlsx'));
    const again = runCli(['init', folder, '--xlsx']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists and is not empty (2 entries). Add --force to replace the files of a new round in it');
    expect(runCli(['init', folder, '--xlsx', '--force']).status).toBe(0);
    expect(readFileSync(join(folder, 'round.xlsx')).equals(first)).toBe(true);
  });
});
