import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './input-error.js';
import { errorCode, writeStep } from './output-errors.js';
import { removeCreatedFolders } from './output-folder.js';
import { processRuns } from './output-lock.js';
import { assertOutputNotLinkedOut, type OutputPathPolicy, realPathOf } from './safe-path.js';

/** What a command tells before its work about one file it will write (`export --lp FILE`). */
export interface OutputFileOptions extends OutputPathPolicy {
  /** Replace the file if it exists (`--force`). */
  readonly force: boolean;
  /** Every file the run reads: never replaced. */
  readonly inputs: readonly string[];
  /** The flag that names the file, for messages. */
  readonly option: string;
}

/** One output file claimed for a run: checked before the work, written whole after it. */
export interface OutputFileClaim {
  /** Writes `text` as the file, at once; returns its path. Releases the claim. */
  write(text: string): string;
  /** Gives the file up, removing the temporary file; safe to call more than once. */
  release(): void;
}

const TEMPORARY = /^\.(.+)\.expertpool-(\d+)\.tmp$/;
const temporaryName = (name: string) => `.${name}.expertpool-${process.pid}.tmp`;

/** Removes temporary files of `name` that killed runs left in `folder` (their process is gone). */
function removeStaleTemporaries(folder: string, name: string): void {
  for (const entry of readdirSync(folder)) {
    const match = TEMPORARY.exec(entry);
    if (match?.[1] === name && !processRuns(Number(match[2]))) rmSync(join(folder, entry), { force: true });
  }
}

/**
 * Claims the file `place` for one run, before the run's work: refuses links
 * out, an input of the run, and an existing file without --force; creates
 * its folder if needed and an empty temporary file beside it, which also
 * proves the folder can be written. The file is later written under that
 * temporary name and renamed (with --force) or linked into place (without:
 * a file that appeared meanwhile is then refused, never replaced).
 */
export function claimOutputFile(place: string, options: OutputFileOptions): OutputFileClaim {
  // Any file system failure while checking (ENOTDIR for a path under a file, EACCES, ...) is said as a write failure.
  return writeStep(place, options.option, () => claimFile(place, options));
}

/** The claim itself; file system failures are worded by the caller. */
function claimFile(place: string, options: OutputFileOptions): OutputFileClaim {
  const { option } = options;
  const path = resolve(place);
  const folder = dirname(path);
  const name = basename(path);
  assertOutputNotLinkedOut(folder, [name], options, option, 'file');
  if (new Set(options.inputs.map(realPathOf)).has(realPathOf(path))) {
    throw new InputError({ file: place }, { id: 'output-is-input', option });
  }
  if (!options.force && lstatSync(path, { throwIfNoEntry: false }) !== undefined) {
    throw new InputError({ file: place }, { id: 'output-exists', option });
  }
  const firstCreated = writeStep(place, option, () => mkdirSync(folder, { recursive: true }));
  const temporary = join(folder, temporaryName(name));
  let written = false;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left to the next run for this file, which removes temporary files of processes that have ended.
    }
    if (!written && firstCreated !== undefined) removeCreatedFolders(folder, firstCreated);
  };
  try {
    writeStep(place, option, () => {
      removeStaleTemporaries(folder, name);
      closeSync(openSync(temporary, 'wx'));
    });
  } catch (error) {
    release();
    throw error;
  }
  return {
    release,
    write(text) {
      if (released) throw new Error(`the claim on ${path} was already released`);
      try {
        writeStep(place, option, () => {
          writeFileSync(temporary, text);
          if (options.force) renameSync(temporary, path);
          else placeNew(temporary, path, place, option);
        });
        written = true;
      } finally {
        release();
      }
      return path;
    },
  };
}

/** Puts the written temporary file in place as `path`, which must not exist: another run's file there is never replaced. */
function placeNew(temporary: string, path: string, place: string, option: string): void {
  const appeared = () => new InputError({ file: place }, { id: 'output-changed', change: 'appeared', option });
  try {
    // A hard link fails when the name exists, with no moment in which an existing file could be replaced.
    linkSync(temporary, path);
    return;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw appeared();
    // A file system without hard links: check and rename, which leaves only a tiny window.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'].includes(errorCode(error))) throw error;
  }
  if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) throw appeared();
  renameSync(temporary, path);
}
