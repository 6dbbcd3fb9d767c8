import type { Argv } from 'yargs';
import { solveChecked } from '../pipeline/solve-checked.js';
import { counterfactualsFor } from '../explain/explain-allocation.js';
import { runCommand } from './command-wrapper.js';
import { solveAndReport, withSolveOptions, type SolveArgs } from './solve-flow.js';

export const solveCommand = {
  command: 'solve <scenario>',
  describe: 'Solve a round to proven optimality and report the allocation',
  builder: (yargs: Argv) =>
    withSolveOptions(yargs)
      .example('$0 solve scenarios/round-2022/scenario.yaml', 'Solve the example round and print the report')
      .example('$0 solve round.yaml --json > result.json', 'The result as JSON')
      .example('$0 solve round.yaml --out out/2022 --engine jslp', 'Write the report files, solving with javascript-lp-solver')
      .example(
        '$0 solve round.yaml --out out/2022 --lang nl --csv-dialect excel-nl',
        'Dutch reports and CSV files for Excel in Belgian Dutch',
      )
      .example(
        '$0 solve round.yaml --out out/2022 --format md,html,letters',
        'The reports and a decision letter per municipality, in Dutch',
      )
      .example(
        '$0 solve round.yaml --out out/2022 --format xlsx,html --lang nl',
        'allocation.xlsx to sort and filter, and the page, in Dutch',
      ),
  handler: async (args: SolveArgs) => {
    process.exitCode = await runCommand(
      () =>
        solveAndReport(args, {
          prepare: (loaded) => loaded,
          loaded: (loaded) => ({ loaded, inputPaths: loaded.inputPaths }),
          solve: (loaded, { engine, moreEngines }) =>
            solveChecked(loaded, {
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
