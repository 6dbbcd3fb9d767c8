import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';

const scenario = join(smallRound(), 'scenario.yaml');
const freshOut = () => join(mkdtempSync(join(tmpdir(), 'expertpool-pipe-')), 'out');

/** Runs the CLI with its standard output a pipe whose reader has gone (as `| head` does once it has enough). */
function runWithClosedStdout(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a reader that closes standard output early', () => {
  const commands: readonly (readonly string[])[] = [
    ['solve', scenario, '--explain', 'fast'],
    ['solve', scenario, '--json', '--explain', 'fast'],
    ['validate', scenario],
    ['explain', scenario, '--request', 'A001'],
    ['compare', scenario, scenario, '--explain', 'fast'],
    ['sweep', scenario, '--vary', 'budget=30000,50000', '--jobs', '1'],
    ['--help'],
    ['--version'],
  ];
  for (const args of commands) {
    it(`stops quietly with the command's own exit code: ${args.join(' ').replace(scenario, 'SCENARIO')}`, async () => {
      const run = await runWithClosedStdout(args);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  }

  it('still writes the --out files completely', async () => {
    const out = freshOut();
    expect((await runWithClosedStdout(['solve', scenario, '--out', out])).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['assignments.csv', 'report.html', 'report.md', 'result.json', 'unserved.csv']);
  });

  it.skipIf(!existsSync('/dev/full'))('says so and exits 2 when standard output cannot be written (a full disk)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'validate', scenario], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        'expertpool: cannot write to standard output (ENOSPC: no space left on device, write); what it received is incomplete.\n',
      );
    } finally {
      closeSync(full);
    }
  });
});
