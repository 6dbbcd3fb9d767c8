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
}
