import { cliWords } from '../text/cli-text.js';
import type { Lang } from '../text/lang.js';
import { EXIT } from './exit-codes.js';

/** The language of the running command's messages; English until a command says otherwise. */
let language: Lang = 'en';

/** Sets the language the guard speaks in: the running command's `--lang`. */
export function useMessageLanguage(lang: Lang): void {
  language = lang;
}

/** The error code of a failed stream write, e.g. `EPIPE`. */
const codeOf = (error: Error) => (error as NodeJS.ErrnoException).code ?? 'unknown';

/**
 * Keeps a closed or failing standard stream from crashing a command. A
 * reader that stops early (`expertpool solve ... | head`) closes the pipe:
 * the rest of the output is dropped without a word, and the command ends
 * with its own exit code, having written its `--out` files as usual. Any
 * other failure of standard output (a full disk behind `> report.md`) is
 * said on standard error and ends the command with exit 2, as a place the
 * user chose that cannot be written. A failing standard error has no one to
 * tell and is ignored.
 */
export function guardStandardStreams(): void {
  let failure: string | undefined;
  process.stdout.on('error', (error: Error) => {
    const code = codeOf(error);
    if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || failure !== undefined) return;
    failure = code;
    process.stderr.write(`expertpool: ${cliWords(language).stdoutFailed(error.message)}\n`);
  });
  process.stderr.on('error', () => {});
  process.on('exit', () => {
    if (failure !== undefined && (process.exitCode === undefined || process.exitCode === EXIT.ok)) process.exitCode = EXIT.input;
  });
}
