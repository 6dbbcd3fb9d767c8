import { join } from 'node:path';
import type { Argv } from 'yargs';
import { entriesOf } from '../io/output-swap.js';
import { claimOutput } from './output-claim.js';
import { roundTemplateFiles } from '../report/round-template.js';
import { LANGS, type Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { EXIT, runCommand } from './command-wrapper.js';

export interface InitArgs {
  dir: string;
  xlsx: boolean;
  lang: Lang;
  force: boolean;
}

export const initCommand = {
  command: 'init <dir>',
  describe: 'Write a new round to fill in: scenario.yaml and three CSV files (or one workbook), an example row each and column notes',
  builder: (yargs: Argv) =>
    yargs
      .positional('dir', { type: 'string', demandOption: true, describe: 'Folder to write the new round into' })
      .option('xlsx', {
        type: 'boolean',
        default: false,
        describe: 'Write one .xlsx workbook with a sheet per table (notes on the header cells and a notes sheet) instead of CSV files',
      })
      .option('lang', { type: 'string', default: 'en', choices: [...LANGS], describe: 'Language of the comments, notes and sheet names' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Allow writing into an existing folder that is not empty (replaces the files init writes there)',
      })
      .example('$0 init rounds/2023', 'A new round as CSV files, with README.md on their columns')
      .example('$0 init rounds/2023 --xlsx --lang nl', 'A new round as one workbook, in Dutch'),
  handler: async (args: InitArgs) => {
    process.exitCode = await runCommand(async () => {
      const files = roundTemplateFiles({ lang: args.lang, workbook: args.xlsx });
      // The folder is claimed like --out: locked, written at once, never half a round.
      claimOutput(args.dir, { force: args.force, inputs: [], names: entriesOf(files), option: 'DIR', newRound: true })!.write(files);
      const words = WORDS[args.lang].init;
      const validate = `expertpool validate ${join(args.dir, 'scenario.yaml')}`;
      process.stdout.write(`${words.wrote(args.dir, Object.keys(files).join(', '))}\n${words.next(validate)}\n`);
      return EXIT.ok;
    }, args.lang);
  },
};
