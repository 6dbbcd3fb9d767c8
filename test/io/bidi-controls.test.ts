import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv-table.js';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorText } from '../../src/text/input-messages.js';
import { inputErrorOf } from '../support/input-error.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const COLUMNS = { required: ['id'], optional: ['name'] };
/** The embeddings, overrides and isolates: each reorders the text after it. */
const BIDI_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('bidirectional controls in inputs', () => {
  it('refuses each one in a CSV cell, naming row, column and code point, in English and Dutch', () => {
    for (const control of BIDI_CONTROLS) {
      const error = inputErrorOf(() => parseCsv(`id,name\nR1,"Jan${control}nessaJ"\n`, 't.csv', COLUMNS));
      const code = `U+${control.charCodeAt(0).toString(16).toUpperCase()}`;
      expect(error.location).toEqual({ file: 't.csv', row: 2, column: 'name' });
      expect(inputErrorText(error, 'en')).toContain(`bidirectional control character ${code}`);
      expect(inputErrorText(error, 'nl')).toContain(`richtingsteken ${code}`);
    }
  });

  it('refuses one in a header cell and in an id', () => {
    expect(inputErrorOf(() => parseCsv('id,na\u202eme\nR1,x\n', 't.csv', COLUMNS)).location).toEqual({
      file: 't.csv',
      row: 1,
      column: '#2',
    });
    expect(inputErrorOf(() => parseCsv('id,name\nR\u20671,x\n', 't.csv', COLUMNS)).location).toEqual({
      file: 't.csv',
      row: 2,
      column: 'id',
    });
  });

  it('keeps names in right-to-left scripts and the plain direction marks', () => {
    const { rows } = parseCsv('id,name\nR1,مركز الخدمات\nR2,אגודה\nR3,Gent\u200e (\u200fx)\n', 't.csv', COLUMNS);
    expect(rows.map((row) => row.cells.name)).toEqual(['مركز الخدمات', 'אגודה', 'Gent\u200e (\u200fx)']);
  });

  it('refuses one in any scenario string, naming the key path', () => {
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('name: Test round', 'name: "Round \u202e2202"') });
    const scenario = join(folder, 'scenario.yaml');
    expect(inputErrorOf(() => loadRound(scenario)).location).toEqual({ file: 'scenario.yaml', field: 'name' });
    writeFileSync(scenario, `${SCENARIO}priority: { rule: tiers, classes: [{ name: A }, { name: "B\u2066" }] }\n`);
    const error = inputErrorOf(() => loadRound(scenario));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'priority.classes[1].name' });
    expect(inputErrorText(error)).toContain('U+2066');
  });
});
