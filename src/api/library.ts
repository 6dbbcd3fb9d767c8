/**
 * expertpool as a library: what the commands do, as functions. Every solve
 * runs on worker engines (a hard stop at the time limit, one retry after an
 * engine crash), every allocation is re-checked by the independent checker,
 * and the same input gives the same result. Reports render from the result
 * alone.
 */
import { type ExplainMode, counterfactualsFor } from '../explain/explain-allocation.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { solveEngineSetup, startWorkerEngines, type WorkerEngines } from '../engines/worker-engines.js';
import { loadRound, type LoadedRound } from '../io/load-round.js';
import { solveChecked } from '../pipeline/solve-checked.js';
import type { CsvDialect } from '../report/csv.js';
import { explanationText } from '../report/explanation-text.js';
import { REPORT_FORMATS, type ReportFileSet, type ReportFormat, reportFiles, WHAT_IF_FORMATS } from '../report/report-files.js';
import { comparisonFiles, sweepFiles } from '../report/what-if-files.js';
import { explainRequest as requestFacts } from '../result/request-explanation.js';
import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';
import { type Comparison, compareResults, uniqueNames } from '../what-if/compare.js';
import { replanChecked, revisedRound } from '../what-if/replan.js';
import { readReplan } from '../what-if/replan-round.js';
import { analyseSensitivity } from '../what-if/sensitivity.js';
import { runSweep, type SweepResult } from '../what-if/sweep.js';
import { parseVary } from '../what-if/sweep-values.js';

/** How a round is solved; every field has the CLI's default. */
export interface SolveSettings {
  /** `highs` (default) or `jslp`. */
  readonly engine?: string;
  /** Seconds for the whole solve, and again for its explanation (default 60). */
  readonly timeLimitSeconds?: number;
  /** How much the explanation proves: `auto` (default), `full` or `fast`. */
  readonly explain?: ExplainMode;
  /** Also re-solve with more budget and one more expert-period (`--sensitivity`). */
  readonly sensitivity?: boolean;
  /** Aborting it stops the solve at once; the call then rejects with SolveInterrupted. */
  readonly signal?: AbortSignal;
}

/** Runs `work` on the worker engines a solve of `label` uses, and closes them whatever happens. */
async function onWorkerEngines<T>(label: string, settings: SolveSettings, work: (engines: WorkerEngines) => Promise<T>): Promise<T> {
  const engines = startWorkerEngines(settings.engine ?? 'highs', {
    ...solveEngineSetup(settings.explain ?? 'auto'),
    ...(settings.signal ? { signal: settings.signal } : {}),
    scenario: label,
  });
  try {
    return await work(engines);
  } finally {
    await engines.close();
  }
}

/** Solves, checks and explains `solved`'s round; with `sensitivity`, adds what small changes would add. */
async function solveWith(
  loaded: LoadedRound,
  settings: SolveSettings,
  solved: (engines: WorkerEngines, timeLimitSeconds: number) => Promise<AllocationResult>,
): Promise<AllocationResult> {
  const timeLimitSeconds = settings.timeLimitSeconds ?? 60;
  return onWorkerEngines(`"${loaded.round.name}" (${loaded.scenarioPath})`, settings, async (engines) => {
    const result = await solved(engines, timeLimitSeconds);
    if (settings.signal?.aborted) throw new SolveInterrupted('the solve was interrupted');
    if (!settings.sensitivity) return result;
    return { ...result, sensitivity: await analyseSensitivity(loaded, result, { engine: engines.engine, timeLimitSeconds }) };
  });
}

/** Solves a loaded round to proven optimality (or the time limit), checks and explains it: what `solve` does. */
export function solve(loaded: LoadedRound, settings: SolveSettings = {}): Promise<AllocationResult> {
  return solveWith(loaded, settings, ({ engine, moreEngines }, timeLimitSeconds) =>
    solveChecked(loaded, { engine, moreEngines, timeLimitSeconds, counterfactuals: counterfactualsFor(settings.explain ?? 'auto') }),
  );
}

/**
 * Revises an allocation during the year: `from` is the result.json written by
 * solve or replan, `changes` the changes file (see schemas/changes.schema.json).
 */
export function replan(loaded: LoadedRound, files: { readonly from: string; readonly changes: string }, settings: SolveSettings = {}) {
  const input = readReplan(loaded, files.from, files.changes);
  const revised = revisedRound(loaded, input);
  return solveWith(revised, settings, ({ engine, moreEngines }, timeLimitSeconds) =>
    replanChecked(revised, input, {
      engine,
      moreEngines,
      timeLimitSeconds,
      counterfactuals: counterfactualsFor(settings.explain ?? 'auto'),
    }),
  );
}

/** Solves several scenario files and compares them side by side: what `compare` does. The first is the reference. */
export async function compare(
  files: readonly string[],
  settings: SolveSettings & { readonly allowOutside?: boolean } = {},
): Promise<Comparison> {
  const rounds = files.map((file) => ({ file, loaded: loadRound(file, undefined, { allowOutside: settings.allowOutside ?? false }) }));
  const names = uniqueNames(rounds.map(({ file, loaded }) => ({ name: loaded.round.name, file })));
  const solved = [];
  for (const [index, { file, loaded }] of rounds.entries())
    solved.push({ name: names[index]!, file, loaded, result: await solve(loaded, settings) });
  return compareResults(solved);
}

/** Solves a scenario at every value of one key (`vary`: `KEY=FROM:TO:STEP` or `KEY=v1,v2`): what `sweep` does. */
export function sweep(
  scenarioPath: string,
  vary: string,
  settings: Omit<SolveSettings, 'explain' | 'sensitivity'> & { readonly jobs?: number; readonly allowOutside?: boolean } = {},
): Promise<SweepResult> {
  return runSweep({
    scenarioPath,
    spec: parseVary(vary),
    engine: settings.engine ?? 'highs',
    timeLimitSeconds: settings.timeLimitSeconds ?? 60,
    jobs: settings.jobs ?? 1,
    allowOutside: settings.allowOutside ?? false,
    ...(settings.signal ? { signal: settings.signal } : {}),
  });
}

/** Why one request is served by its expert, or why it is not, as Markdown text: what `explain --request` prints. */
export function explain(result: AllocationResult, requestId: string, lang: Lang = 'en'): string | undefined {
  const facts = requestFacts(result, requestId);
  return facts && explanationText(facts, result.round, lang);
}

/** How files render: the formats (all but letters by default), the language, the CSV dialect. */
export interface RenderOptions<F extends ReportFormat = ReportFormat> {
  readonly formats?: readonly F[];
  /** Reports and workbooks in `lang` (default `en`); letters in `lang` too, Dutch when it is not given. */
  readonly lang?: Lang;
  readonly csvDialect?: CsvDialect;
}

/** The report files of a result, a comparison or a sweep, by file name (text, or bytes for a workbook): what `--out` writes. */
export function render(subject: AllocationResult, options?: RenderOptions): ReportFileSet;
export function render(subject: Comparison | SweepResult, options?: RenderOptions<(typeof WHAT_IF_FORMATS)[number]>): ReportFileSet;
export function render(subject: AllocationResult | Comparison | SweepResult, options: RenderOptions = {}): ReportFileSet {
  const lang = options.lang ?? 'en';
  const csvDialect = options.csvDialect ?? 'standard';
  if ('figures' in subject || 'points' in subject) {
    const formats = (options.formats ?? WHAT_IF_FORMATS).filter((f): f is (typeof WHAT_IF_FORMATS)[number] => f !== 'letters');
    return 'figures' in subject
      ? comparisonFiles(subject, { formats, lang, csvDialect })
      : sweepFiles(subject, { formats, lang, csvDialect });
  }
  const formats = options.formats ?? REPORT_FORMATS.filter((format) => format !== 'letters');
  return reportFiles(subject, { formats, lang, letterLang: options.lang ?? 'nl', csvDialect });
}
