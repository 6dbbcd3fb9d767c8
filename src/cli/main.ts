import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../io/version.js';
import { EXIT } from './exit-codes.js';
import { LAZY_COMMANDS, yargsCommand } from './lazy-commands.js';
import { guardStandardStreams } from './standard-streams.js';
import { cliWords } from '../text/cli-text.js';

/** Parses argv and runs the command; sets process.exitCode. */
export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<void> {
  guardStandardStreams();
  const parser = yargs([...argv])
    .scriptName('expertpool')
    .usage('$0 <command> [options]\n\nAllocate scarce experts to municipalities with an exact integer program.');
  // Each command's module (engines, reports, schema validator) is imported only when that command runs.
  for (const lazy of LAZY_COMMANDS) parser.command(yargsCommand(lazy) as never);
  skipHelpCaching(parser);
  // yargs reads the arguments before any --lang is known and words its own messages in English, so these lines are English too.
  const words = cliWords('en');
  await parser
    .demandCommand(1, words.nameCommand)
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`expertpool: ${message}\n${words.seeHelp}\n`);
      process.exit(EXIT.input);
    })
    .parseAsync();
}

/**
 * yargs renders a command's whole help right after starting its handler, to
 * print it should the handler fail later: 0.05-0.08 s of text layout on every
 * run. Our handlers never fail through yargs (command-wrapper.ts reports every
 * error and sets the exit code), and `--help` renders the help when asked, so
 * the caching is switched off. The method is yargs's own (usage.cacheHelpMessage);
 * if a yargs version lacks it, nothing changes.
 */
function skipHelpCaching(parser: unknown): void {
  type Internals = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };
  const usage = (parser as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
