import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { replanChecked, revisedRound } from '../what-if/replan.js';
import { readReplan } from '../what-if/replan-round.js';
import { runCommand, writeWarnings } from './command-wrapper.js';
import { counterfactualsFor } from '../explain/explain-allocation.js';
import { solveAndReport, withSolveOptions, type SolveArgs } from './solve-flow.js';

interface ReplanArgs extends SolveArgs {
  from: string;
  changes: string;
}

export const replanCommand = {
  command: 'replan <scenario>',
  describe:
    'Revise a decided allocation during the year (experts withdraw, requests are cancelled, the budget changes), keeping what was promised',
  builder: (yargs: Argv) =>
    withSolveOptions(yargs)
      .option('from', {
        type: 'string',
        demandOption: true,
        describe: 'The result.json of the allocation promised, as solve or replan wrote it',
      })
      .option('changes', {
        type: 'string',
        demandOption: true,
        describe:
          'What happened since (YAML or JSON, see schemas/changes.schema.json): frozen periods, withdrawn experts, cancelled requests, the budget now, the objective',
      })
      .example(
        '$0 replan scenarios/round-2022/scenario.yaml --from out/2022/result.json --changes scenarios/round-2022/changes.yaml',
        'Revise the example round after the changes of changes.yaml',
      )
      .example(
        '$0 replan round.yaml --from out/2022/result.json --changes june.yaml --out out/2022-june --lang nl',
        'Write the revised allocation and Dutch reports; its result.json can be revised again',
      ),
  handler: async (args: ReplanArgs) => {
    process.exitCode = await runCommand(
      () =>
        solveAndReport(args, {
          prepare: (loaded) => {
            const [from, changes] = [resolve(args.from), resolve(args.changes)];
            const input = readReplan(loaded, from, changes);
            writeWarnings(input.warnings, args.lang);
            return { loaded, input, inputPaths: [...loaded.inputPaths, from, changes] };
          },
          loaded: ({ loaded, input, inputPaths }) => ({ loaded: revisedRound(loaded, input), inputPaths }),
          solve: ({ loaded, input }, { engine, moreEngines }) =>
            replanChecked(loaded, input, {
              engine,
              moreEngines,
              timeLimitSeconds: args.timeLimit,
              counterfactuals: counterfactualsFor(args.explain),
            }),
        }),
      args.lang,
    );
  },
};
