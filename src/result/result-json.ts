import type { AlternativeFacts, Choice, ReasonFacts, StabilityEntry, UnservedRequest } from './explanation.js';
import type { Baseline, Diagnosis, Shortfall } from './policy.js';
import type { DroppedEntry, MovedEntry, ReplanReason, ReplanReport } from './replan.js';
import type { AllocationResult } from './result.js';

/** A fact with the English sentence the contract gives beside it. */
type WithMessage<T> = T & { readonly message: string };

/** An unserved request in result.json: each reason with its code, its English sentence and its facts. */
export type UnservedJson = Omit<UnservedRequest, 'reasons'> & { readonly reasons: readonly WithMessage<ReasonFacts>[] };

/** A choice in result.json: each alternative with its facts and its English sentence. */
export type ChoiceJson = Omit<Choice, 'alternatives'> & { readonly alternatives: readonly WithMessage<AlternativeFacts>[] };

/** A stability entry in result.json, with its English sentence. */
export type StabilityJson = WithMessage<StabilityEntry>;

/** A revised allocation's `replan` in result.json: each reason with its English sentence. */
interface ReplanJson extends Omit<ReplanReport, 'moved' | 'dropped'> {
  readonly moved: readonly (Omit<MovedEntry, 'reason'> & { readonly reason: WithMessage<ReplanReason> })[];
  readonly dropped: readonly (Omit<DroppedEntry, 'reason'> & { readonly reason: WithMessage<ReplanReason> })[];
}

/**
 * result.json (and `solve --json`): the result as DESIGN.md and
 * schemas/result.schema.json fix it. The in-memory AllocationResult holds
 * facts only; this adds the English `message` beside every fact the
 * contract words (the broken rules of `violations` included), and the
 * baseline's `unmet` rules as English sentences.
 */
export interface ResultJson
  extends Omit<AllocationResult, 'unserved' | 'choices' | 'stability' | 'diagnosis' | 'shortfalls' | 'baseline' | 'violations' | 'replan'> {
  readonly unserved: readonly UnservedJson[];
  readonly choices: readonly ChoiceJson[];
  readonly stability: readonly StabilityJson[];
  readonly diagnosis?: readonly WithMessage<Diagnosis>[];
  readonly shortfalls?: readonly WithMessage<Shortfall>[];
  readonly baseline?: Baseline & { readonly unmet: readonly string[] };
  readonly violations?: readonly WithMessage<Baseline['violations'][number]>[];
  readonly replan?: ReplanJson;
}
