import type { MipEngine } from '../mip/engine.js';
import type { Constraints, Quota, Round } from '../domain/types.js';
import { prepareRound } from '../solve/prepared-round.js';
import type { Diagnosis, Setting } from '../result/policy.js';

/** One setting that can make a round infeasible: a pin or a quota min (the rest only remove options). */
interface Relaxable {
  readonly constraint: string;
  readonly setting: Setting;
  readonly without: (constraints: Constraints) => Constraints;
}

function withoutMin(quotas: Readonly<Record<string, Quota>>, name: string): Record<string, Quota> {
  const { min: _dropped, ...rest } = quotas[name]!;
  return { ...quotas, [name]: rest };
}

function relaxables(round: Round): Relaxable[] {
  const { constraints } = round;
  const list: Relaxable[] = (constraints.pins ?? []).map((pin, index) => ({
    constraint: `constraints.pins[${index}]`,
    setting: { kind: 'pin', pin },
    without: (c) => ({ ...c, pins: (c.pins ?? []).filter((_, i) => i !== index) }),
  }));
  for (const kind of ['provinces', 'domains'] as const) {
    const quotas = constraints[kind] ?? {};
    for (const name of Object.keys(quotas).sort()) {
      if ((quotas[name]!.min ?? 0) === 0) continue;
      list.push({
        constraint: `constraints.${kind}.${name}.min`,
        setting: { kind: 'min', name, min: quotas[name]!.min! },
        without: (c) => ({ ...c, [kind]: withoutMin(c[kind] ?? {}, name) }),
      });
    }
  }
  return list;
}

/**
 * When the MIP proves a round infeasible and the quick checks found nothing,
 * names the pins and quota minimums in conflict: only they can make a round
 * infeasible (every other rule just removes options, and serving nobody is
 * always allowed). Each is dropped in turn; those whose removal alone restores
 * feasibility are reported. If none does, they conflict only together.
 */
export async function diagnoseByRelaxation(round: Round, engine: MipEngine, timeLimitSeconds: number): Promise<Diagnosis[]> {
  const candidates = relaxables(round);
  const started = performance.now();
  const found: Diagnosis[] = [];
  for (const candidate of candidates) {
    const left = timeLimitSeconds - (performance.now() - started) / 1000;
    if (left <= 0) break;
    const relaxed = prepareRound({ ...round, constraints: candidate.without(round.constraints) }, engine);
    if ((await relaxed.isFeasible(engine, left)) === true) {
      found.push({ constraint: candidate.constraint, code: 'setting-conflicts', setting: candidate.setting });
    }
  }
  if (found.length > 0 || candidates.length === 0) return found;
  return [
    {
      constraint: candidates.map((c) => c.constraint).join(', '),
      code: 'settings-conflict',
      settings: candidates.map((c) => c.setting),
    },
  ];
}
