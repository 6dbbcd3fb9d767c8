import type { AllocationResult } from '../result/result.js';

/** The words of the allocation report (report.md, report.html) in one language. */
export interface ReportWords {
  readonly status: Readonly<Record<AllocationResult['status'], string>>;
  readonly statusLabel: string;
  readonly provenOptimal: string;
  /** A tier's status when the allocation was not optimised (the hand-matching). */
  readonly notOptimised: string;
  /** The hand-matching's first criterion against the optimiser's proven bound. */
  readonly belowBound: (percent: string) => string;
  readonly gap: (percent: string) => string;
  readonly section: {
    readonly summary: string;
    readonly allocation: string;
    readonly period: (period: string) => string;
    readonly unserved: string;
    readonly choices: string;
    readonly stability: string;
    readonly demandSupply: string;
    readonly perDomain: string;
    readonly perProvince: string;
    readonly run: string;
    readonly map: string;
    readonly timeline: string;
    readonly budgetUse: string;
    readonly servedByProvince: string;
    readonly servedByDomain: string;
  };
  readonly figure: {
    readonly requests: string;
    readonly served: string;
    readonly unserved: string;
    readonly priority: string;
    readonly distance: string;
    readonly budget: string;
    readonly budgetUsed: string;
    readonly budgetLeft: string;
    readonly optimality: string;
  };
  readonly column: {
    readonly figure: string;
    readonly value: string;
    readonly expert: string;
    readonly from: string;
    readonly request: string;
    readonly to: string;
    readonly domain: string;
    readonly priority: string;
    readonly distance: string;
    readonly cost: string;
    readonly period: string;
    readonly municipality: string;
    readonly reasons: string;
    readonly alternatives: string;
    readonly unservedRequest: string;
    readonly servedRequest: string;
    readonly justification: string;
    readonly province: string;
    readonly requested: string;
    readonly served: string;
    readonly unserved: string;
    readonly noEligible: string;
    readonly experts: string;
    readonly expertPeriods: string;
    readonly lent: string;
    readonly item: string;
  };
  readonly run: {
    readonly tool: string;
    readonly engine: string;
    readonly scenario: string;
    readonly input: (file: string) => string;
    /** A revised allocation: the previous result and the changes file, by their hashes. */
    readonly previousResult: string;
    readonly changesFile: string;
    readonly seed: string;
    readonly noSeed: string;
    readonly tier: (tier: string) => string;
    readonly tierValue: (value: string, status: string, bound: string, gap: string) => string;
    readonly modelLabel: string;
    readonly model: (variables: number, constraints: number) => string;
    readonly timeLimit: string;
    readonly wallTime: string;
    readonly wallTimeValue: (solve: string, explain: string, solves: number) => string;
  };
  readonly text: {
    readonly noTrajectories: string;
    readonly everyoneServed: string;
    /** Infeasible rounds: no allocation, so "every request is served" would be false. */
    readonly noAllocation: string;
    readonly noAllocationInTime: string;
    readonly recruitNoAllocation: string;
    readonly noAlternatives: string;
    readonly stable: string;
    readonly stabilityIntro: string;
    readonly recruit: (domains: string, provinces: string) => string;
    readonly recruitNone: string;
    readonly unavailable: string;
    readonly free: string;
    readonly generatedBy: (version: string) => string;
    readonly sortHint: string;
  };
  readonly explain: {
    readonly served: (
      request: string,
      place: string,
      domain: string,
      priority: string,
      expert: string,
      supplier: string,
      period: string,
    ) => string;
    readonly unserved: (request: string, place: string, domain: string, priority: string) => string;
    readonly reasons: string;
    readonly alternatives: string;
    readonly stability: string;
    /** `explain` on a round without allocation; the status as the result names it. */
    readonly noAllocation: (status: string) => string;
  };
  /** The policy parts of the result: diagnosis, priority rule, greedy baseline, shortfalls. */
  readonly policy: {
    readonly section: {
      readonly diagnosis: string;
      readonly violations: string;
      readonly priority: string;
      readonly passedOver: string;
      readonly baseline: string;
      readonly shortfalls: string;
    };
    readonly diagnosisIntro: string;
    /** Status breaks_rules: what the list of broken rules below is. */
    readonly violationsIntro: string;
    /** The rule's scenario name (`first-come`, ...) and what it does. */
    readonly rule: (name: string, description: string) => string;
    readonly ruleDescription: Readonly<Record<'score' | 'weighted' | 'tiers' | 'first-come' | 'lottery' | 'greedy', string>>;
    readonly greedyOrder: (rule: string) => string;
    /** `score` or `weighted` with `order: strict`: what the rule does instead of its sum. */
    readonly strictScore: (rule: string) => string;
    /** Sum rules: why a request can be left unserved while lower ones are served, and the option that prevents it. */
    readonly passedOverIntro: (rule: string) => string;
    readonly passedOverNone: string;
    /** One passed-over request; `lowest` is the lowest served request with its priority. */
    readonly passedOver: (request: string, place: string, priority: string, below: number, lowest: string) => string;
    /** What serving it would displace, their summed priority against its own. */
    readonly passedOverDisplaces: (displaced: string, sum: string, priority: string) => string;
    readonly seed: (seed: string) => string;
    readonly order: (shown: number, total: number) => string;
    readonly more: (count: number) => string;
    readonly classesIntro: string;
    readonly baselineIntro: (rule: string) => string;
    readonly noGain: string;
    readonly unmet: string;
    readonly shortfallsIntro: string;
    readonly wholeRound: string;
    readonly column: {
      readonly setting: string;
      readonly conflict: string;
      readonly class: string;
      readonly requests: string;
      readonly served: string;
      readonly inOrder: string;
      readonly handMatching: string;
      readonly optimiser: string;
      readonly gain: string;
      readonly demand: string;
      readonly supply: string;
      readonly shortBy: string;
    };
  };
  readonly legend: {
    readonly requested: string;
    readonly served: string;
  };
}
