import { expertPeriodKey } from '../domain/expert-period.js';
import type { Expert, Municipality, Request, Round } from '../domain/types.js';

/** A round's experts, requests and municipalities by id, and the policy facts the checker looks up per trajectory. */
export interface RoundLookup {
  readonly experts: ReadonlyMap<string, Expert>;
  readonly requests: ReadonlyMap<string, Request>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  /** Municipalities the history excludes (`servedBefore: exclude`). */
  readonly servedBefore: ReadonlySet<string>;
  /** The expert-period (expertPeriodKey) of every ongoing trajectory. */
  readonly ongoing: ReadonlySet<string>;
}

const lookups = new WeakMap<Round, RoundLookup>();

/**
 * The lookups of `round`, built once per round object: a checker called many
 * times on one round (the counterfactual starts call it dozens of times per
 * request) then reads them instead of rebuilding them. Rounds are never
 * changed in place (their fields are readonly), so the cache cannot go stale.
 */
export function roundLookup(round: Round): RoundLookup {
  let lookup = lookups.get(round);
  if (!lookup) {
    lookup = {
      experts: new Map(round.experts.map((e) => [e.id, e])),
      requests: new Map(round.requests.map((r) => [r.id, r])),
      municipalities: new Map(round.municipalities.map((m) => [m.nis, m])),
      servedBefore: new Set(round.history?.servedBefore === 'exclude' ? round.history.records.map((r) => r.municipality) : []),
      ongoing: new Set((round.history?.ongoing ?? []).map((slot) => expertPeriodKey(slot.expert, slot.period))),
    };
    lookups.set(round, lookup);
  }
  return lookup;
}
