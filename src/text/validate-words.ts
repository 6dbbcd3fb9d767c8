/** The words of `validate`'s summary of a round, in one language. */
export interface ValidateWords {
  readonly valid: (name: string) => string;
  /** The inputs are readable, but the checks prove that no allocation meets every setting. */
  readonly unsolvable: (name: string, conflicts: number) => string;
  readonly label: {
    readonly periods: string;
    readonly municipalities: string;
    readonly experts: string;
    readonly requests: string;
    readonly pairs: string;
    readonly budget: string;
  };
  readonly experts: (count: string, capacity: number) => string;
  readonly requests: (count: string, eligible: number) => string;
  readonly pairs: (pairs: string, variables: string, constraints: string) => string;
  readonly budget: (amount: string, trajectories: number) => string;
  readonly noEligible: (ids: string) => string;
  readonly column: {
    readonly domain: string;
    readonly requests: string;
    readonly eligible: string;
    readonly experts: string;
    readonly expertPeriods: string;
  };
  readonly supplyIntro: string;
  readonly shortfallsIntro: string;
  readonly conflictsIntro: string;
  /** A round that still holds the example rows of `expertpool init`: what to fill in, table by table. */
  readonly unfinished: {
    readonly intro: string;
    readonly table: Readonly<Record<'municipalities' | 'experts' | 'requests', (id: string, file: string) => string>>;
    readonly then: string;
  };
}
