/**
 * The words of the command line in one language. They are the tables of
 * WORDS[lang].cli, reached without loading every other table: the guard of
 * the standard streams, set up before any command is chosen, needs them, and
 * `expertpool --version` should not load the words of every report.
 */
import type { CliWords, UsageFact } from './cli-words.js';
import { CLI as CLI_EN } from './en/cli.js';
import type { Lang } from './lang.js';
import { CLI as CLI_NL } from './nl/cli.js';

const CLI: Readonly<Record<Lang, CliWords>> = { en: CLI_EN, nl: CLI_NL };

/** The words of the command line in `lang`. */
export const cliWords = (lang: Lang): CliWords => CLI[lang];

/** The sentence for a usage problem in `lang`. */
export function usageText(fact: UsageFact, lang: Lang): string {
  const say = CLI[lang].usage[fact.id] as (facts: UsageFact) => string;
  return say(fact);
}
