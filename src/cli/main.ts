import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import { EXIT } from './command-wrapper.js';
import { explainCommand } from './explain-command.js';
import { compareCommand } from './compare-command.js';
import { exportCommand } from './export-command.js';
import { generateCommand } from './generate-command.js';
import { solveCommand } from './solve-command.js';
import { sweepCommand } from './sweep-command.js';
import { validateCommand } from './validate-command.js';

/** Parses argv and runs the command; sets process.exitCode. */
export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<void> {
  await yargs([...argv])
    .scriptName('expertpool')
    .usage('$0 <command> [options]\n\nAllocate scarce experts to municipalities with an exact integer program.')
    .command(solveCommand as never)
    .command(validateCommand as never)
    .command(explainCommand as never)
    .command(compareCommand as never)
    .command(sweepCommand as never)
    .command(generateCommand as never)
    .command(exportCommand as never)
    .demandCommand(1, 'Name a command: solve or validate.')
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`expertpool: ${message}\nRun "expertpool --help" for usage.\n`);
      process.exit(EXIT.input);
    })
    .parseAsync();
}
