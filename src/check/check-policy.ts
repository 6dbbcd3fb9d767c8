import type { Allocation, Pin, Round } from '../domain/types.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { roundLookup } from './round-lookup.js';

/** A trajectory as the checker names it. */
export interface TrajectoryRef {
  readonly expert: string;
  readonly request: string;
  readonly period: string;
}

/** A broken policy constraint of the scenario, with the facts of the break. */
export type PolicyViolation =
  | { readonly rule: 'supplier-cap'; readonly supplier: string; readonly count: number; readonly limit: number }
  | {
      readonly rule: 'province-quota' | 'domain-quota';
      readonly name: string;
      readonly count: number;
      /** `min`: fewer than the minimum; `max`: more than the maximum. */
      readonly bound: 'min' | 'max';
      readonly limit: number;
    }
  | { readonly rule: 'pin'; readonly pin: Pin }
  | { readonly rule: 'excluded' | 'ongoing'; readonly trajectory: TrajectoryRef }
  | {
      readonly rule: 'min-level';
      readonly trajectory: TrajectoryRef;
      readonly domain: string;
      readonly level: number;
      readonly required: number;
    }
  | { readonly rule: 'served-before'; readonly trajectory: TrajectoryRef; readonly municipality: string };

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
      if (count > constraints.maxPerSupplier) violations.push({ rule: 'supplier-cap', supplier, count, limit: constraints.maxPerSupplier });
    }
  }
  const quota = (rule: 'province-quota' | 'domain-quota', quotas: Round['constraints']['provinces'], counts: Map<string, number>) => {
    for (const [name, { min, max }] of Object.entries(quotas ?? {})) {
      const count = counts.get(name) ?? 0;
      if (min !== undefined && count < min) violations.push({ rule, name, count, bound: 'min', limit: min });
      if (max !== undefined && count > max) violations.push({ rule, name, count, bound: 'max', limit: max });
    }
  };
  quota('province-quota', constraints.provinces, tally(known.map((t) => municipalities.get(t.request.municipality)?.province ?? '')));
  quota('domain-quota', constraints.domains, tally(known.map((t) => t.request.domain)));

  for (const pin of constraints.pins ?? []) {
    const kept = known.some(
      (t) => t.expert.id === pin.expert && t.request.id === pin.request && (pin.period === undefined || t.period === pin.period),
    );
    if (!kept) violations.push({ rule: 'pin', pin });
  }
  for (const t of known) {
    const trajectory = { expert: t.expert.id, request: t.request.id, period: t.period };
    for (const rule of constraints.exclude ?? []) {
      const hit = 'municipality' in rule ? rule.municipality === t.request.municipality : rule.request === t.request.id;
      if (rule.expert === t.expert.id && hit) violations.push({ rule: 'excluded', trajectory });
    }
    const needed = constraints.minLevel?.[t.request.domain];
    const level = t.expert.levels[t.request.domain] ?? 1;
    if (needed !== undefined && level < needed)
      violations.push({ rule: 'min-level', trajectory, domain: t.request.domain, level, required: needed });
    if (servedBefore.has(t.request.municipality))
      violations.push({ rule: 'served-before', trajectory, municipality: t.request.municipality });
    if (ongoing.has(expertPeriodKey(t.expert.id, t.period))) violations.push({ rule: 'ongoing', trajectory });
  }
  return violations;
}
