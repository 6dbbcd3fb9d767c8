import { AllocationCheckError } from '../pipeline/solve-checked.js';
import { ENGINE_NAMES, UnknownEngineError } from '../engines/engine-info.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { InputError, type InputNotice } from '../io/input-error.js';
import { cliWords, usageText } from '../text/cli-text.js';
import type { UsageFact } from '../text/cli-words.js';
import { inputErrorText, inputWarningText } from '../text/input-messages.js';
import { LANGS, type Lang } from '../text/lang.js';
import { EngineFailure } from '../solve/solve-round.js';
import { EXIT } from './exit-codes.js';
import { useMessageLanguage } from './standard-streams.js';
import { violationText } from '../text/diagnosis-text.js';

/** A wrong flag or argument combination: exit 2, like bad input; its facts are worded in the command's language. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(readonly fact: UsageFact) {
    super(usageText(fact, 'en'));
  }
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

/** A known error's message in `lang` and its exit code; undefined for an error that is a bug. */
function knownError(error: unknown, lang: Lang): { readonly text: string; readonly exit: number } | undefined {
  const words = cliWords(lang);
  if (error instanceof InputError) return { text: inputErrorText(error, lang), exit: EXIT.input };
  if (error instanceof UsageError) return { text: usageText(error.fact, lang), exit: EXIT.input };
  if (error instanceof UnknownEngineError) {
    return { text: usageText({ id: 'engine-unknown', engine: error.engine, known: ENGINE_NAMES }, lang), exit: EXIT.input };
  }
  if (error instanceof SolveInterrupted) return { text: words.interrupted, exit: EXIT.interrupted };
  // An engine fault (e.g. a WASM abort that also hit the retry) is not a bug in the round: no stack.
  // The engine's own account of it stays English, as the engines give it.
  if (error instanceof EngineFailure) return { text: words.engineFailure(error.message), exit: EXIT.internal };
  if (error instanceof AllocationCheckError) {
    // The checker's report is a bug report for the maintainers, so its message and broken rules stay English.
    const broken = error.violations.map((violation) => `  - [${violation.rule}] ${violationText(violation, 'en')}\n`).join('');
    return { text: words.allocationRefused(`${error.message}\n${broken}`), exit: EXIT.internal };
  }
  return undefined;
}

/**
 * Runs a command and owns its exit code: known errors print one message and
 * no stack; anything else is a bug and prints the stack. Messages are worded
 * in `lang`, the command's `--lang` (English by default).
 */
export async function runCommand(command: () => Promise<number>, lang?: string): Promise<number> {
  const language = messageLanguage(lang);
  useMessageLanguage(language);
  try {
    return await command();
  } catch (error) {
    const known = knownError(error, language);
    if (known !== undefined) {
      process.stderr.write(`expertpool: ${known.text}\n`);
      return known.exit;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`expertpool: ${cliWords(language).internalError(detail)}\n`);
    return EXIT.internal;
  }
}
