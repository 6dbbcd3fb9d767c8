import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('expertpool generate', () => {
  it('writes the four files of a round that validates', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'expertpool-generate-')), 'round');
    const run = runCli([
      'generate',
      '--municipalities',
      '30',
      '--experts',
      '6',
      '--requests',
      '20',
      '--budget',
      '100000',
      '--seed',
      '3',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['experts.csv', 'municipalities.csv', 'requests.csv', 'scenario.yaml']);
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toContain('budget: 100000');
    expect(runCli(['validate', join(out, 'scenario.yaml')]).status).toBe(0);
  });

  it('rejects a count that is not a whole number with exit 2 and no stack', () => {
    const run = runCli(['generate', '--experts', '2.5', '--out', join(tmpdir(), 'never-written')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--experts must be a whole number');
    expect(run.stderr).not.toContain('    at ');
  });
});
