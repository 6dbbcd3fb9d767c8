import { judgePair } from '../domain/eligibility.js';
import { compareStrings } from '../domain/index-by.js';
import type { PolicyBlock } from '../domain/policy.js';
import type { Request } from '../domain/types.js';
import { byPriority, type ExplainContext } from './explain-context.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import type { NearestMiss, ReasonFacts } from '../result/explanation.js';

/**
 * A check that finds one constraint keeping an unserved request out of the
 * allocation, from the allocation alone. New constraint kinds add a check to
 * UNSERVED_CHECKS; the counterfactual solve (explain-counterfactual.ts) then
 * names the requests that would have to make way.
 */
export type UnservedCheck = (context: ExplainContext, request: Request, arcs: readonly number[]) => ReasonFacts | undefined;

const servedWhere = (context: ExplainContext, keep: (request: Request) => boolean): string[] =>
  byPriority(
    context,
    [...context.servedBy.keys()].filter((id) => keep(context.requests.get(id)!)),
  );

const municipalityCap: UnservedCheck = (context, request) => {
  const limit = context.round.constraints.maxPerMunicipality;
  const heldBy = servedWhere(context, (other) => other.municipality === request.municipality);
  return heldBy.length >= limit ? { code: 'cap', constraint: 'maxPerMunicipality', limit, heldBy } : undefined;
};

const supplierCap: UnservedCheck = (context, _request, arcs) => {
  const limit = context.round.constraints.maxPerSupplier;
  if (limit === undefined) return undefined;
  const suppliers = new Set(arcs.map((index) => context.formulation.arcs[index]!.expert.municipality));
  const lent = (nis: string) =>
    [...context.servedBy.values()].filter((t) => context.experts.get(t.expert)?.municipality === nis).map((t) => t.request);
  if (![...suppliers].every((nis) => lent(nis).length >= limit)) return undefined;
  return { code: 'cap', constraint: 'maxPerSupplier', limit, heldBy: byPriority(context, [...suppliers].flatMap(lent)) };
};

const provinceOf = (context: ExplainContext, request: Request) => context.municipalities.get(request.municipality)?.province ?? '';

const provinceQuota: UnservedCheck = (context, request) => {
  const province = provinceOf(context, request);
  const limit = context.round.constraints.provinces?.[province]?.max;
  if (limit === undefined) return undefined;
  const heldBy = servedWhere(context, (other) => provinceOf(context, other) === province);
  return heldBy.length >= limit ? { code: 'quota', constraint: `provinces.${province}`, limit, heldBy } : undefined;
};

const domainQuota: UnservedCheck = (context, request) => {
  const limit = context.round.constraints.domains?.[request.domain]?.max;
  if (limit === undefined) return undefined;
  const heldBy = servedWhere(context, (other) => other.domain === request.domain);
  return heldBy.length >= limit ? { code: 'quota', constraint: `domains.${request.domain}`, limit, heldBy } : undefined;
};

/**
 * Budget: no eligible expert fits the whole budget; or an eligible expert is
 * free (a slot the request accepts, trajectories left) but none of the free
 * ones fits the budget left.
 */
const budget: UnservedCheck = (context, _request, arcs) => {
  const arcList = arcs.map((index) => context.formulation.arcs[index]!);
  const open = arcList.filter(
    (arc) =>
      !context.slotHolder.has(expertPeriodKey(arc.expert.id, arc.period)) &&
      (context.load.get(arc.expert.id)?.length ?? 0) < arc.expert.maxTrajectories,
  );
  const cheapest = (list: typeof arcList) => Math.min(...list.map((arc) => arc.expert.cost));
  const experts = (list: typeof arcList) => [...new Set(list.map((arc) => arc.expert.id))].sort(compareStrings);
  if (arcList.length > 0 && cheapest(arcList) > context.round.budget) {
    const cheapestCost = cheapest(arcList);
    const cheapestExperts = experts(arcList.filter((arc) => arc.expert.cost === cheapestCost));
    return { code: 'budget', scope: 'whole', budgetLeft: context.round.budget, cheapestCost, experts: cheapestExperts };
  }
  if (open.length > 0 && cheapest(open) > context.budgetLeft) {
    return { code: 'budget', scope: 'left', budgetLeft: context.budgetLeft, cheapestCost: cheapest(open), experts: experts(open) };
  }
  return undefined;
};

/** The checks of constraints that can keep a request with eligible experts out, in report order. */
export const UNSERVED_CHECKS: readonly UnservedCheck[] = [municipalityCap, supplierCap, provinceQuota, domainQuota, budget];

/**
 * Why no expert can serve a request: how many experts offer its domain, the
 * ones who would be eligible but work in the requesting municipality itself,
 * and the expert closest to eligible among the others: one who offers the
 * domain first, then the fewest failed rules, the smallest distance overrun, and the id.
 */
export function noEligibleExpert(context: ExplainContext, request: Request): Extract<ReasonFacts, { code: 'no-eligible-expert' }> {
  const host = context.municipalities.get(request.municipality);
  const misses: NearestMiss[] = [];
  for (const expert of host ? context.round.experts : []) {
    const supplier = context.municipalities.get(expert.municipality);
    if (!supplier) continue;
    const verdict = judgePair(expert, request, supplier, host!, context.round.periods);
    if (!verdict.eligible)
      misses.push({ expert: expert.id, supplier: expert.municipality, distanceKm: verdict.distanceKm, failures: verdict.reasons });
  }
  const onlyOwn = (miss: NearestMiss) => miss.failures.length === 1 && miss.failures[0]!.code === 'own-municipality';
  const overrun = (miss: NearestMiss) =>
    miss.failures.reduce((km, f) => (f.code === 'distance' ? km + f.distanceKm - f.maxDistanceKm : km), 0);
  // An expert without the domain is the farthest miss of all: no distance or period change would help.
  const lacksDomain = (miss: NearestMiss) => (miss.failures.some((f) => f.code === 'domain') ? 1 : 0);
  const others = misses
    .filter((miss) => !onlyOwn(miss))
    .sort(
      (a, b) =>
        lacksDomain(a) - lacksDomain(b) ||
        a.failures.length - b.failures.length ||
        overrun(a) - overrun(b) ||
        compareStrings(a.expert, b.expert),
    );
  const nearest = others[0];
  return {
    code: 'no-eligible-expert',
    offering: context.round.experts.filter((expert) => expert.domains.includes(request.domain)).length,
    ownMunicipality: misses.filter(onlyOwn).map((miss) => miss.expert),
    ...(nearest ? { nearestMiss: nearest } : {}),
  };
}

/**
 * Experts eligible by the rules of the round whom the scenario's policy
 * (exclusions, minimum level, history, ongoing trajectories) keeps from
 * the request: the pairs the formulation dropped.
 */
export function policyBlocks(context: ExplainContext, request: Request): { expert: string; rule: PolicyBlock['code'] }[] {
  const host = context.municipalities.get(request.municipality);
  if (!host) return [];
  const blocks: { expert: string; rule: PolicyBlock['code'] }[] = [];
  for (const expert of context.round.experts) {
    const supplier = context.municipalities.get(expert.municipality);
    if (!supplier) continue;
    const verdict = judgePair(expert, request, supplier, host, context.round.periods);
    if (!verdict.eligible) continue;
    const block = verdict.periods.map((period) => context.blocked(expert, request, period)).find((b) => b !== undefined);
    if (block) blocks.push({ expert: expert.id, rule: block.code });
  }
  return blocks;
}
