/**
 * The English messages of the result contract: result.json, `solve --json`,
 * the result embedded in report.html and in compare.json, and `explain
 * --json` all get them from here, so every JSON output words its facts the
 * same way. The in-memory result holds facts only.
 */
import type { Choice, StabilityEntry, UnservedRequest } from '../result/explanation.js';
import type { Baseline, Diagnosis, Shortfall } from '../result/policy.js';
import type { RequestExplanation } from '../result/request-explanation.js';
import type { ChoiceJson, ResultJson, StabilityJson, UnservedJson } from '../result/result-json.js';
import type { ReplanReason, ReplanReport } from '../result/replan.js';
import type { AllocationResult } from '../result/result.js';
import { replanReasonSentence } from './replan-text.js';
import type { Trajectory } from '../domain/types.js';
import type { RoundFacts } from '../result/round-facts.js';
import { diagnosisText, shortfallText, violationText } from './diagnosis-text.js';
import { alternativeText, placeNamer, reasonText, stabilityText, type Namer } from './explain-text.js';

/** The contract's messages are English, whatever the language of the reports. */
const CONTRACT_LANG = 'en';

// Key order: code and message first (the contract's two fields), then the facts.
const unservedJson = (unserved: UnservedRequest, namer: Namer): UnservedJson => ({
  ...unserved,
  reasons: unserved.reasons.map((reason) => ({
    ...{ code: reason.code, message: reasonText(reason, unserved, CONTRACT_LANG, namer) },
    ...reason,
  })),
});

const choiceJson = (choice: Choice): ChoiceJson => ({
  ...choice,
  alternatives: choice.alternatives.map((alternative) => ({ ...alternative, message: alternativeText(alternative, CONTRACT_LANG) })),
});

const stabilityJson = (entry: StabilityEntry): StabilityJson => ({ ...entry, message: stabilityText(entry, CONTRACT_LANG) });

/** A diagnosis with its English message, right after the setting it names. */
export const diagnosisWithMessage = (diagnosis: Diagnosis) => ({
  ...{ constraint: diagnosis.constraint, message: diagnosisText(diagnosis, CONTRACT_LANG) },
  ...diagnosis,
});

/** A shortfall with its English message. */
export const shortfallWithMessage = (shortfall: Shortfall) => ({ ...shortfall, message: shortfallText(shortfall, CONTRACT_LANG) });

function baselineJson(baseline: Baseline): NonNullable<ResultJson['baseline']> {
  const { violations, ...rest } = baseline;
  return { ...rest, unmet: violations.map((violation) => violationText(violation, CONTRACT_LANG)), violations };
}

/** A replan reason with its English sentence, code first. */
const replanReasonJson = (reason: ReplanReason, trajectory: Trajectory) => ({
  ...{ code: reason.code, message: replanReasonSentence(reason, trajectory, CONTRACT_LANG) },
  ...reason,
});

function replanJson(replan: ReplanReport): NonNullable<ResultJson['replan']> {
  return {
    ...replan,
    moved: replan.moved.map((entry) => ({ ...entry, reason: replanReasonJson(entry.reason, entry.from) })),
    dropped: replan.dropped.map((entry) => ({ ...entry, reason: replanReasonJson(entry.reason, entry.trajectory) })),
  };
}

/** The result as the contract has it: every fact the contract words gets its English message beside it. */
export function resultWithMessages(result: AllocationResult): ResultJson {
  const namer = placeNamer(result.round.municipalities);
  const { diagnosis, shortfalls, baseline, violations, replan } = result;
  // Replaced in place, so every key keeps its position in result.json; an absent field stays undefined and is left out.
  return {
    ...result,
    unserved: result.unserved.map((unserved) => unservedJson(unserved, namer)),
    choices: result.choices.map(choiceJson),
    stability: result.stability.map(stabilityJson),
    diagnosis: diagnosis?.map(diagnosisWithMessage),
    shortfalls: shortfalls?.map(shortfallWithMessage),
    baseline: baseline && baselineJson(baseline),
    violations: violations?.map((violation) => ({ ...violation, message: violationText(violation, CONTRACT_LANG) })),
    replan: replan && replanJson(replan),
  };
}

/** One request's explanation (`explain --json`) with the same English messages as result.json. */
export function explanationWithMessages(explanation: RequestExplanation, round: RoundFacts) {
  const stability = explanation.stability.map(stabilityJson);
  if (explanation.served) return { ...explanation, ...(explanation.choice ? { choice: choiceJson(explanation.choice) } : {}), stability };
  return { ...explanation, unserved: unservedJson(explanation.unserved, placeNamer(round.municipalities)), stability };
}
