/**
 * expertpool as a library: load a round, solve it to proven optimality, check
 * and explain the allocation, and render the reports, as the CLI does.
 *
 *   import { loadRound, solveChecked, createEngine, markdownReport } from 'expertpool';
 *   const loaded = loadRound('scenarios/round-2022/scenario.yaml');
 *   const result = await solveChecked(loaded, { engine: createEngine('highs'), timeLimitSeconds: 60 });
 *   console.log(markdownReport(result, 'en'));
 */
export type * from './domain/types.js';
export { loadRound, type LoadedRound, type LoadOptions } from './io/load-round.js';
export { InputError, type InputLocation, type InputNotice } from './io/input-error.js';
export type { InputFact } from './io/input-facts.js';
export { inputErrorText, inputWarningText } from './text/input-messages.js';
export { generateRound, type GenerateOptions, type GeneratedFiles } from './io/generate-round.js';
export { assertOutputFolder, writeOutputs, type OutputFiles } from './io/write-outputs.js';
export { createEngine, ENGINE_NAMES, UnknownEngineError, type EngineName } from './engines/registry.js';
export type { EngineResult, MipEngine, SolveOptions, Termination } from './mip/engine.js';
export { WorkerEngine, SolveInterrupted, type WorkerEngineOptions } from './engines/worker-engine.js';
export { exportModelText } from './engines/highs-model.js';
export { buildFormulation, type BudgetFormulation, type Formulation } from './solve/formulation.js';
export type { TierObjective } from './solve/objective-tiers.js';
export type { MipConstraint, MipModel, MipVariable } from './mip/model.js';
export { EngineFailure, type SolveOutcome, type TierOutcome } from './solve/solve-round.js';
export { prepareRound, solveRound, type PreparedRound, type SolveRoundOptions } from './solve/prepared-round.js';
export { checkAllocation, type Violation } from './check/check-allocation.js';
export { solveChecked, AllocationCheckError, type SolveCheckedOptions } from './pipeline/solve-checked.js';
export { explainAllocation, type CounterfactualSelection, type ExplainOptions } from './explain/explain-allocation.js';
export type { AllocationExplanation, UnservedRequest } from './result/explanation.js';
export { hasNoAllocation, type AllocationResult, type Assignment } from './result/result.js';
export type { ResultStatus, ResultTier } from './result/status.js';
export { compareResults, type Comparison, type SolvedScenario } from './what-if/compare.js';
export { readReplan, prepareReplan, type ReplanInput } from './what-if/replan-round.js';
export { replanChecked, revisedRound } from './what-if/replan.js';
export { readChangesFile, type ChangesFile } from './io/changes-file.js';
export { changedMunicipalities, type ReplanReport, type ReplanReason } from './result/replan.js';
export { runSweep, type SweepOptions, type SweepResult } from './what-if/sweep.js';
export { resultJson } from './report/json.js';
export type { ResultJson } from './result/result-json.js';
export { markdownReport } from './report/markdown.js';
export { htmlReport } from './report/html.js';
export { assignmentsCsv, unservedCsv, type CsvDialect } from './report/csv.js';
export { VERSION } from './io/version.js';
