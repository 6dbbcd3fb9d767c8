import type { PolicyBlock } from '../domain/policy.js';
import type { RankMeasure } from '../result/priority-rank.js';
import type { RichText } from './rich-text.js';

/** Month names and how a day is written, in one language. */
export interface CalendarWords {
  /** January first. */
  readonly months: readonly string[];
  /** "1 maart 2022", "1 March 2022". */
  readonly date: (day: number, month: string, year: string) => string;
  /** A period by its id and its months or days: "P2 (mei-augustus 2022)". */
  readonly period: (id: string, span: string) => string;
}

/** The words of the decision letters and their index, in one language (plain words: no solver terms). */
export interface LetterWords {
  readonly defaultSender: string;
  readonly title: (round: string, municipality: string) => string;
  readonly addressee: (municipality: string) => string;
  readonly greeting: string;
  /** The opening: what the municipality asked and how many were granted; and whether it lends experts. */
  readonly asked: (requests: number, granted: number) => string;
  readonly lends: (experts: number, trajectories: number) => string;
  readonly section: { readonly requests: string; readonly experts: string };
  readonly granted: (request: string, domain: string) => string;
  readonly refused: (request: string, domain: string) => string;
  /** The trajectory of a granted request: the expert, its lending municipality and the period. */
  readonly servedBy: (expert: string, supplier: string, period: string) => string;
  readonly reason: (count: number) => string;
  readonly ground: {
    readonly noExpert: (domain: string) => string;
    readonly ownExpert: (domain: string) => string;
    readonly cancelled: string;
    readonly policy: (rules: string) => string;
    readonly policyRule: Readonly<Record<PolicyBlock['code'], string>>;
    readonly municipalityCap: (limit: number, held: number, requests: string) => string;
    readonly supplierCap: (limit: number) => string;
    readonly provinceQuota: (province: string, limit: number) => string;
    readonly domainQuota: (domain: string, limit: number) => string;
    readonly pinsAndMinimums: string;
    readonly budget: (left: string, cheapest: string) => string;
    readonly overBudget: (cheapest: string) => string;
    /** Granting it would make `count` requests give way, each ranked before it by what the rule ranks on. */
    readonly outranked: Readonly<Record<RankMeasure, (count: number) => string>>;
    /** Granting it would make `count` requests give way, not each of them ranked before it. */
    readonly displaces: (count: number) => string;
    /** Requests are granted in the rule's order while there is room; beside the `count` granted before it, none was left. */
    readonly order: Readonly<Record<RankMeasure, (count: number) => string>>;
    readonly noRoom: string;
  };
  /** An expert's trajectories, one line each. */
  readonly expertTrajectories: (expert: string, count: number) => string;
  readonly trajectory: (period: string, host: string, request: string, domain: string, cost: string) => string;
  readonly expertIdle: (expert: string, periods: string) => string;
  readonly compensation: (amount: string, trajectories: number) => string;
  /** The priority rules as a letter names them: what the rule ranks by. */
  readonly ruleName: Readonly<Record<string, string>>;
  /** How the round decided: its rule and budget; `best`: the allocation is proven the best possible. */
  readonly method: (rule: string, budget: string, best: boolean) => string;
  readonly contact: (contact: string) => string;
  readonly closing: string;
  readonly index: {
    readonly title: (round: string) => string;
    readonly intro: string;
    readonly column: {
      readonly municipality: string;
      readonly province: string;
      readonly requests: string;
      readonly granted: string;
      readonly experts: string;
      readonly trajectories: string;
      readonly letter: string;
      readonly markdown: string;
    };
  };
}

/** The words of the report's first screen (the round at a glance), in one language. */
export interface SummaryWords {
  readonly title: string;
  /** The priority rules by their names in this language. */
  readonly ruleName: Readonly<Record<string, string>>;
  readonly granted: (granted: number, requests: number, percent: string) => string;
  readonly budget: (used: string, limit: string, percent: string, left: string) => string;
  readonly noAllocation: string;
  /** How the first quarter in the rule's order fared; need-based rules call it the neediest. */
  readonly firstQuarter: Readonly<Record<RankMeasure, (requests: number, granted: number) => string>>;
  readonly provinces: (parts: string) => string;
  readonly province: (name: string, granted: number, requested: number) => string;
  readonly driver: {
    readonly budget: (count: number, unserved: number, left: string, cheapest: string) => string;
    readonly noExpert: (count: number, unserved: number) => string;
    readonly municipalityCap: (count: number, unserved: number) => string;
    readonly expertsBusy: (count: number, unserved: number) => string;
    readonly policy: (count: number, unserved: number) => string;
  };
  readonly budgetStep: (step: string, gained: string, lost: string) => RichText;
  readonly method: (rule: string, status: string) => string;
  /** The method line of an allocation made by hand matching: not computed by the optimiser. */
  readonly methodHandMatching: (keepsRules: boolean) => string;
  readonly status: {
    readonly optimal: string;
    readonly gap: (percent: string) => string;
    readonly timeLimit: string;
    readonly infeasible: string;
    /** The `greedy` rule: the allocation is the hand matching, not the optimiser's. */
    readonly handMatching: string;
  };
}
