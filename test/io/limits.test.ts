import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv-table.js';
import { DEFAULT_LIMITS, effectiveLimits, MAX_SCENARIO_BYTES } from '../../src/io/limits.js';
import { loadRound } from '../../src/io/load-round.js';
import { readTextFile } from '../../src/io/read-text.js';
import { REQUESTS, SCENARIO, smallRound } from '../support/temp-round.js';
import { inputErrorOf } from '../support/input-error.js';

const limits = (overrides: Partial<typeof DEFAULT_LIMITS>) => effectiveLimits(overrides);
const table = (rows: number, tail = '\n') =>
  `id,name\n${Array.from({ length: rows }, (_, index) => `R${index},n${index}`).join('\n')}${tail}`;

describe('CSV row limit', () => {
  it('reads exactly maxRows data rows, with or without trailing blank lines', () => {
    expect(parseCsv(table(3), 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxRows: 3 })).rows).toHaveLength(3);
    expect(parseCsv(table(3, ''), 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxRows: 3 })).rows).toHaveLength(3);
    expect(parseCsv(table(3, '\n\n\r\n  \n'), 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxRows: 3 })).rows).toHaveLength(
      3,
    );
  });

  it('refuses one row more, naming the first row past the limit', () => {
    const error = inputErrorOf(() => parseCsv(table(4), 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxRows: 3 })));
    expect(error.location).toEqual({ file: 't.csv', row: 5 });
    expect(error.problem).toContain('more than 3 data rows');
    expect(error.problem).toContain('limits.maxRows');
  });

  it('stops early on a file of millions of blank rows', () => {
    const started = Date.now();
    expect(
      inputErrorOf(() => parseCsv(`id,name\n${'x\n'.repeat(2_000_000)}`, 'big.csv', { required: ['id'], optional: ['name'] })).problem,
    ).toContain('more than 100000');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('CSV field length limit', () => {
  it('names the row and column of an over-long cell', () => {
    const error = inputErrorOf(() =>
      parseCsv(`id,name\nR1,${'x'.repeat(51)}\n`, 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxFieldLength: 50 })),
    );
    expect(error.location).toEqual({ file: 't.csv', row: 2, column: 'name' });
    expect(error.problem).toContain('51 characters, over the limit of 50');
  });

  it('names an over-long header cell by its position', () => {
    const error = inputErrorOf(() =>
      parseCsv(`id,${'h'.repeat(60)}\nR1,a\n`, 't.csv', { required: ['id'], optional: ['name'] }, limits({ maxFieldLength: 50 })),
    );
    expect(error.location).toEqual({ file: 't.csv', row: 1, column: '#2' });
  });

  it('still reports an unclosed quote as such', () => {
    expect(
      inputErrorOf(() => parseCsv(`id,name\nR1,"${'x'.repeat(20_000)}\n`, 't.csv', { required: ['id'], optional: ['name'] })).problem,
    ).toContain('unmatched quote');
  });
});

describe('control characters in cells', () => {
  it('refuses a terminal escape sequence, naming row and column', () => {
    const error = inputErrorOf(() =>
      parseCsv('id,name\nR1,"Gent\u001b]0;pwned\u0007"\n', 't.csv', { required: ['id'], optional: ['name'] }),
    );
    expect(error.location).toEqual({ file: 't.csv', row: 2, column: 'name' });
    expect(error.problem).toContain('U+001B');
    expect(inputErrorOf(() => parseCsv('id,name\nR1,a\u009b31m\n', 't.csv', { required: ['id'], optional: ['name'] })).problem).toContain(
      'U+009B',
    );
  });

  it('keeps tabs and line breaks inside quoted cells, and ordinary accents', () => {
    const { rows } = parseCsv('id,name\nR1,"Sint-Niklaas\tWaas\r\nregio"\nR2,Liège\u00a0Écaussinnes\n', 't.csv', {
      required: ['id'],
      optional: ['name'],
    });
    expect(rows.map((row) => row.cells.name)).toEqual(['Sint-Niklaas\tWaas\nregio', 'Liège\u00a0Écaussinnes']);
  });
});

describe('file size limit', () => {
  it('refuses a file over the byte limit before reading it', () => {
    const folder = smallRound();
    const error = inputErrorOf(() => readTextFile(join(folder, 'requests.csv'), 'requests.csv', { maxBytes: 10, key: 'maxFileBytes' }));
    expect(error.location).toEqual({ file: 'requests.csv' });
    expect(error.problem).toMatch(/over the 10 bytes limit.*limits\.maxFileBytes/);
  });

  it('refuses a scenario file over its fixed limit', () => {
    const folder = smallRound({ 'scenario.yaml': `${SCENARIO}#${'x'.repeat(MAX_SCENARIO_BYTES)}\n` });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).problem).toContain('over the 1.0 MB limit');
  });

  it('refuses a named pipe without blocking on it', () => {
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('requests.csv', 'pipe.csv') });
    execFileSync('mkfifo', [join(folder, 'pipe.csv')]);
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).problem).toContain('not a regular file');
  });
});

describe('limits in the scenario', () => {
  it('applies the scenario limits to every CSV input', () => {
    const many = `${REQUESTS}A004,44021,wonen,,,1\nA005,44021,wonen,,,1\n`;
    const folder = smallRound({ 'scenario.yaml': `${SCENARIO}limits: { maxRows: 4 }\n`, 'requests.csv': many });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({ file: 'requests.csv', row: 6 });
    writeFileSync(join(folder, 'scenario.yaml'), `${SCENARIO}limits: { maxFileBytes: 100 }\n`);
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({ file: 'municipalities.csv' });
    writeFileSync(join(folder, 'scenario.yaml'), `${SCENARIO}limits: { maxRows: 5, maxFieldLength: 40 }\n`);
    expect(loadRound(join(folder, 'scenario.yaml')).round.requests).toHaveLength(5);
  });

  it('checks the limits key against the schema', () => {
    const folder = smallRound({ 'scenario.yaml': `${SCENARIO}limits: { maxRows: 0 }\n` });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({
      file: 'scenario.yaml',
      field: 'limits.maxRows',
    });
    writeFileSync(join(folder, 'scenario.yaml'), `${SCENARIO}limits: { maxColumns: 10 }\n`);
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({
      file: 'scenario.yaml',
      field: 'limits.maxColumns',
    });
  });
});

describe('control characters in the scenario', () => {
  it('refuses one in any string, naming the key path', () => {
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('name: Test round', 'name: "Round \\e]0;pwned\\a"') });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({ file: 'scenario.yaml', field: 'name' });
    writeFileSync(join(folder, 'scenario.yaml'), `${SCENARIO}priority: { rule: tiers, classes: [{ name: A }, { name: "B\\x9b" }] }\n`);
    const error = inputErrorOf(() => loadRound(join(folder, 'scenario.yaml')));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'priority.classes[1].name' });
    expect(error.problem).toContain('U+009B');
  });

  it('walks a self-referencing YAML value once instead of forever', () => {
    const folder = smallRound({ 'scenario.yaml': `${SCENARIO}x-loop: &loop { self: *loop }\n` });
    // The walk terminates; the schema then refuses the unknown key, as for any scenario.
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).location).toEqual({ file: 'scenario.yaml', field: 'x-loop' });
  });
});
