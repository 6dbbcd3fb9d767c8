import type { ReasonFacts } from '../result/explanation.js';

/** The words of explanations (reasons, alternatives, stability) in one language. */
export interface ExplainWords {
  readonly and: string;
  /** The name of each reason code, as the explain text lists it. */
  readonly reasonLabel: Readonly<Record<ReasonFacts['code'], string>>;
  readonly tier: Readonly<Record<string, string>>;
  readonly rule: Readonly<Record<string, string>>;
  readonly policy: Readonly<Record<string, string>>;
  readonly constraint: (name: string) => string;
  /** Each rule an ineligible pair fails, as a clause about the expert (Dutch: to follow "die"). */
  readonly failure: {
    readonly domain: (domain: string) => string;
    readonly ownMunicipality: string;
    readonly distance: (km: string, overKm: string, maxKm: string) => string;
    readonly period: (expertPeriods: string, requestPeriods: string) => string;
  };
  readonly reason: {
    /** No expert of the round offers the domain. */
    readonly noOffer: (domain: string) => string;
    /** Experts who offer the domain within reach in an accepted period, but work in the requesting municipality. */
    readonly ownMunicipality: (experts: string, count: number, place: string, domain: string) => string;
    /** `count` experts offer the domain (`others`: besides those of the requesting municipality); none can serve it. */
    readonly noneOfOffering: (count: number, domain: string, others: boolean) => string;
    /** A revised allocation: the municipality withdrew the request. */
    readonly cancelled: string;
    readonly nearestMiss: (expert: string, failures: string) => string;
    readonly noExpertAtAll: string;
    readonly excluded: (blocks: string) => string;
    readonly municipalityCap: (place: string, limit: number, heldBy: string) => string;
    readonly supplierCap: (limit: number, heldBy: string) => string;
    readonly quota: (constraint: string, limit: string, heldBy: string) => string;
    readonly pinsAndMinimums: string;
    readonly budget: (experts: string, cheapest: string, left: string) => string;
    /** Every eligible expert costs more than the whole budget; `experts` are the cheapest. */
    readonly budgetWhole: (experts: string, cheapest: string, budget: string) => string;
    readonly displaces: (requests: string) => string;
    readonly displacesNobody: string;
    /** "no request", as what an allocation would displace. */
    readonly nobody: string;
    readonly tierChange: (tier: string, from: string, to: string) => string;
    /** A proven interval of the first tier's value over the allocations that serve the request. */
    readonly bounded: (tier: string, from: string, lowest: string, highest: string) => string;
    /** An allocation that serves the request and keeps the first tier's value. */
    readonly tie: (tier: string, value: string) => string;
    /** The example allocation of a bounded or tied reason, as a clause to follow them. */
    readonly forExample: (requests: string) => string;
    readonly forExampleNobody: string;
    /** What decided against a request whose example ties on the first tier. */
    readonly laterCriteria: string;
    readonly notProven: string;
    readonly notRun: string;
    /** A strict order's proof (Counterfactual.order): what refused the request, after `lead`. */
    readonly order: {
      readonly rule: Readonly<Record<'first-come' | 'lottery' | 'score' | 'weighted', string>>;
      /** The rule's order decides, not a criterion. */
      readonly lead: (rule: string) => string;
      /** The budget pays at most `limit` trajectories, and the requests before it that were served take them. */
      readonly count: (limit: number) => string;
      /** Its cheapest expert and those of the `served` requests before it cost more than the budget together. */
      readonly budget: (served: number, cost: string, budget: string) => string;
      readonly cap: (place: string, limit: number, heldBy: string) => string;
      /** The solver proved that no allocation serves it together with the `served` requests before it. */
      readonly solve: (served: number) => string;
    };
    /** An allocation that serves the request does better (the explained one is not a proven optimum). */
    readonly doesBetter: (displaced: string, change: string) => string;
  };
  readonly alternative: {
    readonly busy: (expert: string, slots: string) => string;
    readonly slot: (request: string, period: string) => string;
    readonly atMax: (expert: string, limit: number, heldBy: string) => string;
    readonly excluded: (expert: string, rule: string) => string;
    readonly constraint: (expert: string, period: string, rules: string) => string;
    readonly worse: (expert: string, period: string, change: string) => string;
    readonly notProven: (expert: string, period: string) => string;
  };
  readonly stability: {
    readonly lead: (
      unserved: string,
      unservedPriority: string,
      served: string,
      servedPriority: string,
      expert: string,
      period: string,
    ) => string;
    readonly ineligible: (expert: string, failures: string) => string;
    readonly excluded: (expert: string, unserved: string, rule: string) => string;
    readonly constraint: (rules: string) => string;
    readonly worse: (change: string) => string;
    readonly unjustified: string;
  };
}
