import { hasNoAllocation } from '../result/result.js';
import type { Argv } from 'yargs';
import { analyseSensitivity } from '../what-if/sensitivity.js';
import { solveChecked } from '../pipeline/solve-checked.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { PrestartedWorker } from '../engines/engine-thread.js';
import { counterfactualsFor, EXPLAIN_OPTION, type ExplainMode } from './explain-option.js';
import { solveEngineCount, startWorkerEngines } from '../engines/worker-engines.js';
import { loadRound } from '../io/load-round.js';
import { REPORT_FILE_NAMES, reportFiles } from '../report/report-files.js';
import { claimOutput } from './output-claim.js';
import { resultJson } from '../report/json.js';
import { markdownReport } from '../report/markdown.js';
import { diagnosisText, violationText } from '../text/diagnosis-text.js';
import { EXIT, runCommand, writeWarnings } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';
import { checkTimeLimit, ENGINE_OPTION, timeLimitOption } from './engine-options.js';
import { reportOptions, withReportOptions, type ReportArgs } from './report-options.js';
import { interruptScope } from './interrupt.js';

export interface SolveArgs extends ReportArgs {
  scenario: string;
  json: boolean;
  out?: string;
  engine: string;
  timeLimit: number;
  force: boolean;
  allowOutside: boolean;
  sensitivity: boolean;
  explain: ExplainMode;
}

export const solveCommand = {
  command: 'solve <scenario>',
  describe: 'Solve a round to proven optimality and report the allocation',
  builder: (yargs: Argv) =>
    withReportOptions(yargs)
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON on stdout' })
      .option('out', {
        type: 'string',
        describe:
          'Write result.json, report.md, report.html, assignments.csv and unserved.csv (see --format; letters adds letters/) into this folder',
      })
      .option('engine', ENGINE_OPTION)
      .option('force', {
        type: 'boolean',
        default: false,
        describe:
          'Allow --out to write into an existing folder that is not empty: its report files are replaced as one set, other files stay (inputs are never overwritten)',
      })
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .option('sensitivity', {
        type: 'boolean',
        default: false,
        describe:
          'Also re-solve with EUR 10,000 more and with one more expert-period in the domains where requests wait, and report what each adds',
      })
      .option('explain', EXPLAIN_OPTION)
      .option('time-limit', timeLimitOption('Seconds for the whole solve; on expiry the best allocation found is reported as time_limit'))
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
    process.exitCode = await runCommand(async () => {
      checkTimeLimit(args.timeLimit);
      const reports = reportOptions(args);
      // Ctrl-C from here on stops the solve and exits 130; nothing is written before the solve ends.
      const interrupt = interruptScope();
      // The engine's thread boots while the round is read; the first engine below adopts it.
      const prestarted = new PrestartedWorker(args.engine);
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
      writeWarnings(loaded.warnings, args.lang);
      // Claimed before solving, so a folder that cannot be written, or that another run writes, costs no solve.
      const output = claimOutput(args.out, {
        force: args.force,
        inputs: loaded.inputPaths,
        allowOutside: args.allowOutside,
        names: REPORT_FILE_NAMES,
      });
      try {
        // The counterfactual solves of an explanation run side by side on the other cores.
        const engines = startWorkerEngines(args.engine, {
          count: solveEngineCount({ explain: args.explain !== 'fast' }),
          signal: interrupt.signal,
          scenario: `"${loaded.round.name}" (${args.scenario})`,
          prestarted,
        });
        const { engine, moreEngines } = engines;
        const solveAll = async () => {
          const solved = await solveChecked(loaded, {
            engine,
            moreEngines,
            timeLimitSeconds: args.timeLimit,
            counterfactuals: counterfactualsFor(args.explain),
          });
          // A few exact re-solves of small changes; only when asked, as each costs a solve.
          // They share the worker engine, so they too stop at the limit and on Ctrl-C.
          return args.sensitivity
            ? { ...solved, sensitivity: await analyseSensitivity(loaded, solved, { engine, timeLimitSeconds: args.timeLimit }) }
            : solved;
        };
        const result = await solveAll().finally(() => engines.close());
        if (interrupt.signal.aborted) throw new SolveInterrupted('the solve was interrupted');
        // Ctrl-C stays handled until the report files are all in place.
        output?.write(reportFiles(result, reports));
        // The Markdown report holds the diagnosis, baseline and sensitivity itself, as report.md does.
        process.stdout.write(args.json ? resultJson(result) : markdownReport(result, reports.lang));
        // Why a round is infeasible belongs on the terminal too, whatever the report shows.
        for (const conflict of result.diagnosis ?? []) {
          process.stderr.write(`infeasible: ${conflict.constraint}: ${diagnosisText(conflict, reports.lang)}\n`);
        }
        // So are the rules a returned hand-matching breaks (status breaks_rules).
        for (const violation of result.violations ?? []) process.stderr.write(`breaks: ${violationText(violation, reports.lang)}\n`);
        return hasNoAllocation(result) ? EXIT.noAllocation : EXIT.ok;
      } finally {
        interrupt.dispose();
        output?.release();
      }
    }, args.lang);
  },
};
