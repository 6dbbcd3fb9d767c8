import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import { runSweep } from '../what-if/sweep.js';
import { parseVary } from '../what-if/sweep-values.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { loadRound } from '../io/load-round.js';
import { renderMarkdown } from '../report/markdown-render.js';
import { WHAT_IF_FORMATS } from '../report/report-files.js';
import { SWEEP_FILE_NAMES, sweepFiles } from '../report/what-if-files.js';
import { parseFormats } from './report-options.js';
import { sweepDocument, sweepJson } from '../report/sweep-report.js';
import { cliWords } from '../text/cli-text.js';
import type { Lang } from '../text/lang.js';
import { EXIT, runCommand, UsageError, writeWarnings } from './command-wrapper.js';
import { interruptScope } from './interrupt.js';
import { claimOutput } from './output-claim.js';
import { hasNoAllocation } from '../result/result.js';
import { checkWhatIfArgs, inputFiles, withWhatIfOptions, type WhatIfArgs } from './what-if-options.js';

/** The files `--out` holds for a sweep. */

export interface SweepArgs extends WhatIfArgs {
  scenario: string;
  vary: string;
  jobs?: number;
}

/** A one-line progress bar on stderr, redrawn in place, in `lang`. */
const progressBar = (lang: Lang) => (done: number, total: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  process.stderr.write(`\r${cliWords(lang).sweepProgress(bar, done, total)}${done === total ? '\n' : ''}`);
};

export const sweepCommand = {
  command: 'sweep <scenario>',
  describe: 'Solve a scenario for every value of one key and report the curve and what each step adds',
  builder: (yargs: Argv) =>
    withWhatIfOptions(yargs, {
      what: 'sweep (no progress bar)',
      files: 'sweep.json, sweep.md, sweep.html and sweep.csv',
      formatFiles: 'sweep.md, sweep.html, sweep.csv, sweep.json, sweep.xlsx',
      timeLimit: 'Seconds for each point',
    })
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('vary', { type: 'string', demandOption: true, describe: 'KEY=FROM:TO:STEP or KEY=v1,v2,...; KEY is a dotted scenario path' })
      .option('jobs', {
        type: 'number',
        describe:
          'Worker engines, one point solved on each at a time; the result is the same for any number (default: the number of cores)',
      })
      .example('$0 sweep scenarios/round-2022/scenario.yaml --vary budget=150000:400000:25000', 'What each EUR 25,000 more buys')
      .example('$0 sweep round.yaml --vary defaults.maxDistanceKm=30,45,60,90 --json', 'Four travel limits, as JSON'),
  handler: async (args: SweepArgs) => {
    process.exitCode = await runCommand(async () => {
      checkWhatIfArgs(args);
      const formats = parseFormats(args.format, WHAT_IF_FORMATS);
      const jobs = args.jobs ?? availableParallelism();
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError({ id: 'jobs', jobs });
      const spec = parseVary(args.vary);
      // The sweep varies a key, so the scenario's own value (e.g. its budget) is one what-if among others.
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside, whatIf: true });
      writeWarnings(loaded.warnings, args.lang);
      // Claimed before solving, so a folder that cannot be written, or that another run writes, costs no sweep.
      const output = claimOutput(args.out, {
        force: args.force,
        inputs: inputFiles(loaded),
        allowOutside: args.allowOutside,
        names: SWEEP_FILE_NAMES,
      });
      const showProgress = process.stderr.isTTY === true && !args.json;
      // As in solve: Ctrl-C stops every point's engine and exits 130 without writing anything.
      const interrupt = interruptScope();
      try {
        const sweep = await runSweep({
          scenarioPath: args.scenario,
          spec,
          engine: args.engine,
          timeLimitSeconds: args.timeLimit,
          jobs,
          allowOutside: args.allowOutside,
          signal: interrupt.signal,
          ...(showProgress ? { onProgress: progressBar(args.lang) } : {}),
        });
        if (interrupt.signal.aborted) throw new SolveInterrupted('the sweep was interrupted');
        const placeNames = new Map(loaded.round.municipalities.map((m) => [m.nis, m.name]));
        const requestPlaces = new Map(loaded.round.requests.map((r) => [r.id, placeNames.get(r.municipality) ?? r.municipality]));
        // Ctrl-C stays handled until the report files are all in place.
        output?.write(sweepFiles(sweep, { formats, lang: args.lang, csvDialect: args.csvDialect, requestPlaces }));
        process.stdout.write(args.json ? sweepJson(sweep) : renderMarkdown(sweepDocument(sweep, args.lang, requestPlaces)));
        return sweep.points.some((point) => hasNoAllocation(point)) ? EXIT.noAllocation : EXIT.ok;
      } finally {
        interrupt.dispose();
        output?.release();
      }
    }, args.lang);
  },
};
