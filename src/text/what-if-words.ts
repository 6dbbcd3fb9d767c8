import type { AllocationResult } from '../result/result.js';
import type { RichText } from './rich-text.js';

/** The words of the comparison, sweep and sensitivity reports in one language. */
export interface WhatIfWords {
  readonly compareTitle: string;
  readonly scenarios: string;
  readonly scenario: string;
  readonly file: string;
  readonly figure: string;
  readonly statusLabel: string;
  readonly status: Readonly<Record<AllocationResult['status'], string>>;
  readonly tier: (name: string) => string;
  readonly requests: string;
  readonly served: string;
  readonly priorityServed: string;
  readonly budget: string;
  readonly budgetUsed: string;
  readonly averagePriority: string;
  readonly minimumPriority: string;
  readonly neediestShare: string;
  readonly averageDistance: string;
  readonly perProvince: string;
  /** The chart of requests and served requests, one bar pair per scenario. */
  readonly perScenario: string;
  /** What a chart of served requests counts, under its axis. */
  readonly servedAxis: string;
  readonly perDomain: string;
  readonly province: string;
  readonly domain: string;
  readonly summary: string;
  /**
   * The neediest quartile and the reference rule: which scenario scores need for
   * every scenario, and (when the scenarios' rules differ) with which rule.
   */
  readonly neediestNote: (reference: string, count: number, rule?: string) => RichText;
  /** Under the figures on each scenario's own scale, when the scenarios' rules differ. */
  readonly ruleSpecificNote: RichText;
  /** A figure row scored by the reference rule. */
  readonly referenceRule: (figure: string) => string;
  /** A figure row on the scenario's own scale. */
  readonly ownRule: (figure: string) => string;
  readonly differences: string;
  readonly noDifferences: string;
  readonly request: string;
  readonly municipality: string;
  readonly priority: string;
  readonly changedTitle: string;
  readonly noChanges: string;
  readonly same: (a: string, b: string) => RichText;
  readonly moreFewer: (b: string, delta: number, a: string) => RichText;
  readonly byPlace: (parts: readonly string[]) => string;
  readonly placeDelta: (delta: number, place: string) => string;
  readonly priorityBudget: (priority: string, budget: string) => string;
  /** The scenarios score with different rules: the priority change as the reference rule scores it. */
  readonly referencePriorityBudget: (priority: string, budget: string, reference: string) => RichText;
  readonly gained: (ids: string) => string;
  readonly lost: (ids: string) => string;
  readonly and: string;
  readonly none: string;
  readonly sweepScenario: (name: string) => RichText;
  readonly sweepTitle: (key: string) => string;
  readonly value: string;
  readonly step: string;
  readonly marginal: string;
  readonly gainedRequests: string;
  readonly lostRequests: string;
  readonly chartAlt: (key: string) => string;
  readonly noChange: string;
  readonly sensitivityTitle: string;
  readonly sensitivityNote: string;
  readonly change: string;
  readonly moreBudget: (amount: string) => string;
  readonly moreExpertPeriod: (domain: string, like: string) => string;
  /** The money of an extra expert-period alone, without the slot. */
  readonly fundingAlone: (amount: string, domain: string, like: string) => string;
  /** The extra expert-period itself, beyond what its money alone buys. */
  readonly slotBeyondFunding: (domain: string, like: string) => string;
  /** The column that says whether the extra slot gets a trajectory. */
  readonly slotUsed: string;
  readonly yes: string;
  readonly no: string;
}
