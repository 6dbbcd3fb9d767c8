import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededShuffle } from '../../src/domain/seeded-random.js';
import { BIN } from '../support/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../scenarios/round-2022/', import.meta.url));
const SHIFT_CLOCK = fileURLToPath(new URL('../support/shift-clock.mjs', import.meta.url));
const CSV_FILES = ['municipalities.csv', 'experts.csv', 'requests.csv', 'history.csv'];

type Rewrite = (rows: string[][]) => { rows: string[][]; delimiter: ',' | ';'; newline: '\n' | '\r\n' };

/** A copy of the example round with every CSV file rewritten. */
function exampleCopy(rewrite: Rewrite): string {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-determinism-'));
  cpSync(EXAMPLE, folder, { recursive: true });
  for (const name of CSV_FILES) {
    const parsed = Papa.parse<string[]>(readFileSync(join(folder, name), 'utf8'), { skipEmptyLines: true });
    const { rows, delimiter, newline } = rewrite(parsed.data);
    writeFileSync(join(folder, name), `${Papa.unparse(rows, { delimiter, newline })}${newline}`);
  }
  return folder;
}

/** Data rows in a seeded random order, header first; columns reversed too, since they are read by name. */
const shuffled: Rewrite = (rows) => ({
  rows: [rows[0]!, ...seededShuffle(rows.slice(1), 7)].map((row) => [...row].reverse()),
  delimiter: ',',
  newline: '\n',
});
const windowsLineEndings: Rewrite = (rows) => ({ rows, delimiter: ',', newline: '\r\n' });
/** As Excel in Belgium saves it: `;` between cells and decimal commas. */
const excelBelgium: Rewrite = (rows) => ({
  rows: rows.map((row) => row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell))),
  delimiter: ';',
  newline: '\r\n',
});

interface Run {
  readonly status: number | null;
  readonly json: string;
  readonly stderr: string;
}

function solve(folder: string, scenario: string, env: Readonly<Record<string, string>> = {}, nodeArgs: readonly string[] = []): Run {
  const run = spawnSync(process.execPath, [...nodeArgs, BIN, 'solve', join(folder, scenario), '--json'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: run.status, json: run.stdout, stderr: run.stderr };
}

/** result.json with its timing fields (`seconds` anywhere: run, tiers, explanation) zeroed. */
const withoutTiming = (json: string) => json.replace(/"seconds": [0-9.e+-]+/g, '"seconds": 0');
/** ... and without the input hashes, which are of the file bytes and must differ when the bytes do. */
const withoutInputHashes = (json: string) => {
  const result = JSON.parse(withoutTiming(json));
  delete result.run.inputs;
  return `${JSON.stringify(result, null, 2)}\n`;
};

describe('determinism: the same round gives a byte-identical result.json', () => {
  const reference = solve(EXAMPLE, 'scenario.yaml');

  it('solves the reference run', () => {
    expect(reference.status, reference.stderr).toBe(0);
    expect(JSON.parse(reference.json).status).toBe('optimal');
  });

  it.each([
    ['shuffled rows and columns', shuffled],
    ['Windows line endings', windowsLineEndings],
    ['";" with decimal commas and CRLF, as Excel writes in Belgium', excelBelgium],
  ])('%s: identical apart from timing and input hashes', (_, rewrite) => {
    const run = solve(exampleCopy(rewrite), 'scenario.yaml');
    expect(run.status, run.stderr).toBe(0);
    expect(withoutInputHashes(run.json)).toBe(withoutInputHashes(reference.json));
  });

  it('another day, in another time zone: identical apart from timing', () => {
    const later = solve(EXAMPLE, 'scenario.yaml', { EXPERTPOOL_TEST_CLOCK_SHIFT_DAYS: '400', TZ: 'Pacific/Kiritimati' }, [
      '--import',
      SHIFT_CLOCK,
    ]);
    expect(later.status, later.stderr).toBe(0);
    expect(withoutTiming(later.json)).toBe(withoutTiming(reference.json));
  });

  it('the clock shift really applies to the CLI process and its worker threads', () => {
    const worker = join(mkdtempSync(join(tmpdir(), 'expertpool-clock-')), 'worker.mjs');
    writeFileSync(worker, 'process.stdout.write(` ${new Date().getFullYear()}`);\n');
    const probe = spawnSync(
      process.execPath,
      [
        '--import',
        SHIFT_CLOCK,
        '-e',
        `process.stdout.write(String(new Date().getFullYear())); new (require('node:worker_threads').Worker)(${JSON.stringify(worker)});`,
      ],
      { encoding: 'utf8', env: { ...process.env, EXPERTPOOL_TEST_CLOCK_SHIFT_DAYS: String(365 * 30) } },
    );
    const years = probe.stdout.trim().split(' ').map(Number);
    expect(years).toHaveLength(2);
    for (const year of years) expect(year).toBeGreaterThan(new Date().getFullYear() + 25);
  });
});
