import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseRound } from '../../src/diagnose/round-summary.js';
import { loadRound } from '../../src/io/load-round.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { BIN } from '../support/run-cli.js';
import { writeRoundFolder } from '../support/temp-round.js';
import { largeRoundFiles } from '../support/large-round.js';

const TIME_LIMIT = 5;
/** The runner's hard stop comes 1 s + 10 % after the limit; the rest is loading, building and reporting. */
const HARD_STOP = TIME_LIMIT + 1 + 0.1 * TIME_LIMIT;

describe('a round of 2,000 requests and 300 experts', () => {
  const folder = writeRoundFolder(largeRoundFiles({ municipalities: 300, experts: 300, requests: 2000, budget: 250_000, seed: 1 }));
  const scenario = join(folder, 'scenario.yaml');

  it('loads and validates in seconds', () => {
    const started = performance.now();
    const { round } = loadRound(scenario);
    const summary = summariseRound(prepareRound(round, 'expert-count'));
    const seconds = (performance.now() - started) / 1000;
    expect(round.requests).toHaveLength(2000);
    expect(round.experts).toHaveLength(300);
    expect(summary.eligiblePairs).toBeGreaterThan(10_000);
    // Generous on a loaded 2-core machine; it takes a few seconds.
    expect(seconds).toBeLessThan(60);
  });

  it('solves or stops at the time limit with an honest status, in a bounded heap', () => {
    const started = performance.now();
    // A heap cap turns unbounded memory use into a crash, which this test would see.
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=768', BIN, 'solve', scenario, '--json', '--time-limit', String(TIME_LIMIT)],
      {
        encoding: 'utf8',
        timeout: 180_000,
        // The result of 2,000 requests, each unserved one with its reasons, is over spawnSync's 1 MB default.
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const wall = (performance.now() - started) / 1000;
    // A killed or crashed child (time-out, buffer, heap) fails here with what it printed, not at JSON.parse.
    expect(run.error, run.stderr).toBeUndefined();
    expect(run.signal, run.stderr).toBeNull();
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const result = JSON.parse(run.stdout);
    expect(['optimal', 'time_limit']).toContain(result.status);
    expect(result.run.seconds).toBeLessThan(HARD_STOP + 5);
    expect(wall).toBeLessThan(HARD_STOP + 90);
    expect(result.budget.used).toBeLessThanOrEqual(result.budget.limit);
    expect(result.assignments).toHaveLength(result.objective.served);
    if (result.status === 'optimal') {
      expect(run.status).toBe(0);
      expect(result.tiers.every((tier: { status: string }) => tier.status === 'optimal')).toBe(true);
    } else {
      // time_limit: exit 0 with the best allocation found, or exit 1 when none was found in time.
      expect(run.status).toBe(result.tiers.length > 0 ? 0 : 1);
      if (result.tiers.length === 0) expect(result.assignments).toEqual([]);
    }
  });
});
