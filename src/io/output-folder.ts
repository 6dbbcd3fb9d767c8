import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './input-error.js';
import { writeStep } from './output-errors.js';
import { acquireLock, assertLockHeld, type OutputLock, releaseLock, removeStaleLock } from './output-lock.js';
import {
  createFolderWith,
  FOLDER_LOCK,
  entriesOf,
  entryPath,
  newFolderLock,
  type OutputFiles,
  OWN_ENTRIES,
  recoverFolder,
  recoverNewFolder,
  swapIntoFolder,
} from './output-swap.js';
import { assertOutputNotLinkedOut, type OutputPathPolicy, realPathOf } from './safe-path.js';

/** What a command tells before its work about the folder it will write into. */
export interface OutputFolderOptions extends OutputPathPolicy {
  /** Write into an existing folder that is not empty (`--force`). */
  readonly force: boolean;
  /** Every file the run reads: never replaced, never removed. */
  readonly inputs: readonly string[];
  /**
   * Every entry of the command's output set (file names, or a subfolder's
   * name), for all its formats. A run writes some and removes the others it
   * finds, so the folder never holds a report of one run beside a result of another.
   */
  readonly names: readonly string[];
  /** The flag that names the folder, for messages; `--out` by default. */
  readonly option?: string;
  /** The folder is meant for a new round (`init`), not for reports: said so when it is not empty. */
  readonly newRound?: boolean;
}

/** An output folder claimed for one run: checked and locked before the work, written once after it. */
export interface OutputClaim {
  /** Replaces the output set with `files` (names of the set); returns the paths written. Releases the claim. */
  write(files: OutputFiles): string[];
  /** Gives the folder up without writing (or after writing); safe to call more than once. */
  release(): void;
}

/** Refuses a name that is not a plain file name of the folder, or one expertpool keeps for itself: a bug in the caller. */
function assertPlainNames(names: readonly string[]): void {
  // A subfolder of the set is named with a trailing `/` (`letters/`).
  const plain = (name: string) => name.replace(/\/$/, '');
  const odd = names.find(
    (name) => ['', '.', '..'].includes(plain(name)) || basename(plain(name)) !== plain(name) || OWN_ENTRIES.has(plain(name)),
  );
  if (odd !== undefined) throw new Error(`output file name "${odd}" must be a plain file name of the folder`);
}

/** Refuses a folder where one of the set's `names` is an input of this run (it would be replaced or removed), even with --force. */
function assertNoInputReplaced(folder: string, names: readonly string[], inputs: readonly string[], option: string): void {
  const protectedPaths = new Set(inputs.map(realPathOf));
  const input = names.map((name) => entryPath(folder, name)).find((target) => protectedPaths.has(realPathOf(target)));
  if (input !== undefined) {
    throw new InputError({ file: input }, { id: 'output-replaces-input', option });
  }
}

/** Refuses an existing folder with entries of the user's without --force; names an input among them first. */
function assertEmptyOrForced(folder: string, place: string, options: OutputFolderOptions, option: string): void {
  const entries = readdirSync(folder).filter((entry) => !OWN_ENTRIES.has(entry));
  if (entries.length === 0 || options.force) return;
  const real = realpathSync(folder);
  const input = options.inputs.map(realPathOf).find((path) => dirname(path) === real);
  if (input !== undefined) {
    throw new InputError({ file: place }, { id: 'output-holds-input', input: basename(input), option });
  }
  throw new InputError({ file: place }, { id: 'output-not-empty', entries: entries.length, option, newRound: options.newRound === true });
}

/** Removes the folders a claim created to hold its output (from `parent` up to `firstCreated`), as long as they are empty. */
export function removeCreatedFolders(parent: string, firstCreated: string): void {
  for (let folder = parent; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === firstCreated) return;
  }
}

/**
 * Claims `place` (the folder as the user named it) for one run, before the
 * run's work: refuses links out (see assertOutputNotLinkedOut), a file in
 * the folder's place, a folder with the user's files without --force, and
 * an input among the names; locks the folder (or, for a new folder, its
 * parent), which also proves it can be written; and tidies what a killed
 * run left there. Another run that claims the same folder meanwhile is
 * refused until this claim is released.
 */
export function claimOutputFolder(place: string, options: OutputFolderOptions): OutputClaim {
  const option = options.option ?? '--out';
  // Any file system failure while checking (ENOTDIR for a path under a file, EACCES, ...) is said as a write failure.
  const claim = writeStep(place, option, () => claimFolder(place, options, option));
  return { release: claim.release, write: (files) => writeStep(place, option, () => claim.write(files)) };
}

/** The claim itself; file system failures are worded by the caller. */
function claimFolder(place: string, options: OutputFolderOptions, option: string): OutputClaim {
  const folder = resolve(place);
  assertPlainNames(options.names);
  const existed = existsSync(folder);
  if (existed && !statSync(folder).isDirectory()) {
    throw new InputError({ file: place }, { id: 'output-not-folder', option });
  }
  assertOutputNotLinkedOut(place, options.names, options, option);
  const firstCreated = existed ? undefined : writeStep(place, option, () => mkdirSync(dirname(folder), { recursive: true }));
  let lock: OutputLock | undefined;
  let written = false;
  const release = () => {
    if (lock !== undefined) releaseLock(lock);
    lock = undefined;
    if (!written && firstCreated !== undefined) removeCreatedFolders(dirname(folder), firstCreated);
  };
  try {
    lock = acquireLock(existed ? join(folder, FOLDER_LOCK) : newFolderLock(folder), place, option);
    writeStep(place, option, () => (existed ? recoverFolder(folder) : recoverNewFolder(folder)));
    if (existed) {
      removeStaleLock(newFolderLock(folder));
      assertEmptyOrForced(folder, place, options, option);
    }
    assertNoInputReplaced(folder, options.names, options.inputs, option);
  } catch (error) {
    release();
    throw error;
  }
  const identity = existed ? statSync(folder) : undefined;
  return {
    release,
    write(files) {
      if (lock === undefined) throw new Error(`the claim on ${folder} was already released`);
      const names = entriesOf(files);
      const unknown = names.find((name) => !options.names.includes(name));
      if (unknown !== undefined) throw new Error(`"${unknown}" is not among the names claimed for ${folder}`);
      try {
        if (identity !== undefined) {
          const now = statSync(folder, { throwIfNoEntry: false });
          if (now?.ino !== identity.ino || now.dev !== identity.dev) {
            throw new InputError({ file: place }, { id: 'output-changed', change: 'replaced', option });
          }
        }
        assertLockHeld(lock, place, option);
        // Checked again at writing: a link planted while the run worked is refused just the same.
        assertOutputNotLinkedOut(place, names, options, option);
        assertNoInputReplaced(folder, options.names, options.inputs, option);
        const unwritten = options.names.filter((name) => !names.includes(name));
        if (identity === undefined) createFolderWith(folder, files, place, option);
        else swapIntoFolder(folder, files, unwritten, place, option);
        written = true;
      } finally {
        release();
      }
      return Object.keys(files).map((name) => join(folder, name));
    },
  };
}
