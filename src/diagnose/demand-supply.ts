/**
 * Demand and supply of a round, written once: the groups (domains and
 * provinces) with their requests and experts, each expert's capacity from
 * domain/capacity.ts, and what validate, the shortfalls found before solving
 * and the result's `demandSupply` make of them.
 */
import { capacityOf, freePeriodsOf } from '../domain/capacity.js';
import { compareStrings, indexBy } from '../domain/index-by.js';
import { expertLevel } from '../domain/policy.js';
import { openRequests } from '../domain/replan.js';
import type { Expert, Request, Round } from '../domain/types.js';
import type { Balance, DemandSupply } from '../result/demand-supply.js';
import type { Shortfall } from '../result/policy.js';

/** One group of the round: a domain or a province, its requests and the experts that supply it. */
export interface SupplyGroup {
  readonly key: string;
  readonly requests: readonly Request[];
  readonly experts: readonly Expert[];
  /** Trajectories the group's experts can still do: the sum of their capacities. */
  readonly expertPeriods: number;
}

function group(key: string, requests: readonly Request[], experts: readonly Expert[], capacity: (expert: Expert) => number): SupplyGroup {
  return { key, requests, experts, expertPeriods: experts.reduce((sum, expert) => sum + capacity(expert), 0) };
}

/** Every domain asked for or offered, sorted, with the requests in it (cancelled ones left out) and the experts offering it. */
export function domainGroups(round: Round): SupplyGroup[] {
  const capacity = capacityOf(round);
  const requests = openRequests(round);
  const keys = [...new Set([...requests.map((r) => r.domain), ...round.experts.flatMap((e) => e.domains)])].sort(compareStrings);
  return keys.map((domain) =>
    group(
      domain,
      requests.filter((r) => r.domain === domain),
      round.experts.filter((e) => e.domains.includes(domain)),
      capacity,
    ),
  );
}

/** Every province of the round, sorted, with the requests (cancelled ones left out) and the experts based in it. */
function provinceGroups(round: Round): SupplyGroup[] {
  const capacity = capacityOf(round);
  const provinceOf = new Map(round.municipalities.map((m) => [m.nis, m.province]));
  const requests = openRequests(round);
  const keys = [...new Set(round.municipalities.map((m) => m.province))].sort(compareStrings);
  return keys.map((province) =>
    group(
      province,
      requests.filter((r) => provinceOf.get(r.municipality) === province),
      round.experts.filter((e) => provinceOf.get(e.municipality) === province),
      capacity,
    ),
  );
}

/** Trajectories all the round's experts can still do. */
export function roundCapacity(round: Round): number {
  const capacity = capacityOf(round);
  return round.experts.reduce((sum, expert) => sum + capacity(expert), 0);
}

/** What an allocation did with the round's demand: the served requests, the experts' trajectories, the unservable requests. */
export interface AllocationOutcome {
  readonly assignments: readonly { readonly request: string; readonly expert: string }[];
  readonly unserved: readonly { readonly request: string; readonly reasons: readonly { readonly code: string }[] }[];
}

/** Demand vs. supply per domain and per province of an allocation of `round`, and where recruiting would help most. */
export function demandSupply(round: Round, outcome: AllocationOutcome): DemandSupply {
  const servedIds = new Set(outcome.assignments.map((a) => a.request));
  const noEligible = new Set(outcome.unserved.filter((u) => u.reasons.some((r) => r.code === 'no-eligible-expert')).map((u) => u.request));
  const lentBy = new Map<string, number>();
  for (const a of outcome.assignments) lentBy.set(a.expert, (lentBy.get(a.expert) ?? 0) + 1);
  const balance = ({ key, requests, experts, expertPeriods }: SupplyGroup): Balance => {
    const served = requests.filter((r) => servedIds.has(r.id)).length;
    return {
      key,
      requested: requests.length,
      served,
      unserved: requests.length - served,
      noEligible: requests.filter((r) => noEligible.has(r.id)).length,
      experts: experts.length,
      expertPeriods,
      lent: experts.reduce((sum, e) => sum + (lentBy.get(e.id) ?? 0), 0),
    };
  };
  const domains = domainGroups(round).map(balance);
  const provinces = provinceGroups(round).map(balance);
  const mostUnserved = (list: readonly Balance[]) =>
    list
      .filter((b) => b.unserved > 0)
      .sort((a, b) => b.unserved - a.unserved || b.noEligible - a.noEligible || compareStrings(a.key, b.key))
      .map((b) => b.key);
  return { domains, provinces, recruit: { domains: mostUnserved(domains), provinces: mostUnserved(provinces) } };
}

/**
 * A quick supply/demand check per domain and per period, before any solve.
 * Per domain: requests against the expert-periods offered (each expert's
 * capacity). Per period: requests that accept only that period against the
 * experts free then. Ignores distance and budget, so it only flags shortfalls
 * that are certain.
 */
export function supplyShortfalls(round: Round): Shortfall[] {
  const free = freePeriodsOf(round);
  const found: Shortfall[] = [];
  for (const { key: domain, requests, experts, expertPeriods: supply } of domainGroups(round)) {
    if (requests.length === 0) continue;
    if (requests.length > supply) found.push(shortfall(domain, undefined, requests.length, supply));
    for (const period of round.periods) {
      const only = requests.filter((r) => r.periods.length === 1 && r.periods[0] === period).length;
      const available = experts.filter((e) => free(e).includes(period)).length;
      if (only > available) found.push(shortfall(domain, period, only, available));
    }
  }
  return found;
}

function shortfall(domain: string, period: string | undefined, demand: number, supply: number): Shortfall {
  return { domain, ...(period === undefined ? {} : { period }), demand, supply };
}

/** Who offers a domain, by expertise level: the question "which cities have this expertise?". */
export interface DomainSupply {
  readonly domain: string;
  /** Experts per level 1-3 (1 practice, 2 proven practice, 3 recognised good practice). */
  readonly experts: { readonly 1: number; readonly 2: number; readonly 3: number };
  /** Supplying municipalities with the experts they lend and their levels, by name. */
  readonly suppliers: readonly {
    readonly nis: string;
    readonly name: string;
    readonly experts: readonly { readonly id: string; readonly level: number }[];
  }[];
}

/** Supply per domain and level, and the supplying municipalities, sorted by domain and name. */
export function domainSupply(round: Round): DomainSupply[] {
  const places = indexBy(round.municipalities, (m) => m.nis);
  return domainGroups(round)
    .filter(({ experts }) => experts.length > 0)
    .map(({ key: domain, experts: offering }) => {
      const count = (level: number) => offering.filter((e) => expertLevel(e, domain) === level).length;
      const suppliers = [...new Set(offering.map((e) => e.municipality))]
        .map((nis) => ({
          nis,
          name: places.get(nis)?.name ?? nis,
          experts: offering.filter((e) => e.municipality === nis).map((e) => ({ id: e.id, level: expertLevel(e, domain) })),
        }))
        .sort((a, b) => compareStrings(a.name, b.name));
      return { domain, experts: { 1: count(1), 2: count(2), 3: count(3) }, suppliers };
    });
}
