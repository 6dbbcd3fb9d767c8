import type { Argv } from 'yargs';
import { solveChecked } from '../analysis/solve-checked.js';
import { createEngine, ENGINE_NAMES } from '../engines/registry.js';
import { loadRound } from '../io/load-round.js';
import { writeOutputs } from '../io/write-outputs.js';
import { resolve } from 'node:path';
import { assignmentsCsv, unservedCsv } from '../report/csv.js';
import { resultJson } from '../report/json.js';
import { markdownReport } from '../report/markdown.js';
import { EXIT, runCommand, UsageError } from './command-wrapper.js';

export interface SolveArgs {
  scenario: string;
  json: boolean;
  out?: string;
  engine: string;
  timeLimit: number;
}

export const solveCommand = {
  command: 'solve <scenario>',
  describe: 'Solve a round to proven optimality and report the allocation',
  builder: (yargs: Argv) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON on stdout' })
      .option('out', { type: 'string', describe: 'Write result.json, report.md, assignments.csv and unserved.csv into this folder' })
      .option('engine', { type: 'string', default: 'highs', choices: [...ENGINE_NAMES], describe: 'MIP engine' })
      .option('time-limit', { type: 'number', default: 60, describe: 'Seconds for the whole solve; on expiry the best allocation found is reported as time_limit' })
      .example('$0 solve scenarios/round-2022/scenario.yaml', 'Solve the example round and print the report')
      .example('$0 solve round.yaml --json > result.json', 'The result as JSON')
      .example('$0 solve round.yaml --out out/2022 --engine jslp', 'Write the report files, solving with javascript-lp-solver'),
  handler: async (args: SolveArgs) => {
    process.exitCode = await runCommand(async () => {
      if (!(args.timeLimit > 0)) throw new UsageError(`--time-limit must be a positive number of seconds (got ${args.timeLimit})`);
      const loaded = loadRound(args.scenario);
      for (const warning of loaded.warnings) process.stderr.write(`warning: ${warning}\n`);
      const result = await solveChecked(loaded, { engine: createEngine(args.engine), timeLimitSeconds: args.timeLimit });
      if (args.out !== undefined) {
        const folder = resolve(args.out);
        const data = loaded.scenario.data;
        const base = resolve(loaded.scenarioPath, '..');
        writeOutputs(
          folder,
          {
            'result.json': resultJson(result),
            'report.md': markdownReport(result, loaded.round),
            'assignments.csv': assignmentsCsv(result),
            'unserved.csv': unservedCsv(result),
          },
          [loaded.scenarioPath, resolve(base, data.municipalities), resolve(base, data.experts), resolve(base, data.requests)],
        );
      }
      process.stdout.write(args.json ? resultJson(result) : markdownReport(result, loaded.round));
      // time_limit with no tier solved means no allocation was found in time.
      if (result.status === 'infeasible' || (result.status === 'time_limit' && result.tiers.length === 0)) return EXIT.noAllocation;
      return EXIT.ok;
    });
  },
};
