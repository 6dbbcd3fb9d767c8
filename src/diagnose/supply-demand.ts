import { compareStrings, indexBy } from '../domain/index-by.js';
import { expertLevel } from '../domain/policy.js';
import type { Round } from '../domain/types.js';
import type { Shortfall } from '../result/policy.js';

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
  const domains = [...new Set(round.experts.flatMap((e) => e.domains))].sort(compareStrings);
  return domains.map((domain) => {
    const offering = round.experts.filter((e) => e.domains.includes(domain));
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

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A quick supply/demand check per domain and per period, before any solve.
 * Per domain: requests against the expert-periods offered (each expert's
 * min(max_trajectories, periods), ongoing trajectories taken off). Per period:
 * requests that accept only that period against the experts free then.
 * Ignores distance and budget, so it only flags shortfalls that are certain.
 */
export function supplyShortfalls(round: Round): Shortfall[] {
  const ongoing = new Set((round.history?.ongoing ?? []).map((slot) => `${slot.expert} ${slot.period}`));
  const freePeriods = (expertId: string, periods: readonly string[]) => periods.filter((p) => !ongoing.has(`${expertId} ${p}`));
  const domains = [...new Set(round.requests.map((r) => r.domain))].sort(compareStrings);
  const found: Shortfall[] = [];
  for (const domain of domains) {
    const requests = round.requests.filter((r) => r.domain === domain);
    const experts = round.experts.filter((e) => e.domains.includes(domain));
    const supply = experts.reduce((sum, e) => sum + Math.min(e.maxTrajectories, freePeriods(e.id, e.periods).length), 0);
    if (requests.length > supply) {
      found.push({
        domain,
        demand: requests.length,
        supply,
        message: `${domain}: ${plural(requests.length, 'request')} but ${plural(supply, 'expert-period')} on offer, so at least ${requests.length - supply} cannot be served.`,
      });
    }
    for (const period of round.periods) {
      const only = requests.filter((r) => r.periods.length === 1 && r.periods[0] === period).length;
      const free = experts.filter((e) => freePeriods(e.id, e.periods).includes(period)).length;
      if (only > free) {
        found.push({
          domain,
          period,
          demand: only,
          supply: free,
          message: `${domain} in ${period}: ${plural(only, 'request')} ${only === 1 ? 'accepts' : 'accept'} only ${period} but ${free === 1 ? '1 expert is' : `${free} experts are`} free then.`,
        });
      }
    }
  }
  return found;
}

/** The supply table, shortfalls and settings that make the round infeasible, as text lines for `validate`. */
export function formatSupply(round: Round, conflicts: readonly { readonly constraint: string; readonly message: string }[] = []): string {
  const lines = ['', '  supply per domain (experts at level 1 / 2 / 3) and supplying municipalities:'];
  for (const supply of domainSupply(round)) {
    const who = supply.suppliers.map((s) => `${s.name} (${s.experts.map((e) => `${e.id}:${e.level}`).join(', ')})`).join('; ');
    lines.push(`  ${supply.domain.padEnd(18)} ${supply.experts[1]} / ${supply.experts[2]} / ${supply.experts[3]}   ${who}`);
  }
  const shortfalls = supplyShortfalls(round);
  if (shortfalls.length > 0) {
    lines.push('', '  shortfalls found before solving:');
    for (const shortfall of shortfalls) lines.push(`  - ${shortfall.message}`);
  }
  if (conflicts.length > 0) {
    lines.push('', '  infeasible: no allocation can meet these settings:');
    for (const conflict of conflicts) lines.push(`  - ${conflict.constraint}: ${conflict.message}`);
  }
  return `${lines.join('\n')}\n`;
}
