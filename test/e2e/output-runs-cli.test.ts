import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli } from '../support/cli-process.js';
import { runCli } from '../support/run-cli.js';
import { REQUESTS, smallRound } from '../support/temp-round.js';

const STACK_LINE = /^\s+at /m;
const scenario = join(smallRound(), 'scenario.yaml');
const freshRoot = () => mkdtempSync(join(tmpdir(), 'expertpool-runs-'));

/** Waits (a bounded number of short sleeps) until `path` exists. */
async function waitFor(path: string): Promise<void> {
  for (let attempt = 0; attempt < 600 && !existsSync(path); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(existsSync(path), `${path} to appear`).toBe(true);
}

/** A process id that no longer runs: a child that has ended. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('two runs, one folder', () => {
  it('refuses a second run while the first is still solving (exit 2, naming it), then lets the next run through', async () => {
    const root = freshRoot();
    const out = join(root, 'out');
    // The first run's engine never finishes: it holds the new folder's lock (beside it) until Ctrl-C.
    const first = startCli(['solve', scenario, '--out', out, '--time-limit', '120'], 'hang');
    await waitFor(join(root, '.out.expertpool.lock'));
    const second = runCli(['solve', scenario, '--out', out]);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`${out}: is being written by another expertpool run (process ${first.child.pid} on ${hostname()})`);
    expect(second.stderr).not.toMatch(STACK_LINE);
    first.child.kill('SIGINT');
    expect((await first.done).status).toBe(130);
    expect(readdirSync(root)).toEqual([]);
    expect(runCli(['solve', scenario, '--out', out]).status).toBe(0);
  });

  it('locks an existing folder too, for runs with --force', async () => {
    const root = freshRoot();
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const first = startCli(['solve', scenario, '--out', out, '--force', '--time-limit', '120'], 'hang');
    await waitFor(join(out, '.expertpool.lock'));
    const second = runCli(['solve', scenario, '--out', out, '--force', '--format', 'json']);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('is being written by another expertpool run');
    first.child.kill('SIGINT');
    await first.done;
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('takes over the lock of a run that was killed, and refuses an unreadable one, naming the file to remove', () => {
    const root = freshRoot();
    const lock = join(root, '.out.expertpool.lock');
    writeFileSync(lock, JSON.stringify({ pid: endedPid(), host: hostname(), token: 'killed' }));
    expect(runCli(['solve', scenario, '--out', join(root, 'out')]).status).toBe(0);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(join(root, 'out', '.expertpool.lock'), '');
    const refused = runCli(['solve', scenario, '--out', join(root, 'out'), '--force']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`If no other run is busy there, remove the lock file ${join(root, 'out', '.expertpool.lock')}.`);
  });
});

describe('--out through a symbolic link out of the working folder', () => {
  /** A working folder with `shared` linked to a folder elsewhere. */
  function linkedWorkingFolder(): { work: string; elsewhere: string } {
    const work = freshRoot();
    const elsewhere = freshRoot();
    symlinkSync(elsewhere, join(work, 'shared'));
    return { work, elsewhere };
  }

  it('refuses a linked parent folder, writes nothing there, and writes with --allow-outside', () => {
    const { work, elsewhere } = linkedWorkingFolder();
    const refused = runCli(['solve', scenario, '--out', 'shared/reports/2022'], { cwd: work });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      `shared/reports/2022: leads through a symbolic link to ${join(elsewhere, 'reports', '2022')}, outside the working folder`,
    );
    expect(refused.stderr).toContain('or add --allow-outside to write there');
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(runCli(['solve', scenario, '--out', 'shared/reports/2022', '--allow-outside'], { cwd: work }).status).toBe(0);
    expect(readdirSync(join(elsewhere, 'reports', '2022'))).toContain('result.json');
  });

  it('holds export to the same rule', () => {
    const { work, elsewhere } = linkedWorkingFolder();
    expect(runCli(['export', scenario, '--lp', 'shared/round.lp'], { cwd: work }).status).toBe(2);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(runCli(['export', scenario, '--lp', 'shared/round.lp', '--allow-outside'], { cwd: work }).status).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['round.lp']);
  });
});

describe('export writes files as solve writes folders', () => {
  it('refuses to replace an existing file without --force, speaking of its own flag, and replaces it with --force', () => {
    const root = freshRoot();
    const lp = join(root, 'round.lp');
    writeFileSync(lp, 'mine');
    const refused = runCli(['export', scenario, '--lp', lp]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`expertpool: ${lp}: already exists. Add --force to replace it, or choose another file for --lp.\n`);
    expect(readFileSync(lp, 'utf8')).toBe('mine');
    expect(runCli(['export', scenario, '--lp', lp, '--force']).status).toBe(0);
    expect(readFileSync(lp, 'utf8')).toContain('expertpool model of "Test round"');
    expect(readdirSync(root)).toEqual(['round.lp']);
  });

  it('never replaces an input, and refuses one file for both formats', () => {
    const folder = smallRound();
    const input = runCli(['export', join(folder, 'scenario.yaml'), '--mps', join(folder, 'requests.csv'), '--force']);
    expect(input.status).toBe(2);
    expect(input.stderr).toContain('requests.csv: is an input of this run; choose another file for --mps');
    expect(readFileSync(join(folder, 'requests.csv'), 'utf8')).toBe(REQUESTS);
    const same = runCli(['export', join(folder, 'scenario.yaml'), '--lp', join(folder, 'm'), '--mps', join(folder, 'm')]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('--lp and --mps name the same file');
  });

  it('reads data outside the scenario folder only with --allow-outside', () => {
    const root = freshRoot();
    const round = smallRound();
    const outside = join(root, 'scenario.yaml');
    writeFileSync(
      outside,
      readFileSync(join(round, 'scenario.yaml'), 'utf8').replace('requests: requests.csv', `requests: ${join(round, 'requests.csv')}`),
    );
    for (const name of ['municipalities.csv', 'experts.csv']) writeFileSync(join(root, name), readFileSync(join(round, name)));
    expect(runCli(['export', outside, '--lp', join(root, 'a.lp')]).stderr).toContain('field "data.requests"');
    expect(runCli(['export', outside, '--lp', join(root, 'a.lp'), '--allow-outside']).status).toBe(0);
  });

  it('removes a temporary file left by a killed export', () => {
    const root = freshRoot();
    const stale = join(root, `.round.lp.expertpool-${endedPid()}.tmp`);
    writeFileSync(stale, 'half');
    expect(runCli(['export', scenario, '--lp', join(root, 'round.lp')]).status).toBe(0);
    expect(readdirSync(root)).toEqual(['round.lp']);
  });
});
