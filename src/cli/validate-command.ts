import type { Argv } from 'yargs';
import { stringify } from 'yaml';
import { summariseRound } from '../diagnose/round-summary.js';
import { diagnoseInfeasible } from '../diagnose/diagnose-infeasible.js';
import { domainSupply, supplyShortfalls } from '../diagnose/demand-supply.js';
import { LANGS, type Lang } from '../text/lang.js';
import { diagnosisWithMessage, shortfallWithMessage } from '../text/result-messages.js';
import { validateText } from '../text/validate-text.js';
import { DEFAULT_ENGINE, engineInfo } from '../engines/engine-info.js';
import { exampleRowsLeft } from '../io/init-example.js';
import { loadRound } from '../io/load-round.js';
import { prepareRound } from '../solve/prepared-round.js';
import { EXIT, runCommand, writeWarnings } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';

export interface ValidateArgs {
  scenario: string;
  json: boolean;
  print: boolean;
  lang: Lang;
  allowOutside: boolean;
}

export const validateCommand = {
  command: 'validate <scenario>',
  describe:
    'Check a scenario and its CSV files or workbooks and summarise the round, without solving; exit 1 when the checks prove it cannot be solved',
  builder: (yargs: Argv) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the summary as JSON' })
      .option('print', {
        type: 'boolean',
        default: false,
        describe: 'Print the effective scenario (its extends chain merged) instead of the summary; YAML, or JSON with --json',
      })
      .option('lang', { type: 'string', default: 'en', choices: [...LANGS], describe: 'Language of the summary' })
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .example('$0 validate scenarios/round-2022/scenario.yaml', 'Check the example round')
      .example('$0 validate scenarios/round-2022/scenario.yaml --lang nl', 'The same summary in Dutch')
      .example('$0 validate scenarios/round-2022/what-if-budget-300k.yaml --print', 'Show the what-if with everything it inherits'),
  handler: async (args: ValidateArgs) => {
    process.exitCode = await runCommand(async () => {
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
      writeWarnings(loaded.warnings, args.lang);
      if (args.print) {
        process.stdout.write(args.json ? `${JSON.stringify(loaded.scenario, null, 2)}\n` : stringify(loaded.scenario, { lineWidth: 0 }));
        return EXIT.ok;
      }
      // The model `solve` builds with its default engine, so both commands report the same size.
      const summary = summariseRound(prepareRound(loaded.round, engineInfo(DEFAULT_ENGINE)));
      const checks = {
        supply: domainSupply(loaded.round),
        shortfalls: supplyShortfalls(loaded.round),
        conflicts: diagnoseInfeasible(loaded.round),
        exampleRows: exampleRowsLeft(loaded.round).map((row) => ({ ...row, file: loaded.scenario.data[row.table] })),
      };
      // The JSON words its facts in English, as result.json does.
      const json = {
        ...summary,
        solvable: checks.conflicts.length === 0,
        ...checks,
        shortfalls: checks.shortfalls.map(shortfallWithMessage),
        conflicts: checks.conflicts.map(diagnosisWithMessage),
      };
      process.stdout.write(args.json ? `${JSON.stringify(json, null, 2)}\n` : validateText(summary, checks, args.lang));
      // Readable inputs that the quick checks prove unsolvable, or that still hold init's example rows: nothing to allocate.
      return checks.conflicts.length > 0 || checks.exampleRows.length > 0 ? EXIT.noAllocation : EXIT.ok;
    }, args.lang);
  },
};
