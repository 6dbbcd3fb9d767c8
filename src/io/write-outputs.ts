import { claimOutputFolder } from './output-folder.js';
import { entriesOf, type OutputFiles } from './output-swap.js';

export type { OutputFiles } from './output-swap.js';

/**
 * Checks, before any work is done, that `folder` may receive output files:
 * it is a folder (or can be created), it can be written, no other run is
 * writing there, and an existing folder that is not empty is only written
 * into with `force`, so a previous run's report or a folder of other files
 * (`inputs` among them) is never overwritten by accident. The CLI keeps such
 * a claim for the whole run (claimOutputFolder); this checks and lets go.
 */
export function assertOutputFolder(
  folder: string,
  options: { readonly force: boolean; readonly inputs: readonly string[]; readonly newRound?: boolean },
): void {
  claimOutputFolder(folder, { ...options, names: [] }).release();
}

/**
 * Writes every file into `folder` at once, refusing (before writing anything)
 * to replace any of `inputs` or to write through a symbolic link out of the
 * folder. A new folder is filled under a temporary name next to it and
 * renamed into place, so it appears complete or not at all; in an existing
 * folder the files are staged and swapped in together (see output-swap.ts),
 * and other files in it stay. Returns the paths written.
 */
export function writeOutputs(folder: string, files: OutputFiles, inputs: readonly string[]): string[] {
  return claimOutputFolder(folder, { force: true, inputs, names: entriesOf(files) }).write(files);
}
