import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUESTS, smallRound } from '../support/temp-round.js';
import { interruptCliWhen, runCliWithFault } from '../support/cli-process.js';

const freshOut = () => join(mkdtempSync(join(tmpdir(), 'expertpool-out-')), 'out');
const scenarioOf = (folder: string) => join(folder, 'scenario.yaml');
const withoutTiming = (json: string) => json.replace(/"seconds": [0-9.e-]+/g, '"seconds": 0');
const STACK_LINE = /^\s+at /m;

describe('solve: engine faults, limits and Ctrl-C', () => {
  const round = smallRound();
  const plain = runCliWithFault(['solve', scenarioOf(round), '--json']);

  it('solves normally in the worker', () => {
    expect(plain.status, plain.stderr).toBe(0);
    expect(JSON.parse(plain.stdout).status).toBe('optimal');
  });

  it('retries an engine crash on a fresh worker and gives the same result', () => {
    const run = runCliWithFault(['solve', scenarioOf(round), '--json'], 'crash-once');
    expect(run.status, run.stderr).toBe(0);
    expect(withoutTiming(run.stdout)).toBe(withoutTiming(plain.stdout));
  });

  it('reports a crash that survives the retry as exit 3, naming the scenario, without a stack or output', () => {
    const out = freshOut();
    const run = runCliWithFault(['solve', scenarioOf(round), '--out', out], 'crash');
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('engine failure');
    expect(run.stderr).toContain(`scenario "Test round" (${scenarioOf(round)})`);
    expect(run.stderr).toContain('also when retried on a fresh instance');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('stops an engine that ignores the time limit and says so honestly (exit 1 without an allocation)', () => {
    const started = performance.now();
    const run = runCliWithFault(['solve', scenarioOf(round), '--json', '--time-limit', '1'], 'hang');
    expect((performance.now() - started) / 1000).toBeLessThan(30);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('time_limit');
    expect(result.assignments).toEqual([]);
  });

  it("keeps the previous tier's allocation when a later tier is stopped", () => {
    const run = runCliWithFault(['solve', scenarioOf(round), '--json', '--time-limit', '2'], 'hang-after-first');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    const expected = JSON.parse(plain.stdout);
    expect(result.status).toBe('time_limit');
    expect(result.tiers.map((tier: { status: string }) => tier.status)).toEqual(['optimal']);
    expect(result.objective.priority).toBe(expected.objective.priority);
    expect(result.assignments.length).toBeGreaterThan(0);
  });

  it('stops on Ctrl-C with exit 130 and writes nothing', async () => {
    // A request nobody can serve prints a warning just before the solve starts: the cue to interrupt.
    const folder = smallRound({ 'requests.csv': `${REQUESTS}A004,44021,cultuur,,,10\n` });
    const out = freshOut();
    const started = performance.now();
    const run = await interruptCliWhen('warning:', ['solve', scenarioOf(folder), '--out', out, '--time-limit', '120'], 'hang');
    expect((performance.now() - started) / 1000).toBeLessThan(30);
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('interrupted');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});

describe('solve --out and --force', () => {
  const round = smallRound();

  it('refuses a non-empty output folder without --force, before solving', () => {
    const out = freshOut();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const run = runCliWithFault(['solve', scenarioOf(round), '--out', out], 'crash');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${out}: already exists and is not empty (1 entry). Add --force`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('overwrites the report files with --force and leaves other files alone', () => {
    const out = freshOut();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'result.json'), 'stale');
    const run = runCliWithFault(['solve', scenarioOf(round), '--out', out, '--force']);
    expect(run.status).toBe(0);
    const entries = readdirSync(out);
    expect(entries).toEqual(expect.arrayContaining(['assignments.csv', 'notes.txt', 'report.md', 'result.json', 'unserved.csv']));
    // No temporary file is left behind.
    expect(entries.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).status).toBe('optimal');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes into an empty existing folder without --force, and refuses a file as the folder', () => {
    const out = freshOut();
    mkdirSync(out);
    expect(runCliWithFault(['solve', scenarioOf(round), '--out', out]).status).toBe(0);
    expect(readdirSync(out)).toContain('result.json');
    const file = join(out, 'result.json');
    const refused = runCliWithFault(['solve', scenarioOf(round), '--out', file, '--force']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists and is not a folder');
  });

  it('never replaces an input, even with --force', () => {
    const run = runCliWithFault(['solve', scenarioOf(round), '--out', round, '--force']);
    expect(run.status).toBe(0);
    const again = smallRound({
      'scenario.yaml': readFileSync(scenarioOf(round), 'utf8').replace('requests: requests.csv', 'requests: unserved.csv'),
      'unserved.csv': REQUESTS,
    });
    const refused = runCliWithFault(['solve', scenarioOf(again), '--out', again, '--force']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/unserved\.csv: is an input of this run/);
    expect(readFileSync(join(again, 'unserved.csv'), 'utf8')).toBe(REQUESTS);
  });
});
