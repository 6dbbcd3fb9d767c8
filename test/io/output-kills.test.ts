import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FsFault, writeSetWithFsFault } from '../support/fs-faults.js';

/*
 * A run is killed (SIGKILL, no chance to tidy up) or fails at every file
 * system call it makes while writing an output set; the folder must then
 * hold files of one run only, and after the next run's claim exactly the
 * old set or exactly the new one, with the user's own file untouched and
 * nothing of ours left behind. The calls run in a child on the built
 * library (dist/), under a preload that injects the fault.
 */
const SET = ['report.md', 'report.html', 'assignments.csv', 'unserved.csv', 'result.json'];
/** A --format subset: the CSV files of the old run must go, or the folder would mix two runs. */
const NEW_FILES = { 'result.json': 'new', 'report.md': 'new', 'report.html': 'new' };

/** A folder `out` holding an old full set and the user's notes.txt, in a fresh root. */
function oldSet(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'expertpool-kill-'));
  const out = join(root, 'out');
  mkdirSync(out);
  for (const name of SET) writeFileSync(join(out, name), 'old');
  writeFileSync(join(out, 'notes.txt'), 'mine');
  return { root, out };
}

/** The contents of the set's files present in `out`, by name. */
const setIn = (out: string) =>
  Object.fromEntries(SET.filter((name) => existsSync(join(out, name))).map((name) => [name, readFileSync(join(out, name), 'utf8')]));

const countSteps = (prepare: () => { root: string; out: string }) => {
  const { root, out } = prepare();
  const run = writeSetWithFsFault(out, NEW_FILES, { root, step: 0, fault: 'kill' });
  expect(run.status, run.stderr).toBe(0);
  return run.steps;
};

describe('an output set replaced with --force, killed at every step', () => {
  const steps = countSteps(oldSet);

  it('counts the steps of a write (lock, staging, journal, swap, release)', () => {
    expect(steps).toBeGreaterThan(15);
  });

  it('leaves files of one run only, and the next claim restores exactly the old set or exactly the new one', () => {
    const outcomes = new Set<string>();
    for (let step = 1; step <= steps; step++) {
      const { root, out } = oldSet();
      const killed = writeSetWithFsFault(out, NEW_FILES, { root, step, fault: 'kill' });
      expect(killed.signal, `step ${step}`).toBe('SIGKILL');
      const contents = new Set(Object.values(setIn(out)));
      expect(contents.size, `step ${step}: ${JSON.stringify(setIn(out))}`).toBeLessThanOrEqual(1);
      const next = writeSetWithFsFault(out, 'claim-only', { root, step: 0, fault: 'kill' });
      expect(next.status, next.stderr).toBe(0);
      const after = setIn(out);
      const outcome = Object.values(after).includes('new') ? 'new' : 'old';
      expect(after, `step ${step}`).toEqual(outcome === 'new' ? NEW_FILES : Object.fromEntries(SET.map((name) => [name, 'old'])));
      outcomes.add(outcome);
      expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
      expect(
        readdirSync(out).filter((name) => name.startsWith('.')),
        `step ${step}`,
      ).toEqual([]);
      expect(readdirSync(root), `step ${step}`).toEqual(['out']);
    }
    // Killed before the point of no return the old set stands; after it the next run finishes the new one.
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  });

  it('fails cleanly at every step with a write error (ENOSPC): the old set stands or the next claim finishes the new one', () => {
    for (let step = 1; step <= steps; step++) {
      const { root, out } = oldSet();
      const failed = writeSetWithFsFault(out, NEW_FILES, { root, step, fault: 'ENOSPC' });
      if (failed.status !== 0) expect(failed.stderr, `step ${step}`).toMatch(/InputError: .*\[output-(unwritable|unfinished)\]/);
      const next = writeSetWithFsFault(out, 'claim-only', { root, step: 0, fault: 'kill' });
      expect(next.status, `step ${step}: ${next.stderr}`).toBe(0);
      const after = setIn(out);
      expect([5, 3], `step ${step}: ${JSON.stringify(after)}`).toContain(Object.keys(after).length);
      expect(new Set(Object.values(after)).size, `step ${step}`).toBe(1);
      expect(
        readdirSync(out).filter((name) => name.startsWith('.')),
        `step ${step}`,
      ).toEqual([]);
    }
  });
});

describe('a new output folder, killed at every step', () => {
  const fresh = () => {
    const root = mkdtempSync(join(tmpdir(), 'expertpool-kill-new-'));
    return { root, out: join(root, 'out') };
  };
  const steps = countSteps(fresh);

  it('appears complete or not at all, and the next claim leaves no staging folder or lock behind', () => {
    for (let step = 1; step <= steps; step++) {
      const { root, out } = fresh();
      const killed = writeSetWithFsFault(out, NEW_FILES, { root, step, fault: 'kill' } satisfies FsFault);
      expect(killed.signal, `step ${step}`).toBe('SIGKILL');
      if (existsSync(out)) expect(setIn(out), `step ${step}`).toEqual(NEW_FILES);
      expect(writeSetWithFsFault(out, 'claim-only', { root, step: 0, fault: 'kill' }).status).toBe(0);
      expect(
        readdirSync(root).filter((name) => name.startsWith('.')),
        `step ${step}`,
      ).toEqual([]);
    }
  });
});
