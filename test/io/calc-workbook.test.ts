import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { CALC_SCENARIOS, calcRoundFolder } from '../support/calc-round.js';

describe('the example round as LibreOffice Calc keeps it in Belgian Dutch', () => {
  const folder = calcRoundFolder();
  const load = (scenario: string) => loadRound(join(folder, scenario));

  it("reads the same round from the workbook, from Calc's CSV export of it and from the example CSV files", () => {
    const workbook = load(CALC_SCENARIOS.workbook);
    expect(workbook.round).toEqual(load(CALC_SCENARIOS.calcExport).round);
    expect(workbook.round).toEqual(load(CALC_SCENARIOS.exampleCsv).round);
    // The round really uses what a spreadsheet turns into numbers and dates: NIS codes, decimals, submission times.
    expect(workbook.round.history?.records).toHaveLength(5);
    expect(workbook.round.requests.find((request) => request.id === 'A002')).toMatchObject({
      municipality: '34027',
      submittedAt: '2021-11-16T13:05:10.000Z',
    });
    expect(workbook.round.municipalities.find((municipality) => municipality.nis === '11002')?.lat).toBe(51.2194);
  });

  it('reads the row Calc hides, and says so', () => {
    const loaded = load(CALC_SCENARIOS.workbook);
    expect(loaded.round.municipalities).toHaveLength(41);
    expect(loaded.warnings.map((warning) => warning.fact)).toContainEqual({ id: 'sheet-hidden-rows', rows: [4], more: 0 });
  });

  it('reads a workbook whose only sheet has another name', () => {
    const { round } = loadRound(join(calcRoundFolder(), CALC_SCENARIOS.workbook), (scenario) => ({
      value: { ...scenario, data: { ...(scenario.data as object), experts: 'experts-only-sheet.xlsx' } },
      label: CALC_SCENARIOS.workbook,
    }));
    expect(round.experts).toEqual(load(CALC_SCENARIOS.exampleCsv).round.experts);
  });
});
