/**
 * Replacing an output set as a whole. A run writes its files into a staging
 * folder first; renaming that folder to a journal is the point of no return,
 * after which this run, or the next run to the same folder if this one is
 * killed, removes the old files of the set and moves the new ones in. Before
 * that point a killed run leaves the old set untouched (and a staging folder
 * the next run removes); after it, the folder holds files of one run only,
 * never old and new side by side.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input-error.js';
import { errorCode, writeStep } from './output-errors.js';

/**
 * Files to write into one output folder: text (UTF-8) or bytes (a workbook),
 * by name, or by `folder/name` for a file in a subfolder of the output set
 * (`letters/44021-gent.html`). A subfolder is one entry of the set: it is
 * replaced as a whole, so no file of an earlier run stays in it.
 */
export type OutputFiles = Readonly<Record<string, string | Uint8Array>>;

/** The entry of the output folder a file belongs to: its own name, or its subfolder's with a trailing `/` (`letters/`). */
const entryOf = (name: string): string => (name.includes('/') ? `${name.split('/')[0]}/` : name);

/** An entry's path in `folder`, without the trailing `/` of a subfolder (so a link in its place is never followed). */
export const entryPath = (folder: string, entry: string): string => join(folder, entry.replace(/\/$/, ''));

/** The entries of the output folder that `files` write, in order, each once. */
export const entriesOf = (files: OutputFiles): string[] => [...new Set(Object.keys(files).map(entryOf))];

/** The lock file inside an existing output folder. */
export const FOLDER_LOCK = '.expertpool.lock';
const STAGING = '.expertpool-staging';
const JOURNAL = '.expertpool-swap';
/** A finished journal, renamed at once so that one half-removed is never read as a journal. */
const FINISHED = '.expertpool-swapped';
const NEW_FILES = 'new';
const PLAN = 'plan.json';

/** Entries expertpool itself keeps in an output folder while it writes; never counted as the user's files. */
export const OWN_ENTRIES: ReadonlySet<string> = new Set([FOLDER_LOCK, STAGING, JOURNAL, FINISHED]);

/** What a journal says: the names to move in, and the names of the set this run does not write (removed). */
interface SwapPlan {
  readonly write: readonly string[];
  readonly remove: readonly string[];
}

/** The lock and the staging folder of a folder that does not exist yet: beside it, in its parent. */
export const newFolderLock = (folder: string) => join(dirname(folder), `.${basename(folder)}.expertpool.lock`);
const newFolderStaging = (folder: string) => join(dirname(folder), `.${basename(folder)}.expertpool-staging`);

/** Removes a folder we staged, without letting a failure to tidy up hide the error that stopped the write. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // The next run to this place removes it.
  }
}

/**
 * Moves the journal's remaining files into `folder`: first every old file of
 * the set goes, then every new one comes. Repeating it after a kill at any
 * step finishes the same swap: a name still in the journal has not been
 * moved in yet, so what stands under that name in the folder is old.
 */
function finishSwap(folder: string): void {
  const journal = join(folder, JOURNAL);
  const plan = JSON.parse(readFileSync(join(journal, PLAN), 'utf8')) as SwapPlan;
  const pending = plan.write.filter((name) => existsSync(entryPath(join(journal, NEW_FILES), name)));
  // An entry may be a subfolder (the letters): it goes as a whole, a link in its place as a link.
  for (const name of [...plan.remove, ...pending]) rmSync(entryPath(folder, name), { recursive: true, force: true });
  for (const name of pending) renameSync(entryPath(join(journal, NEW_FILES), name), entryPath(folder, name));
  renameSync(journal, join(folder, FINISHED));
  rmSync(join(folder, FINISHED), { recursive: true, force: true });
}

/**
 * Tidies what a killed run left in an existing output folder, under this
 * run's lock: a staging folder (the killed run had not reached its point of
 * no return, so the old set stands) is removed, and a journal is finished.
 */
export function recoverFolder(folder: string): void {
  rmSync(join(folder, STAGING), { recursive: true, force: true });
  rmSync(join(folder, FINISHED), { recursive: true, force: true });
  if (existsSync(join(folder, JOURNAL))) finishSwap(folder);
}

/** Tidies a staging folder left beside a folder that a killed run was creating. */
export function recoverNewFolder(folder: string): void {
  rmSync(newFolderStaging(folder), { recursive: true, force: true });
}

/** Writes every file into `into`, which must not exist yet. */
function stageFiles(into: string, files: OutputFiles): void {
  mkdirSync(into);
  for (const [name, content] of Object.entries(files)) {
    if (name.includes('/')) mkdirSync(join(into, dirname(name)), { recursive: true });
    writeFileSync(join(into, name), content, { flag: 'wx' });
  }
}

/**
 * Replaces the output set in the existing `folder`: writes `files`, removes
 * the set's names in `remove`, and leaves every other entry alone. A failure
 * before the point of no return leaves the old set and no temporary file;
 * `place` and `option` name the folder in messages.
 */
export function swapIntoFolder(folder: string, files: OutputFiles, remove: readonly string[], place: string, option: string): void {
  const staging = join(folder, STAGING);
  writeStep(place, option, () => {
    try {
      stageFiles(staging, {});
      stageFiles(join(staging, NEW_FILES), files);
      writeFileSync(join(staging, PLAN), JSON.stringify({ write: entriesOf(files), remove } satisfies SwapPlan));
      // The point of no return: from here on the swap is finished, by this run or by the next.
      renameSync(staging, join(folder, JOURNAL));
    } catch (error) {
      removeQuietly(staging);
      throw error;
    }
  });
  try {
    finishSwap(folder);
  } catch (error) {
    throw new InputError({ file: place }, { id: 'output-unfinished', code: errorCode(error), journal: join(folder, JOURNAL) });
  }
}

/**
 * Creates `folder` with `files` in it: filled under a staging name beside it
 * and renamed into place, so it appears complete or not at all. Refuses when
 * the folder appeared meanwhile (another program wrote there).
 */
export function createFolderWith(folder: string, files: OutputFiles, place: string, option: string): void {
  const staging = newFolderStaging(folder);
  writeStep(place, option, () => {
    try {
      stageFiles(staging, files);
      if (lstatSync(folder, { throwIfNoEntry: false }) !== undefined) {
        throw new InputError({ file: place }, { id: 'output-changed', change: 'appeared', option });
      }
      renameSync(staging, folder);
    } catch (error) {
      removeQuietly(staging);
      throw error;
    }
  });
}
