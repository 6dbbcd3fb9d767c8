/** Demand and supply of one group of the round (a domain or a province) against an allocation. */
export interface Balance {
  readonly key: string;
  readonly requested: number;
  readonly served: number;
  readonly unserved: number;
  /** Unserved requests no expert can serve at all: demand only recruiting can meet. */
  readonly noEligible: number;
  /** Experts offering the domain, or based in the province. */
  readonly experts: number;
  /** Trajectories those experts could still do (ongoing trajectories taken off; budget and demand ignored). */
  readonly expertPeriods: number;
  /** Trajectories those experts do in this allocation. */
  readonly lent: number;
}

/** Demand vs. supply per domain and per province, and where recruiting would help most (result.json: `demandSupply`). */
export interface DemandSupply {
  readonly domains: readonly Balance[];
  readonly provinces: readonly Balance[];
  /** Domains and provinces with unserved demand, most unserved first. */
  readonly recruit: { readonly domains: readonly string[]; readonly provinces: readonly string[] };
}
