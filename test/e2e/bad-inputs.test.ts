import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * The bad-input corpus: one folder per case under test/fixtures/bad with the
 * round's files, `expected.txt` (a fragment of the one message the user must
 * see) and, for cases that are only warnings, `expected-exit.txt`.
 */
const CORPUS = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const readCase = (name: string) => {
  const folder = join(CORPUS, name);
  const exitFile = join(folder, 'expected-exit.txt');
  return {
    scenario: join(folder, 'scenario.yaml'),
    expected: readFileSync(join(folder, 'expected.txt'), 'utf8').trim(),
    exit: existsSync(exitFile) ? Number(readFileSync(exitFile, 'utf8').trim()) : 2,
  };
};

const STACK_LINE = /^\s+at /m;

describe('the bad-input corpus', () => {
  it('has the cases the reliability issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s: one clear message, the documented exit code, no stack, no output', (name) => {
    const { scenario, expected, exit } = readCase(name);
    const out = join(mkdtempSync(join(tmpdir(), 'expertpool-bad-')), 'out');
    const run = runCli(['solve', scenario, '--out', out, '--time-limit', '20']);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.status).toBe(exit);
    if (exit === 2) {
      // Exactly one message line, naming the file first, and nothing else anywhere.
      expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^expertpool: \S/)]);
      expect(run.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    } else {
      expect(existsSync(join(out, 'result.json'))).toBe(true);
    }
  });

  it.each([
    [
      'a missing scenario file',
      (folder: string) => join(folder, 'no-such-scenario.yaml'),
      'no-such-scenario.yaml: cannot be read: no such file',
    ],
    ['a folder as the scenario', (folder: string) => folder, 'is a folder, not a file'],
  ])('%s: exit 2 with one message', (_, path, expected) => {
    const folder = mkdtempSync(join(tmpdir(), 'expertpool-bad-'));
    const run = runCli(['solve', path(folder), '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});
