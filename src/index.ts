/**
 * expertpool as a library: load a round, solve it to proven optimality (every
 * allocation re-checked by an independent checker), explain it, compare
 * scenarios, sweep a key, revise an allocation during the year, and render
 * the reports, as the commands do.
 *
 *   import { loadRound, solve, render } from 'expertpool';
 *   const loaded = loadRound('scenarios/round-2022/scenario.yaml');
 *   const result = await solve(loaded);
 *   console.log(result.status, render(result, { formats: ['md'] })['report.md']);
 */
export { compare, explain, render, replan, solve, sweep, type RenderOptions, type SolveSettings } from './api/library.js';
export { loadRound, type LoadedRound, type LoadOptions } from './io/load-round.js';
export { InputError, type InputLocation, type InputNotice } from './io/input-error.js';
export type { InputFact } from './io/input-facts.js';
export { inputErrorText, inputWarningText } from './text/input-messages.js';
export { generateRound, type GenerateOptions, type GeneratedFiles } from './io/generate-round.js';
export { checkAllocation, type Violation } from './check/check-allocation.js';
export { AllocationCheckError } from './pipeline/solve-checked.js';
export { SolveInterrupted } from './engines/worker-engine.js';
export { EngineFailure } from './solve/solve-round.js';
export { ENGINE_NAMES, UnknownEngineError, type EngineName } from './engines/engine-info.js';
export { EXPLAIN_MODES, type ExplainMode } from './explain/explain-allocation.js';
export { REPORT_FORMATS, type ReportFileSet, type ReportFormat } from './report/report-files.js';
export { LANGS, type Lang } from './text/lang.js';
export { hasNoAllocation, type AllocationResult } from './result/result.js';
export type { Assignment } from './result/assignment.js';
export type { ResultStatus, ResultTier } from './result/status.js';
export type { AllocationExplanation, UnservedRequest } from './result/explanation.js';
export type { ResultJson } from './result/result-json.js';
export type { ReplanReport } from './result/replan.js';
export type { Comparison } from './what-if/compare.js';
export type { SweepResult } from './what-if/sweep.js';
export type * from './domain/types.js';
export { VERSION } from './io/version.js';
