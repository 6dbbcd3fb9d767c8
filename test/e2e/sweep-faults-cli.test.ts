import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../../src/io/generate-round.js';
import { interruptCliWhen, runCliWithFault } from '../support/cli-process.js';
import { REQUESTS, smallRound, writeRoundFolder } from '../support/temp-round.js';

const STACK_LINE = /^\s+at /m;
const sweepOf = (folder: string, ...more: string[]) => ['sweep', join(folder, 'scenario.yaml'), '--vary', 'budget=30000,60000', ...more];

describe('sweep points run on the worker engines of solve', () => {
  const round = smallRound();

  it('retry an engine crash on a fresh worker and give the same points', () => {
    const plain = runCliWithFault(sweepOf(round, '--json', '--jobs', '2'));
    const retried = runCliWithFault(sweepOf(round, '--json', '--jobs', '2'), 'crash-once');
    expect(plain.status, plain.stderr).toBe(0);
    expect(retried.status, retried.stderr).toBe(0);
    expect(retried.stdout).toBe(plain.stdout);
  });

  it('report an engine failure as exit 3, naming the scenario and the point, without a stack or output', () => {
    for (const jobs of ['1', '2']) {
      const run = runCliWithFault(sweepOf(round, '--json', '--jobs', jobs), 'crash');
      expect(run.status).toBe(3);
      expect(run.stderr).toContain('expertpool: engine failure:');
      expect(run.stderr).toContain(`scenario "Test round" (${join(round, 'scenario.yaml')})`);
      // Both points fail; the first point's error is reported, whichever engine finished first.
      expect(run.stderr).toContain('(sweep point budget=30000)');
      expect(run.stderr).not.toContain('internal error');
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stdout).toBe('');
    }
  });

  it('stop an engine that ignores the time limit, at each point', () => {
    const started = performance.now();
    const run = runCliWithFault(sweepOf(round, '--json', '--jobs', '1', '--time-limit', '1'), 'hang');
    // Two points, each stopped 2.1 s after it started (the limit and the grace period); without a hard stop it never ends.
    expect((performance.now() - started) / 1000).toBeLessThan(60);
    expect(run.status).toBe(1);
    const sweep = JSON.parse(run.stdout) as { points: { status: string; served: string[] }[] };
    expect(sweep.points.map((point) => [point.status, point.served])).toEqual([
      ['time_limit', []],
      ['time_limit', []],
    ]);
  });

  it('stop on Ctrl-C with exit 130, without a stack or output', async () => {
    // A request nobody can serve prints a warning just before solving starts: the cue to interrupt.
    const folder = smallRound({ 'requests.csv': `${REQUESTS}A004,44021,cultuur,,,10\n` });
    const run = await interruptCliWhen('warning:', sweepOf(folder, '--jobs', '2', '--time-limit', '120'), 'hang');
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('interrupted');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });
});

describe('sweep --engine jslp --time-limit 1 on a Flanders-scale round', () => {
  it('ends promptly: each point stops at its limit, with an honest status', () => {
    // javascript-lp-solver checks its deadline only between branch-and-bound steps; on this round its
    // first LP alone runs for many seconds, which only the engine runner's hard stop ends.
    const folder = writeRoundFolder(generateRound({ municipalities: 285, experts: 60, requests: 300, budget: 600_000, seed: 2 }));
    const started = performance.now();
    const run = runCliWithFault([
      'sweep',
      join(folder, 'scenario.yaml'),
      '--vary',
      'budget=500000:700000:100000',
      '--engine',
      'jslp',
      '--time-limit',
      '1',
      '--jobs',
      '1',
      '--json',
    ]);
    // Before the hard stop: 15-20 s a point on this machine; with it: 2.1 s a point plus loading.
    expect((performance.now() - started) / 1000).toBeLessThan(30);
    const sweep = JSON.parse(run.stdout) as { points: { status: string }[] };
    expect(sweep.points).toHaveLength(3);
    for (const point of sweep.points) expect(point.status).toBe('time_limit');
    expect(run.status).toBe(1);
  });
});
