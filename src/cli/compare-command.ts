import type { Argv } from 'yargs';
import { compareResults, uniqueNames, type SolvedScenario } from '../what-if/compare.js';
import { solveChecked } from '../pipeline/solve-checked.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { counterfactualsFor, type ExplainMode } from '../explain/explain-allocation.js';
import { EXPLAIN_OPTION } from './explain-option.js';
import { solveEngineSetup, startWorkerEngines } from '../engines/worker-engines.js';
import { loadRound } from '../io/load-round.js';
import { comparisonJson } from '../report/compare-json.js';
import { comparisonDocument } from '../report/compare-report.js';
import { renderMarkdown } from '../report/markdown-render.js';
import { WHAT_IF_FORMATS } from '../report/report-files.js';
import { COMPARISON_FILE_NAMES, comparisonFiles } from '../report/what-if-files.js';
import { parseFormats } from './report-options.js';
import { EXIT, runCommand, UsageError, writeWarnings } from './command-wrapper.js';
import { interruptScope } from './interrupt.js';
import { claimOutput } from './output-claim.js';
import { hasNoAllocation } from '../result/result.js';
import { checkWhatIfArgs, inputFiles, withWhatIfOptions, type WhatIfArgs } from './what-if-options.js';

/** The files `--out` holds for a comparison. */

export interface CompareArgs extends WhatIfArgs {
  scenarios: string[];
  explain: ExplainMode;
}

export const compareCommand = {
  command: 'compare <scenarios..>',
  describe: 'Solve several scenarios and report them side by side: figures, who is served where, what changed',
  builder: (yargs: Argv) =>
    withWhatIfOptions(yargs, {
      what: 'comparison',
      files: 'compare.json, compare.md, compare.html, compare.csv and diff.csv',
      formatFiles: 'compare.md, compare.html, compare.csv and diff.csv, compare.json, compare.xlsx',
      timeLimit: 'Seconds for each scenario',
    })
      .positional('scenarios', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'Two or more scenario files; the first is the reference',
      })
      .option('explain', EXPLAIN_OPTION)
      .example(
        '$0 compare scenarios/round-2022/scenario.yaml scenarios/round-2022/what-if-budget-300k.yaml',
        'What EUR 50,000 more would change',
      )
      .example('$0 compare a.yaml b.yaml c.yaml --out out/compare --lang nl', 'Three scenarios, Dutch report files'),
  handler: async (args: CompareArgs) => {
    process.exitCode = await runCommand(async () => {
      if (args.scenarios.length < 2) throw new UsageError({ id: 'compare-too-few', count: args.scenarios.length });
      checkWhatIfArgs(args);
      const formats = parseFormats(args.format, WHAT_IF_FORMATS);
      // Load everything first, so a bad file is reported before any solving starts.
      const rounds = args.scenarios.map((file) => ({ file, loaded: loadRound(file, undefined, { allowOutside: args.allowOutside }) }));
      const inputs = rounds.flatMap(({ loaded }) => inputFiles(loaded));
      // Claimed before solving, so a folder that cannot be written, or that another run writes, costs no solve.
      const output = claimOutput(args.out, { force: args.force, inputs, allowOutside: args.allowOutside, names: COMPARISON_FILE_NAMES });
      const names = uniqueNames(rounds.map(({ file, loaded }) => ({ name: loaded.round.name, file })));
      // As in solve: each scenario's engine runs in a worker thread, and Ctrl-C stops it and exits 130.
      const interrupt = interruptScope();
      try {
        const solved: SolvedScenario[] = [];
        for (const [index, { file, loaded }] of rounds.entries()) {
          writeWarnings(loaded.warnings, args.lang, file);
          // The counterfactual solves run side by side on the other cores, as in solve.
          const engines = startWorkerEngines(args.engine, {
            ...solveEngineSetup(args.explain ?? 'auto'),
            signal: interrupt.signal,
            scenario: `"${loaded.round.name}" (${file})`,
          });
          const counterfactuals = counterfactualsFor(args.explain);
          const result = await solveChecked(loaded, {
            engine: engines.engine,
            moreEngines: engines.moreEngines,
            timeLimitSeconds: args.timeLimit,
            counterfactuals,
          }).finally(() => engines.close());
          solved.push({ name: names[index]!, file, loaded, result });
        }
        if (interrupt.signal.aborted) throw new SolveInterrupted('the comparison was interrupted');
        const comparison = compareResults(solved);
        // Ctrl-C stays handled until the report files are all in place.
        output?.write(comparisonFiles(comparison, { formats, lang: args.lang, csvDialect: args.csvDialect }));
        process.stdout.write(args.json ? comparisonJson(comparison) : renderMarkdown(comparisonDocument(comparison, args.lang)));
        return solved.some(({ result }) => hasNoAllocation(result)) ? EXIT.noAllocation : EXIT.ok;
      } finally {
        interrupt.dispose();
        output?.release();
      }
    }, args.lang);
  },
};
