/** The words of a revised allocation (replan) in one language: its report section, its reasons and its changes. */
export interface ReplanWords {
  readonly section: {
    readonly replan: string;
    readonly changes: string;
    readonly moved: string;
    readonly dropped: string;
    readonly added: string;
    readonly kept: string;
  };
  /** How many promised trajectories were kept (how many of them frozen), moved and dropped, and how many were added. */
  readonly summary: (kept: number, frozen: number, moved: number, dropped: number, added: number) => string;
  readonly change: {
    readonly frozen: (periods: string) => string;
    readonly withdraw: (expert: string, from: string) => string;
    readonly cancel: (request: string) => string;
    readonly budget: (amount: string) => string;
    readonly objective: (tiers: string) => string;
    readonly none: string;
  };
  readonly nothing: string;
  readonly frozenMark: string;
  readonly column: {
    readonly request: string;
    readonly municipality: string;
    readonly promised: string;
    readonly now: string;
    readonly trajectory: string;
    readonly reason: string;
  };
  /** A trajectory in a table cell: expert, period and (for the promised one) the request. */
  readonly trajectory: (expert: string, period: string) => string;
  /** Each reason as a clause (no capital, no full stop); amounts come formatted. */
  readonly reason: {
    readonly withdrawn: (expert: string, from: string) => string;
    readonly cancelled: string;
    readonly notAllowed: (obstacle: string) => string;
    readonly budgetCut: (budget: string, previous: string, cost: string) => string;
    readonly budget: (budget: string, cost: string) => string;
    readonly rules: (rules: string) => string;
    readonly displaced: (by: string) => string;
  };
  /** Why the data no longer allows a trajectory, as a clause. */
  readonly obstacle: {
    readonly unknown: Readonly<Record<'expert' | 'request' | 'period' | 'municipality', string>>;
    /** The expert's failures, each a clause about the expert (Dutch: to follow "die"). */
    readonly ineligible: (expert: string, failures: string) => string;
  };
}
