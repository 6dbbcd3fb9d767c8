/** What kind of place a flag names: a folder of output files (`--out`, init's DIR) or one file (`--lp`, `--mps`). */
export type OutputPlace = 'folder' | 'file';

/**
 * The facts of problems with where output goes, by message id (part of
 * InputFacts): `option` is the flag that named the place (`--out`, `--lp`,
 * `--mps`), so a message speaks of the flag the user typed.
 */
export interface OutputFacts {
  /** A file system call failed; `code` is its error code (ENOSPC, EACCES, EROFS...). */
  'output-unwritable': { path: string; code: string; option: string };
  /** Another run holds the folder's lock; its process and host when the lock says them. */
  'output-busy': { lock: string; pid?: number; host?: string; option: string };
  /** The place changed while this run worked: it appeared, was replaced, or another run took its lock. */
  'output-changed': { change: 'appeared' | 'replaced' | 'taken'; option: string };
  /** The swap of an output set stopped after its point of no return; `journal` holds the rest. */
  'output-unfinished': { code: string; journal: string };
  /** A single output file (export) exists and `--force` was not given. */
  'output-exists': { option: string };
  /** A single output file (export) is an input of this run. */
  'output-is-input': { option: string };
  /** The output path, links followed, leaves the working folder it was named in. */
  'output-through-link': { target: string; folder: string; option: string };
  /** An existing folder holds entries of the user's and `--force` was not given; `newRound`: the folder is for `init`. */
  'output-not-empty': { entries: number; option: string; newRound: boolean };
  /** An existing folder without `--force` holds `input`, a file this run reads. */
  'output-holds-input': { input: string; option: string };
  /** A file of the output set would replace an input of this run, even with `--force`. */
  'output-replaces-input': { option: string };
  /** The place named as a folder is something else (a file). */
  'output-not-folder': { option: string };
  /** The place, named outside the working folder, is a symbolic link out of its own folder. */
  'output-link-away': { target: string; option: string };
  /** The place is a symbolic link to nothing. */
  'output-dangling-link': { option: string };
  /** A file of the output set exists as something a rename cannot replace (a folder, a device). */
  'output-in-the-way': { option: string; place: OutputPlace };
  /** A file of the output set is a symbolic link that leads out of its folder. */
  'output-entry-link': { target: string; option: string; place: OutputPlace };
}
