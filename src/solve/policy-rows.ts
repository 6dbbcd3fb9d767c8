import type { Quota, Round } from '../domain/types.js';
import type { LinearExpression } from '../mip/model.js';

/** The part of an arc the policy rows read (formulation's Arc satisfies it). */
export interface PolicyArc {
  readonly expert: { readonly id: string; readonly municipality: string };
  readonly request: { readonly id: string; readonly municipality: string; readonly domain: string };
  readonly period: string;
}

/** A row over arcs, `min <= sum <= max`; the formulation names it. */
export interface PolicyRow extends LinearExpression {
  readonly min?: number;
  readonly max?: number;
}

function rowsBy(arcs: readonly PolicyArc[], key: (arc: PolicyArc) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  arcs.forEach((arc, index) => {
    const group = key(arc);
    if (group === undefined) return;
    groups.set(group, [...(groups.get(group) ?? []), index]);
  });
  return groups;
}

const countRow = (indices: readonly number[], bounds: Quota): PolicyRow => ({
  indices,
  coefficients: indices.map(() => 1),
  ...(bounds.min !== undefined && bounds.min > 0 ? { min: bounds.min } : {}),
  ...(bounds.max !== undefined ? { max: bounds.max } : {}),
});

function quotaRows(
  arcs: readonly PolicyArc[],
  quotas: Readonly<Record<string, Quota>> | undefined,
  key: (arc: PolicyArc) => string,
): PolicyRow[] {
  if (!quotas) return [];
  const groups = rowsBy(arcs, key);
  return Object.keys(quotas)
    .sort()
    .flatMap((name) => {
      const quota = quotas[name]!;
      const indices = groups.get(name) ?? [];
      // A max the arcs cannot reach and no min: the row would bind nothing.
      if ((quota.min ?? 0) <= 0 && (quota.max === undefined || quota.max >= indices.length)) return [];
      return [countRow(indices, quota)];
    });
}

/**
 * Rows of the scenario's policy constraints over the arcs: the supplier cap,
 * province and domain quotas (by the host's province and the request's
 * domain), and pins (the pinned expert serves the pinned request, in the
 * pinned period if one is given). Exclusions, minimum levels, history and
 * ongoing trajectories remove arcs instead; see domain/policy.ts.
 * A pin or min with no arc gives an empty row that makes the model
 * infeasible, as it must; diagnose-infeasible names it before any solve.
 */
export function policyRows(round: Round, arcs: readonly PolicyArc[], provinceOf: (nis: string) => string | undefined): PolicyRow[] {
  const rows: PolicyRow[] = [];
  const cap = round.constraints.maxPerSupplier;
  if (cap !== undefined) {
    for (const [, indices] of rowsBy(arcs, (arc) => arc.expert.municipality)) {
      if (indices.length > cap) rows.push(countRow(indices, { max: cap }));
    }
  }
  rows.push(...quotaRows(arcs, round.constraints.provinces, (arc) => provinceOf(arc.request.municipality) ?? ''));
  rows.push(...quotaRows(arcs, round.constraints.domains, (arc) => arc.request.domain));
  for (const pin of round.constraints.pins ?? []) {
    const indices = arcs.flatMap((arc, index) =>
      arc.expert.id === pin.expert && arc.request.id === pin.request && (pin.period === undefined || arc.period === pin.period)
        ? [index]
        : [],
    );
    rows.push(countRow(indices, { min: 1 }));
  }
  return rows;
}
