import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, render, solve } from '../../src/api/library.js';
import { SolveInterrupted } from '../../src/engines/worker-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

// The library functions on the small round; test/e2e/library-entry.test.ts runs the built package through its entry.

/** The small round at a budget that pays two trajectories, so one request waits. */
const tightRound = () =>
  loadRound(join(smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 34000') }), 'scenario.yaml'));

describe('the library', () => {
  it('solves, re-checks and renders every format but letters unless asked, in the language asked', async () => {
    const result = await solve(tightRound(), { explain: 'fast', engine: 'jslp' });
    expect(result.status).toBe('optimal');
    expect(Object.keys(render(result)).sort()).toEqual([
      'allocation.xlsx',
      'assignments.csv',
      'report.html',
      'report.md',
      'result.json',
      'unserved.csv',
    ]);
    const dutch = render(result, { formats: ['md'], lang: 'nl' });
    expect(Object.keys(dutch)).toEqual(['report.md']);
    expect(dutch['report.md']).toContain('## In het kort');
    expect(Object.keys(render(result, { formats: ['letters'] })).some((name) => name.startsWith('letters/'))).toBe(true);
  });

  it('explains a request it knows, and answers nothing for an id the round does not hold', async () => {
    const result = await solve(tightRound(), { explain: 'fast' });
    const waiting = result.unserved[0]!.request;
    expect(explain(result, waiting)).toContain(waiting);
    expect(explain(result, result.assignments[0]!.request, 'nl')).toContain(result.assignments[0]!.request);
    expect(explain(result, 'NO-SUCH-REQUEST')).toBeUndefined();
  });

  it('stops a solve whose signal is aborted with SolveInterrupted', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(solve(tightRound(), { signal: stop.signal })).rejects.toBeInstanceOf(SolveInterrupted);
  });
});
