import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { InputError } from './input-error.js';
import { errorCode, writeFailure } from './output-errors.js';

/** A lock this run holds on the folder it will change: the lock file and what this run wrote into it. */
export interface OutputLock {
  readonly path: string;
  readonly token: string;
}

/** Who holds a lock, as its file says. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string'
      ? (owner as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True unless the owner is a process of this machine that no longer runs
 * (killed before it could remove its lock). A lock of another machine (a
 * shared folder) cannot be checked and counts as held.
 */
function ownerRuns(owner: LockOwner): boolean {
  return owner.host !== hostname() || processRuns(owner.pid);
}

/** True when a process `pid` runs on this machine (perhaps as another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Takes the lock file at `path` for this run, or refuses when another run
 * holds it. Creating the file is also the proof that the folder can be
 * written, before any work is done. A lock left by a killed run (its
 * process is gone) is taken over; a lock that cannot be read counts as held,
 * and the message names the file to remove. `place` and `option` name the
 * output in messages.
 */
export function acquireLock(path: string, place: string, option: string): OutputLock {
  const token = randomUUID();
  const text = `${JSON.stringify({ pid: process.pid, host: hostname(), token })}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return { path, token };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw writeFailure(error, place, option);
      const owner = readOwner(path);
      if (owner === undefined || ownerRuns(owner) || attempt > 0) {
        throw new InputError(
          { file: place },
          { id: 'output-busy', lock: path, option, ...(owner ? { pid: owner.pid, host: owner.host } : {}) },
        );
      }
      rmSync(path, { force: true });
    }
  }
}

/** Throws unless `lock` is still this run's: another run that took it over (as a stale lock) owns the folder now. */
export function assertLockHeld(lock: OutputLock, place: string, option: string): void {
  if (readOwner(lock.path)?.token !== lock.token) throw new InputError({ file: place }, { id: 'output-changed', change: 'taken', option });
}

/** Removes the lock if it is still this run's; never another run's. */
export function releaseLock(lock: OutputLock): void {
  if (readOwner(lock.path)?.token !== lock.token) return;
  try {
    rmSync(lock.path, { force: true });
  } catch {
    // A lock that cannot be removed is left to the next run, which sees that this process has ended and takes it over.
  }
}

/** Removes a lock at `path` left by a run that no longer runs, if there is one; a lock held by a live run stays. */
export function removeStaleLock(path: string): void {
  const owner = readOwner(path);
  if (owner === undefined || ownerRuns(owner)) return;
  try {
    rmSync(path, { force: true });
  } catch {
    // Only tidying: a lock that cannot be removed here is taken over when its folder is next written.
  }
}
