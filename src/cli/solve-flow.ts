import type { Argv } from 'yargs';
import { PrestartedWorker } from '../engines/engine-thread.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { solveEngineSetup, startWorkerEngines, type WorkerEngines } from '../engines/worker-engines.js';
import { loadRound, type LoadedRound } from '../io/load-round.js';
import { resultJson } from '../report/json.js';
import { markdownReport } from '../report/markdown.js';
import { REPORT_FILE_NAMES, reportFiles } from '../report/report-files.js';
import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import { cliWords } from '../text/cli-text.js';
import { diagnosisText, violationText } from '../text/diagnosis-text.js';
import { analyseSensitivity } from '../what-if/sensitivity.js';
import { EXIT, writeWarnings } from './command-wrapper.js';
import { checkTimeLimit, ENGINE_OPTION, timeLimitOption } from './engine-options.js';
import type { ExplainMode } from '../explain/explain-allocation.js';
import { EXPLAIN_OPTION } from './explain-option.js';
import { interruptScope } from './interrupt.js';
import { claimOutput } from './output-claim.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';
import { reportOptions, withReportOptions, type ReportArgs } from './report-options.js';

/** The options `solve` and `replan` share, as yargs parses them. */
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

/** Adds the options `solve` and `replan` share: the scenario, the reports, `--json`, `--out`, the engine, the explanation and the time limit. */
export function withSolveOptions<T>(yargs: Argv<T>) {
  return withReportOptions(yargs)
    .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON on stdout' })
    .option('out', {
      type: 'string',
      describe:
        'Write result.json, report.md, report.html, assignments.csv and unserved.csv (see --format; xlsx adds allocation.xlsx, letters adds letters/) into this folder',
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
    .option('time-limit', timeLimitOption('Seconds for the whole solve; on expiry the best allocation found is reported as time_limit'));
}

/** How one command reads its input and solves it, between the steps `solve` and `replan` share. */
export interface SolveSteps<Input> {
  /** Reads and checks what the command reads besides the scenario (throws InputError), printing its warnings. */
  readonly prepare: (loaded: LoadedRound) => Input;
  /** The round as the engines and the sensitivity analysis see it, and every file read (never overwritten by --out). */
  readonly loaded: (input: Input) => { readonly loaded: LoadedRound; readonly inputPaths: readonly string[] };
  /** Solves, checks and explains. */
  readonly solve: (input: Input, engines: WorkerEngines) => Promise<AllocationResult>;
}

/**
 * Runs a command that solves one round and reports it: checks the flags,
 * reads the scenario and the command's other input while the engine's thread boots, refuses an --out folder
 * before any work, solves (with `--sensitivity`, the re-solves too), then
 * writes the report files atomically and prints the report (or JSON) and an
 * infeasible round's diagnosis. Returns the exit code; Ctrl-C stops the
 * solve and writes nothing.
 */
export async function solveAndReport<Input>(args: SolveArgs, steps: SolveSteps<Input>): Promise<number> {
  checkTimeLimit(args.timeLimit);
  const reports = reportOptions(args);
  const interrupt = interruptScope();
  // The engine's thread boots while the round is read; the first engine below adopts it.
  const prestarted = new PrestartedWorker(args.engine);
  const scenario = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
  writeWarnings(scenario.warnings, args.lang);
  const input = steps.prepare(scenario);
  const { loaded, inputPaths } = steps.loaded(input);
  // Claimed before solving, so a folder that cannot be written, or that another run writes, costs no solve.
  const output = claimOutput(args.out, {
    force: args.force,
    inputs: inputPaths,
    allowOutside: args.allowOutside,
    names: REPORT_FILE_NAMES,
  });
  try {
    // The counterfactual solves of an explanation run side by side on the other cores.
    const engines = startWorkerEngines(args.engine, {
      ...solveEngineSetup(args.explain ?? 'auto'),
      signal: interrupt.signal,
      scenario: `"${loaded.round.name}" (${args.scenario})`,
      prestarted,
    });
    const solveAll = async () => {
      const solved = await steps.solve(input, engines);
      // A few exact re-solves of small changes; only when asked, as each costs a solve.
      // They share the worker engine, so they too stop at the limit and on Ctrl-C.
      return args.sensitivity
        ? { ...solved, sensitivity: await analyseSensitivity(loaded, solved, { engine: engines.engine, timeLimitSeconds: args.timeLimit }) }
        : solved;
    };
    const result = await solveAll().finally(() => engines.close());
    if (interrupt.signal.aborted) throw new SolveInterrupted('the solve was interrupted');
    // Ctrl-C stays handled until the report files are all in place.
    output?.write(reportFiles(result, reports));
    // The Markdown report holds the diagnosis, baseline and sensitivity itself, as report.md does.
    process.stdout.write(args.json ? resultJson(result) : markdownReport(result, reports.lang));
    // Why a round is infeasible belongs on the terminal too, whatever the report shows.
    const words = cliWords(reports.lang);
    for (const conflict of result.diagnosis ?? []) {
      process.stderr.write(`${words.infeasible}: ${conflict.constraint}: ${diagnosisText(conflict, reports.lang)}\n`);
    }
    // So are the rules a returned hand-matching breaks (status breaks_rules).
    for (const violation of result.violations ?? []) process.stderr.write(`${words.breaks}: ${violationText(violation, reports.lang)}\n`);
    return hasNoAllocation(result) ? EXIT.noAllocation : EXIT.ok;
  } finally {
    interrupt.dispose();
    output?.release();
  }
}
