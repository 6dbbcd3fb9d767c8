import type { Argv } from 'yargs';
import { GENERATED_FILE_NAMES, generateRound } from '../io/generate-round.js';
import { claimOutput } from './output-claim.js';
import { cliWords } from '../text/cli-text.js';
import { EXIT, runCommand, UsageError } from './command-wrapper.js';

export interface GenerateArgs {
  municipalities: number;
  experts: number;
  requests: number;
  budget: number;
  seed: number;
  periods: number;
  out: string;
  force: boolean;
}

/** Rejects a count that is not a whole number within [min, max]. */
function requireCount(flag: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError({ id: 'count-range', flag, value, min, max });
  }
}

export const generateCommand = {
  command: 'generate',
  describe: 'Write a seeded synthetic round (scenario.yaml and the three CSV files) for tests and benchmarks',
  builder: (yargs: Argv) =>
    yargs
      .option('municipalities', { type: 'number', default: 285, describe: 'Municipalities, spread over the five Flemish provinces' })
      .option('experts', { type: 'number', default: 60, describe: 'Experts, with costs of EUR 12,400-19,400 per trajectory' })
      .option('requests', { type: 'number', default: 300, describe: 'Requests, with one-decimal priorities' })
      .option('budget', { type: 'number', default: 250000, describe: 'Budget of the round in EUR' })
      .option('seed', { type: 'number', default: 1, describe: 'Seed: the same options and seed always give the same files' })
      .option('periods', { type: 'number', default: 3, describe: 'Periods of the round (P1, P2, ...)' })
      .option('out', { type: 'string', demandOption: true, describe: 'Folder to write the round into' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Allow writing into an existing folder that is not empty (replaces the generated files there)',
      })
      .example(
        '$0 generate --municipalities 285 --experts 60 --requests 300 --budget 250000 --seed 7 --out rounds/flanders',
        'A Flanders-scale round',
      ),
  handler: async (args: GenerateArgs) => {
    process.exitCode = await runCommand(async () => {
      requireCount('municipalities', args.municipalities, 3, 2000);
      requireCount('experts', args.experts, 1, 5000);
      requireCount('requests', args.requests, 1, 20000);
      requireCount('periods', args.periods, 1, 12);
      requireCount('seed', args.seed, 0, 2 ** 32 - 1);
      if (!(args.budget > 0) || !Number.isFinite(args.budget)) throw new UsageError({ id: 'budget-not-positive', value: args.budget });
      const output = claimOutput(args.out, { force: args.force, inputs: [], names: GENERATED_FILE_NAMES })!;
      try {
        const files = generateRound({ ...args });
        const written = output.write(files);
        process.stdout.write(`${cliWords('en').generated(written.length, args.out, Object.keys(files).join(', '))}\n`);
      } finally {
        output.release();
      }
      return EXIT.ok;
    });
  },
};
