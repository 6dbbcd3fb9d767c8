import { InputError } from './input-error.js';

/** The error code of a failed file system call, e.g. `ENOSPC`; `unknown` when it carries none. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';

/** True for the error of a failed file system call (it names its system call), as opposed to a bug. */
const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;

/**
 * What to throw for an error of writing output: a failure of the file system
 * (a full disk, a read-only folder, a file where a folder should be) becomes
 * an input error naming `place`, the path the user chose with `option`, and
 * the error code; anything else is returned unchanged.
 */
export function writeFailure(error: unknown, place: string, option: string): unknown {
  if (!isFileSystemError(error)) return error;
  return new InputError({ file: place }, { id: 'output-unwritable', path: error.path ?? place, code: errorCode(error), option });
}

/** Runs one file system step of writing output; a failure is thrown as `writeFailure` words it. */
export function writeStep<T>(place: string, option: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw writeFailure(error, place, option);
  }
}
