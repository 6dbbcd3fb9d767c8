import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { compareResults, uniqueNames, type SolvedScenario } from '../analysis/compare.js';
import { solveChecked } from '../analysis/solve-checked.js';
import { createEngine, ENGINE_NAMES } from '../engines/registry.js';
import { loadRound, type LoadedRound } from '../io/load-round.js';
import { assertOutputFolder, writeOutputs } from '../io/write-outputs.js';
import { comparisonCsv, differenceCsv } from '../report/compare-csv.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv.js';
import { comparisonJson } from '../report/compare-json.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/compare-messages.js';
import { comparisonDocument } from '../report/compare-report.js';
import { renderHtml, renderMarkdown } from '../report/report-blocks.js';
import { EXIT, runCommand, UsageError } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';

export interface CompareArgs {
  scenarios: string[];
  json: boolean;
  out?: string;
  lang: ReportLanguage;
  engine: string;
  timeLimit: number;
  allowOutside: boolean;
  force: boolean;
  csvDialect: CsvDialect;
}

/** Every file a run reads, so --out never overwrites one. */
export function inputFiles(loaded: LoadedRound): string[] {
  const folder = resolve(loaded.scenarioPath, '..');
  const data = loaded.scenario.data;
  return [...loaded.scenarioFiles, resolve(folder, data.municipalities), resolve(folder, data.experts), resolve(folder, data.requests)];
}

/** A result without an allocation: infeasible, or stopped before any tier was solved. */
export const hasNoAllocation = (result: { status: string; tiers: readonly unknown[] }) =>
  result.status === 'infeasible' || (result.status === 'time_limit' && result.tiers.length === 0);

export const compareCommand = {
  command: 'compare <scenarios..>',
  describe: 'Solve several scenarios and report them side by side: figures, who is served where, what changed',
  builder: (yargs: Argv) =>
    yargs
      .positional('scenarios', { type: 'string', array: true, demandOption: true, describe: 'Two or more scenario files; the first is the reference' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the comparison as JSON on stdout' })
      .option('out', { type: 'string', describe: 'Write compare.json, compare.md, compare.html, compare.csv and diff.csv into this folder' })
      .option('csv-dialect', { type: 'string', default: 'standard', choices: [...CSV_DIALECTS], describe: 'standard (, and decimal point) or excel-nl (; decimal comma, BOM, CRLF: Excel in Belgian Dutch)' })
      .option('lang', { type: 'string', default: 'en', choices: [...REPORT_LANGUAGES], describe: 'Language of the Markdown and HTML report' })
      .option('engine', { type: 'string', default: 'highs', choices: [...ENGINE_NAMES], describe: 'MIP engine' })
      .option('time-limit', { type: 'number', default: 60, describe: 'Seconds for each scenario' })
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .option('force', { type: 'boolean', default: false, describe: 'Allow --out to write into an existing folder that is not empty (input files are never overwritten)' })
      .example('$0 compare scenarios/round-2022/scenario.yaml scenarios/round-2022/what-if-budget-300k.yaml', 'What EUR 50,000 more would change')
      .example('$0 compare a.yaml b.yaml c.yaml --out out/compare --lang nl', 'Three scenarios, Dutch report files'),
  handler: async (args: CompareArgs) => {
    process.exitCode = await runCommand(async () => {
      if (args.scenarios.length < 2) throw new UsageError(`compare needs at least two scenario files (got ${args.scenarios.length})`);
      if (!(args.timeLimit > 0)) throw new UsageError(`--time-limit must be a positive number of seconds (got ${args.timeLimit})`);
      // Load everything first, so a bad file is reported before any solving starts.
      const rounds = args.scenarios.map((file) => ({ file, loaded: loadRound(file, undefined, { allowOutside: args.allowOutside }) }));
      const inputs = rounds.flatMap(({ loaded }) => inputFiles(loaded));
      // Checked before solving, so a bad --out does not cost the solves.
      if (args.out !== undefined) assertOutputFolder(resolve(args.out), { force: args.force, inputs });
      const names = uniqueNames(rounds.map(({ file, loaded }) => ({ name: loaded.round.name, file })));
      const engine = createEngine(args.engine);
      const solved: SolvedScenario[] = [];
      for (const [index, { file, loaded }] of rounds.entries()) {
        for (const warning of loaded.warnings) process.stderr.write(`warning: ${file}: ${warning}\n`);
        const result = await solveChecked(loaded, { engine, timeLimitSeconds: args.timeLimit });
        solved.push({ name: names[index]!, file, loaded, result });
      }
      const comparison = compareResults(solved);
      const document = comparisonDocument(comparison, args.lang);
      if (args.out !== undefined) {
        writeOutputs(
          resolve(args.out),
          {
            'compare.json': comparisonJson(comparison),
            'compare.md': renderMarkdown(document),
            'compare.html': renderHtml(document),
            'compare.csv': comparisonCsv(comparison, args.csvDialect),
            'diff.csv': differenceCsv(comparison, args.csvDialect),
          },
          inputs,
        );
      }
      process.stdout.write(args.json ? comparisonJson(comparison) : renderMarkdown(document));
      return solved.some(({ result }) => hasNoAllocation(result)) ? EXIT.noAllocation : EXIT.ok;
    });
  },
};
