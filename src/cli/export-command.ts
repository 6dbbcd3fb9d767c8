import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { exportModelText } from '../engines/highs-model.js';
import { loadRound } from '../io/load-round.js';
import { claimOutputFile, type OutputFileClaim } from '../io/output-file.js';
import { prepareRound } from '../solve/prepared-round.js';
import { cliWords } from '../text/cli-text.js';
import { EXIT, runCommand, UsageError, writeWarnings } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';

export interface ExportArgs {
  scenario: string;
  lp?: string;
  mps?: string;
  budgetFormulation: string;
  force: boolean;
  allowOutside: boolean;
}

const BUDGET_FORMULATIONS = ['expert-count', 'per-arc'] as const;

export const exportCommand = {
  command: 'export <scenario>',
  describe: "Write the first tier's exact model as a CPLEX LP and/or MPS file, to check a round with another solver",
  builder: (yargs: Argv) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('lp', { type: 'string', describe: 'Write the model in CPLEX LP format to this file' })
      .option('mps', { type: 'string', describe: 'Write the model in MPS format to this file' })
      .option('budget-formulation', {
        type: 'string',
        default: 'expert-count',
        choices: [...BUDGET_FORMULATIONS],
        describe: 'How the budget is modelled (the solver uses expert-count)',
      })
      .option('force', { type: 'boolean', default: false, describe: 'Replace a file that already exists (an input is never replaced)' })
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .example('$0 export round.yaml --lp round.lp', 'Then e.g.: cbc round.lp solve')
      .example('$0 export round.yaml --mps round.mps --budget-formulation per-arc', 'The plain per-arc model in MPS'),
  handler: async (args: ExportArgs) => {
    process.exitCode = await runCommand(async () => {
      if (args.lp === undefined && args.mps === undefined) throw new UsageError({ id: 'export-no-file' });
      const targets = [
        { file: args.lp, format: 'lp', comment: '\\', option: '--lp' },
        { file: args.mps, format: 'mps', comment: '*', option: '--mps' },
      ] as const;
      if (args.lp !== undefined && args.mps !== undefined && resolve(args.lp) === resolve(args.mps)) {
        throw new UsageError({ id: 'export-same-file' });
      }
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
      writeWarnings(loaded.warnings);
      // Both files are claimed before the model is built, so a place that cannot be written costs nothing.
      const claims: { readonly claim: OutputFileClaim; readonly file: string; readonly target: (typeof targets)[number] }[] = [];
      try {
        for (const target of targets) {
          if (target.file === undefined) continue;
          const options = { force: args.force, inputs: loaded.inputPaths, allowOutside: args.allowOutside, option: target.option };
          claims.push({ claim: claimOutputFile(target.file, options), file: target.file, target });
        }
        const { model, tier, arcs } = prepareRound(
          loaded.round,
          args.budgetFormulation as (typeof BUDGET_FORMULATIONS)[number],
        ).firstTierModel();
        // export has no --lang: its lines, in the files and on stderr, are English.
        const words = cliWords('en');
        const size = words.modelSize(model.variables.length, arcs, model.constraints.length);
        const summary = [words.modelTitle(loaded.round.name, tier.tier, tier.sense, tier.scale), size];
        for (const { claim, file, target } of claims) {
          // Both formats allow comment lines at the top: "\" in LP files, "*" in MPS files.
          const text = `${summary.map((line) => `${target.comment} ${line}`).join('\n')}\n${await exportModelText(model, target.format)}`;
          claim.write(text);
          process.stderr.write(`${words.exported(file, size)}\n`);
        }
      } finally {
        for (const { claim } of claims) claim.release();
      }
      return EXIT.ok;
    });
  },
};
