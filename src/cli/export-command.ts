import { basename, dirname, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { exportModelText } from '../engines/highs-model.js';
import { loadRound } from '../io/load-round.js';
import { writeOutputs } from '../io/write-outputs.js';
import { prepareRound } from '../solve/prepared-round.js';
import { EXIT, runCommand, UsageError, writeWarnings } from './command-wrapper.js';

export interface ExportArgs {
  scenario: string;
  lp?: string;
  mps?: string;
  budgetFormulation: string;
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
      .example('$0 export round.yaml --lp round.lp', 'Then e.g.: cbc round.lp solve')
      .example('$0 export round.yaml --mps round.mps --budget-formulation per-arc', 'The plain per-arc model in MPS'),
  handler: async (args: ExportArgs) => {
    process.exitCode = await runCommand(async () => {
      if (args.lp === undefined && args.mps === undefined) throw new UsageError('name a file to write with --lp FILE and/or --mps FILE');
      const loaded = loadRound(args.scenario);
      writeWarnings(loaded.warnings);
      const { model, tier, arcs } = prepareRound(
        loaded.round,
        args.budgetFormulation as (typeof BUDGET_FORMULATIONS)[number],
      ).firstTierModel();
      const summary = [
        `expertpool model of "${loaded.round.name}", tier "${tier.tier}" (${tier.sense === 'max' ? 'maximise' : 'minimise'}; optimum / ${tier.scale} = the tier value)`,
        `${model.variables.length} columns (x0..x${arcs - 1} are trajectories, the rest counts), ${model.constraints.length} rows`,
      ];
      const inputs = loaded.inputPaths;
      for (const [file, format, comment] of [
        [args.lp, 'lp', '\\'],
        [args.mps, 'mps', '*'],
      ] as const) {
        if (file === undefined) continue;
        // Both formats allow comment lines at the top: "\" in LP files, "*" in MPS files.
        const text = `${summary.map((line) => `${comment} ${line}`).join('\n')}\n${await exportModelText(model, format)}`;
        writeOutputs(dirname(resolve(file)), { [basename(file)]: text }, inputs);
        process.stderr.write(`Wrote ${file}: ${summary[1]}\n`);
      }
      return EXIT.ok;
    });
  },
};
