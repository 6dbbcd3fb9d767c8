import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDataPath } from '../../src/io/data-path.js';
import { loadRound } from '../../src/io/load-round.js';
import { readScenarioFile } from '../../src/io/scenario-file.js';
import { inputErrorOf } from '../support/input-error.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';
import { EXPERT_ROWS, workbookBytes } from '../support/workbook.js';

describe('a workbook data path', () => {
  it('names the sheet after "#" only when the file part is a workbook', () => {
    expect(splitDataPath('round.xlsx#Aanvragen 2022')).toEqual({ file: 'round.xlsx', sheet: 'Aanvragen 2022' });
    expect(splitDataPath('data/ROUND.XLSX#a#b')).toEqual({ file: 'data/ROUND.XLSX', sheet: 'a#b' });
    expect(splitDataPath('round.xlsx')).toEqual({ file: 'round.xlsx' });
    expect(splitDataPath('requests#2.csv')).toEqual({ file: 'requests#2.csv' });
  });

  it('is held to the scenario folder by its file part, whatever the sheet', () => {
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('experts: experts.csv', 'experts: "../round.xlsx#experts"') });
    const error = inputErrorOf(() => loadRound(join(folder, 'scenario.yaml')));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'data.experts' });
    expect(error.fact.id).toBe('path-outside');
  });

  it('keeps its sheet when an extending scenario in another folder inherits it', () => {
    const folder = smallRound({ 'round.xlsx': workbookBytes({ Experten: EXPERT_ROWS, Blad2: [['x']] }) });
    writeFileSync(join(folder, 'scenario.yaml'), SCENARIO.replace('experts: experts.csv', 'experts: "round.xlsx#Experten"'));
    mkdirSync(join(folder, 'what-if'));
    writeFileSync(join(folder, 'what-if', 'more.yaml'), 'extends: ../scenario.yaml\nbudget: 60000\n');
    const { scenario } = readScenarioFile(join(folder, 'what-if', 'more.yaml'), undefined, { allowOutside: true });
    expect(scenario.data.experts).toBe('../round.xlsx#Experten');
    expect(loadRound(join(folder, 'what-if', 'more.yaml'), undefined, { allowOutside: true }).round.experts).toHaveLength(2);
  });
});
