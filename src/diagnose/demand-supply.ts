import { compareStrings, indexBy } from '../domain/index-by.js';
import type { Round } from '../domain/types.js';
import type { AllocationResult } from '../result/result.js';

/** Demand and supply of one group (a domain or a province). */
export interface Balance {
  readonly key: string;
  readonly requested: number;
  readonly served: number;
  readonly unserved: number;
  /** Unserved requests no expert can serve at all: demand only recruiting can meet. */
  readonly noEligible: number;
  /** Experts offering the domain, or based in the province. */
  readonly experts: number;
  /** Trajectories those experts could do (ignoring budget and demand). */
  readonly expertPeriods: number;
  /** Trajectories those experts do in this allocation. */
  readonly lent: number;
}

/** Demand vs. supply per domain and per province, and where recruiting would help most. */
export interface DemandSupply {
  readonly domains: readonly Balance[];
  readonly provinces: readonly Balance[];
  /** Domains and provinces with unserved demand, most unserved first. */
  readonly recruit: { readonly domains: readonly string[]; readonly provinces: readonly string[] };
}

const capacity = (expert: Round['experts'][number]) => Math.min(expert.maxTrajectories, expert.periods.length);

/** Computes demand and supply of a result from its round. */
export function demandSupply(round: Round, result: AllocationResult): DemandSupply {
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const provinceOf = (nis: string) => municipalities.get(nis)?.province ?? '';
  const servedIds = new Set(result.assignments.map((a) => a.request));
  const noEligible = new Set(result.unserved.filter((u) => u.reasons.some((r) => r.code === 'no-eligible-expert')).map((u) => u.request));
  const lentBy = new Map<string, number>();
  for (const a of result.assignments) lentBy.set(a.expert, (lentBy.get(a.expert) ?? 0) + 1);

  const balance = (key: string, requests: Round['requests'], experts: Round['experts']): Balance => {
    const served = requests.filter((r) => servedIds.has(r.id)).length;
    return {
      key,
      requested: requests.length,
      served,
      unserved: requests.length - served,
      noEligible: requests.filter((r) => noEligible.has(r.id)).length,
      experts: experts.length,
      expertPeriods: experts.reduce((sum, e) => sum + capacity(e), 0),
      lent: experts.reduce((sum, e) => sum + (lentBy.get(e.id) ?? 0), 0),
    };
  };
  const domainKeys = [...new Set([...round.requests.map((r) => r.domain), ...round.experts.flatMap((e) => e.domains)])].sort(
    compareStrings,
  );
  const provinceKeys = [...new Set(round.municipalities.map((m) => m.province))].sort(compareStrings);
  const domains = domainKeys.map((domain) =>
    balance(
      domain,
      round.requests.filter((r) => r.domain === domain),
      round.experts.filter((e) => e.domains.includes(domain)),
    ),
  );
  const provinces = provinceKeys.map((province) =>
    balance(
      province,
      round.requests.filter((r) => provinceOf(r.municipality) === province),
      round.experts.filter((e) => provinceOf(e.municipality) === province),
    ),
  );
  const mostUnserved = (list: readonly Balance[]) =>
    list
      .filter((b) => b.unserved > 0)
      .sort((a, b) => b.unserved - a.unserved || b.noEligible - a.noEligible || compareStrings(a.key, b.key))
      .map((b) => b.key);
  return { domains, provinces, recruit: { domains: mostUnserved(domains), provinces: mostUnserved(provinces) } };
}
