/** The words of the .xlsx workbooks expertpool writes (allocation.xlsx, compare.xlsx, sweep.xlsx), in one language. */
export interface WorkbookWords {
  /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
  readonly sheet: {
    readonly assignments: string;
    readonly unserved: string;
    readonly summary: string;
    readonly scenarios: string;
    readonly differences: string;
    readonly points: string;
  };
  /** Column headers. */
  readonly column: {
    readonly period: string;
    readonly expertId: string;
    readonly expert: string;
    readonly lending: string;
    readonly lendingNis: string;
    readonly request: string;
    readonly receiving: string;
    readonly receivingNis: string;
    readonly municipality: string;
    readonly nis: string;
    readonly province: string;
    readonly domain: string;
    readonly priority: string;
    readonly distanceKm: string;
    readonly costEur: string;
    readonly reason: string;
    readonly allReasons: string;
    readonly explanation: string;
    readonly figure: string;
    readonly value: string;
    readonly requested: string;
    readonly served: string;
    readonly unserved: string;
    readonly noEligible: string;
    readonly scenario: string;
    readonly file: string;
    readonly status: string;
    readonly requests: string;
    readonly priorityServed: string;
    readonly budgetEur: string;
    readonly budgetUsedEur: string;
    readonly averagePriority: string;
    readonly minimumPriority: string;
    readonly neediestShare: string;
    readonly referenceScenario: string;
    readonly averageDistanceKm: string;
    readonly servedRequests: string;
  };
  /** The figures of the summary sheet. */
  readonly figure: {
    readonly scenario: string;
    readonly status: string;
    readonly budget: string;
    readonly budgetUsed: string;
    readonly budgetLeft: string;
    readonly requests: string;
    readonly served: string;
    readonly unserved: string;
    readonly priority: string;
    readonly distance: string;
  };
}
