import { claimOutputFolder, type OutputClaim, type OutputFolderOptions } from '../io/output-folder.js';
import type { OutputFiles } from '../io/write-outputs.js';

/** Signals that would otherwise end the process in the middle of writing an output set. */
const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `write` (synchronous, a few milliseconds) with Ctrl-C and kill
 * signals held off: while a listener is registered, a signal no longer ends
 * the process at once, and the write completes; the run then ends as it
 * would have a moment later anyway.
 */
function holdingSignals<T>(write: () => T): T {
  const hold = () => {};
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  try {
    return write();
  } finally {
    for (const signal of HELD_SIGNALS) process.off(signal, hold);
  }
}

/**
 * Claims the `--out` folder for the whole command (see claimOutputFolder),
 * before its work, so a folder that cannot be written, or that another run
 * is writing, costs no solve. The claim is released on every way out: the
 * command's end, an error, and process.exit (a second Ctrl-C). Nothing to
 * claim without `--out`.
 */
export function claimOutput(place: string | undefined, options: OutputFolderOptions): OutputClaim | undefined {
  if (place === undefined) return undefined;
  const claim = claimOutputFolder(place, options);
  const release = () => {
    process.off('exit', release);
    claim.release();
  };
  process.on('exit', release);
  return {
    write: (files: OutputFiles) => {
      try {
        return holdingSignals(() => claim.write(files));
      } finally {
        release();
      }
    },
    release,
  };
}
