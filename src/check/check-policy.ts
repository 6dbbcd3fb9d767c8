import type { Allocation, Round } from '../domain/types.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { roundLookup } from './round-lookup.js';

/** A broken policy constraint of the scenario. */
export interface PolicyViolation {
  readonly rule: 'supplier-cap' | 'province-quota' | 'domain-quota' | 'pin' | 'excluded' | 'min-level' | 'served-before' | 'ongoing';
  readonly message: string;
}

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Checks the scenario's policy constraints (supplier cap, province and domain
 * quotas, pins, exclusions, minimum levels, history and ongoing
 * trajectories) from the round alone. Written apart from the code that builds
 * the MIP, on purpose: it re-derives every rule from the scenario's words.
 * Trajectories with unknown ids are skipped; checkAllocation reports them.
 */
export function checkPolicy(round: Round, allocation: Allocation): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const { experts, requests, municipalities, servedBefore, ongoing } = roundLookup(round);
  const known = allocation.trajectories.flatMap((t) => {
    const expert = experts.get(t.expert);
    const request = requests.get(t.request);
    return expert && request ? [{ ...t, expert, request }] : [];
  });
  const { constraints } = round;

  if (constraints.maxPerSupplier !== undefined) {
    for (const [supplier, count] of tally(known.map((t) => t.expert.municipality))) {
      if (count > constraints.maxPerSupplier)
        violations.push({
          rule: 'supplier-cap',
          message: `supplier ${supplier} provides ${count} trajectories, more than ${constraints.maxPerSupplier}`,
        });
    }
  }
  const quota = (rule: 'province-quota' | 'domain-quota', quotas: Round['constraints']['provinces'], counts: Map<string, number>) => {
    for (const [name, { min, max }] of Object.entries(quotas ?? {})) {
      const count = counts.get(name) ?? 0;
      if (min !== undefined && count < min)
        violations.push({ rule, message: `${name} receives ${count} trajectories, fewer than its min ${min}` });
      if (max !== undefined && count > max)
        violations.push({ rule, message: `${name} receives ${count} trajectories, more than its max ${max}` });
    }
  };
  quota('province-quota', constraints.provinces, tally(known.map((t) => municipalities.get(t.request.municipality)?.province ?? '')));
  quota('domain-quota', constraints.domains, tally(known.map((t) => t.request.domain)));

  for (const pin of constraints.pins ?? []) {
    const kept = known.some(
      (t) => t.expert.id === pin.expert && t.request.id === pin.request && (pin.period === undefined || t.period === pin.period),
    );
    if (!kept)
      violations.push({
        rule: 'pin',
        message: `pinned trajectory ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''} is missing`,
      });
  }
  for (const t of known) {
    const where = `${t.expert.id} -> ${t.request.id} in ${t.period}`;
    for (const rule of constraints.exclude ?? []) {
      const hit = 'municipality' in rule ? rule.municipality === t.request.municipality : rule.request === t.request.id;
      if (rule.expert === t.expert.id && hit)
        violations.push({ rule: 'excluded', message: `${where}: the scenario excludes this expert here` });
    }
    const needed = constraints.minLevel?.[t.request.domain];
    const level = t.expert.levels[t.request.domain] ?? 1;
    if (needed !== undefined && level < needed)
      violations.push({ rule: 'min-level', message: `${where}: level ${level} in ${t.request.domain}, below the required ${needed}` });
    if (servedBefore.has(t.request.municipality))
      violations.push({
        rule: 'served-before',
        message: `${where}: municipality ${t.request.municipality} was served before and is excluded`,
      });
    if (ongoing.has(expertPeriodKey(t.expert.id, t.period))) {
      violations.push({ rule: 'ongoing', message: `${where}: the expert is committed to an ongoing trajectory then` });
    }
  }
  return violations;
}
