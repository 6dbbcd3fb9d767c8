import { judgePair } from './eligibility.js';
import { indexBy } from './index-by.js';
import type { Expert, Request, Round } from './types.js';

/** The experts offering and the requests asking each domain: only these pairs can be eligible. */
function byDomain(round: Round): Map<string, { experts: Expert[]; requests: Request[] }> {
  const domains = new Map<string, { experts: Expert[]; requests: Request[] }>();
  const entry = (domain: string) => {
    let found = domains.get(domain);
    if (!found) domains.set(domain, (found = { experts: [], requests: [] }));
    return found;
  };
  for (const request of round.requests) entry(request.domain).requests.push(request);
  for (const expert of round.experts) {
    if (expert.maxTrajectories === 0) continue;
    for (const domain of expert.domains) if (domains.has(domain)) entry(domain).experts.push(expert);
  }
  return domains;
}

/** What the size of a round's model is known to be. */
export interface ArcEstimate {
  /** Arcs (expert, request, period): counted, or bounded as `kind` says. */
  readonly arcs: number;
  /** `exact`: the count; `at-least`: counting stopped once past the limit; `at-most`: an upper bound (within the limit, or too costly to refine). */
  readonly kind: 'exact' | 'at-least' | 'at-most';
}

/**
 * How many arcs (an expert, a request it may serve, a period both accept) the
 * round's model will have, measured without building anything: first an upper
 * bound in linear time (per domain, the offering experts' periods times the
 * requests), which settles most rounds; above `limit`, the eligible arcs are
 * counted pair by pair within each domain, stopping as soon as the count
 * passes `limit`, unless there are more than `maxPairChecks` pairs to judge.
 */
export function estimateArcs(round: Round, limit: number, maxPairChecks: number): ArcEstimate {
  const domains = byDomain(round);
  let bound = 0;
  let pairs = 0;
  for (const { experts, requests } of domains.values()) {
    bound += experts.reduce((sum, expert) => sum + expert.periods.length, 0) * requests.length;
    pairs += experts.length * requests.length;
  }
  if (bound <= limit || pairs > maxPairChecks) return { arcs: bound, kind: 'at-most' };
  const municipalities = indexBy(round.municipalities, (municipality) => municipality.nis);
  let arcs = 0;
  for (const { experts, requests } of domains.values()) {
    for (const expert of experts) {
      const supplier = municipalities.get(expert.municipality);
      for (const request of requests) {
        const host = municipalities.get(request.municipality);
        if (!supplier || !host) continue;
        const verdict = judgePair(expert, request, supplier, host, round.periods);
        if (verdict.eligible) arcs += verdict.periods.length;
        if (arcs > limit) return { arcs, kind: 'at-least' };
      }
    }
  }
  return { arcs, kind: 'exact' };
}
