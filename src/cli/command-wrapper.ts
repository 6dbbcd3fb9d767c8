import { AllocationCheckError } from '../pipeline/solve-checked.js';
import { UnknownEngineError } from '../engines/engine-info.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { InputError, type InputNotice } from '../io/input-error.js';
import { inputErrorText, inputWarningText } from '../text/input-messages.js';
import { LANGS, type Lang } from '../text/lang.js';
import { EngineFailure } from '../solve/solve-round.js';
import { EXIT } from './exit-codes.js';
import { violationText } from '../text/diagnosis-text.js';

/** A wrong flag or argument combination: exit 2, like bad input. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

// The codes live in a module of their own so main can name them without loading the engines.
export { EXIT } from './exit-codes.js';

/** The language of a command's messages: its `--lang`, English when it has none or an unknown one. */
const messageLanguage = (lang: string | undefined): Lang => ((LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : 'en');

/** Prints the warnings of loading a round on stderr, in the command's language; `source` names the scenario when several are loaded. */
export function writeWarnings(warnings: readonly InputNotice[], lang?: string, source?: string): void {
  for (const warning of warnings) {
    const text = inputWarningText(warning, messageLanguage(lang));
    process.stderr.write(`${source === undefined ? text : text.replace(': ', `: ${source}: `)}\n`);
  }
}

/**
 * Runs a command and owns its exit code: known errors print one message and
 * no stack; anything else is a bug and prints the stack. Input errors are
 * worded in `lang`, the command's `--lang` (English by default).
 */
export async function runCommand(command: () => Promise<number>, lang?: string): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`expertpool: ${inputErrorText(error, messageLanguage(lang))}\n`);
      return EXIT.input;
    }
    if (error instanceof UsageError || error instanceof UnknownEngineError) {
      process.stderr.write(`expertpool: ${error.message}\n`);
      return EXIT.input;
    }
    if (error instanceof SolveInterrupted) {
      process.stderr.write('expertpool: interrupted; the solve was stopped and nothing was written.\n');
      return EXIT.interrupted;
    }
    if (error instanceof EngineFailure) {
      // An engine fault (e.g. a WASM abort that also hit the retry) is not a bug in the round: no stack.
      process.stderr.write(`expertpool: engine failure: ${error.message}\nNo result was written.\n`);
      return EXIT.internal;
    }
    if (error instanceof AllocationCheckError) {
      const broken = error.violations.map((violation) => `  - [${violation.rule}] ${violationText(violation, 'en')}\n`).join('');
      process.stderr.write(
        `expertpool: internal error: ${error.message}\n${broken}This is a bug; no result was written. Please report it with the scenario.\n`,
      );
      return EXIT.internal;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`expertpool: internal error (this is a bug; please report it with the scenario and this text):\n${detail}\n`);
    return EXIT.internal;
  }
}
