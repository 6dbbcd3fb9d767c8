/**
 * Sentences of the policy facts: why a round is infeasible, the shortfalls
 * found before solving, the rules an allocation breaks (the independent
 * checker's violations) and the scenario's policy blocks.
 */
import type { PolicyBlock } from '../domain/policy.js';
import type { Baseline, Diagnosis, PinClash, PinObstacle, Setting, Shortfall } from '../result/policy.js';
import type { DiagnosisWords } from './diagnosis-words.js';
import type { Lang } from './lang.js';
import { formatEuro, formatKm, formatNumber } from './number-format.js';
import { WORDS } from './words.js';

/** A broken rule as the independent checker reports it. */
type Violation = Baseline['violations'][number];

/** A policy block as a clause: "the scenario excludes expert X001 from request A007". */
export function policyBlockText(block: PolicyBlock, lang: Lang): string {
  const words = WORDS[lang].diagnosis.block;
  switch (block.code) {
    case 'excluded':
      return 'request' in block
        ? words.excludedFromRequest(block.expert, block.request)
        : words.excludedFromMunicipality(block.expert, block.municipality);
    case 'level':
      return words.level(block.expert, block.level, block.domain, block.required);
    case 'served-before':
      return words.servedBefore(block.municipality);
    case 'ongoing':
      return words.ongoing(block.expert, block.period);
    case 'cancelled':
      return words.cancelled(block.request);
    case 'withdrawn':
      return words.withdrawn(block.expert, block.from);
    case 'frozen':
      return words.frozen(block.period);
  }
}

const trajectoryText = (t: { expert: string; request: string; period: string }) => `${t.expert} -> ${t.request} in ${t.period}`;

/** One rule an allocation breaks, in words. */
export function violationText(violation: Violation, lang: Lang): string {
  const words = WORDS[lang].diagnosis.violation;
  switch (violation.rule) {
    case 'unknown-id':
      return violation.unknown === 'municipality'
        ? words.municipalityMissing(trajectoryText(violation.trajectory))
        : words.unknown(violation.trajectory, violation.unknown);
    case 'eligibility': {
      const where = trajectoryText(violation.trajectory);
      const { period } = violation.trajectory;
      const failure = violation.failure;
      switch (failure.code) {
        case 'round-period':
          return words.roundPeriod(where, period);
        case 'domain':
          return words.domain(where, failure.domain);
        case 'own-municipality':
          return words.ownMunicipality(where);
        case 'expert-period':
          return words.expertPeriod(where, period);
        case 'request-period':
          return words.requestPeriod(where, period);
        case 'distance':
          return words.distance(where, formatKm(failure.distanceKm, lang), formatKm(failure.maxDistanceKm, lang));
      }
      break;
    }
    case 'expert-period':
      return words.slotTwice(violation.expert, violation.period);
    case 'expert-max':
      return words.expertMax(violation.expert, violation.limit);
    case 'request-once':
      return words.requestOnce(violation.request);
    case 'municipality-cap':
      return words.municipalityCap(violation.municipality, violation.limit);
    case 'budget':
      return words.budget(formatEuro(violation.cost, lang), formatEuro(violation.budget, lang));
    case 'supplier-cap':
      return words.supplierCap(violation.supplier, violation.count, violation.limit);
    case 'province-quota':
    case 'domain-quota':
      return words.quota(violation.name, violation.count, violation.bound, violation.limit);
    case 'pin':
      return words.pinMissing(violation.pin);
    case 'excluded':
      return words.excluded(trajectoryText(violation.trajectory));
    case 'min-level':
      return words.minLevel(trajectoryText(violation.trajectory), violation.level, violation.domain, violation.required);
    case 'served-before':
      return words.servedBefore(trajectoryText(violation.trajectory), violation.municipality);
    case 'ongoing':
      return words.ongoing(trajectoryText(violation.trajectory));
    case 'frozen':
      return words.frozen(trajectoryText(violation.trajectory));
    case 'frozen-period':
      return words.frozenPeriod(trajectoryText(violation.trajectory), violation.trajectory.period);
    case 'withdrawn':
      return words.withdrawn(trajectoryText(violation.trajectory), violation.from);
    case 'cancelled':
      return words.cancelled(trajectoryText(violation.trajectory));
  }
}

function obstacleText(obstacle: PinObstacle, words: DiagnosisWords, lang: Lang): string {
  switch (obstacle.code) {
    case 'ineligible':
      return words.obstacle.ineligible(obstacle.failures.map((code) => words.failure[code]));
    case 'no-common-period':
      return words.obstacle.noCommonPeriod(obstacle.period, obstacle.common);
    case 'policy':
      return policyBlockText(obstacle.block, lang);
    case 'no-period-left':
      return words.obstacle.noPeriodLeft;
  }
}

function clashText(clash: PinClash, words: DiagnosisWords): string {
  switch (clash.code) {
    case 'request-once':
      return words.clash.requestOnce(clash.request);
    case 'expert-period':
      return words.clash.expertPeriod(clash.expert, clash.period);
    case 'expert-max':
      return words.clash.expertMax(clash.expert, clash.limit, clash.count);
    case 'municipality-cap':
      return words.clash.municipalityCap(clash.municipality, clash.limit, clash.count);
    case 'supplier-cap':
      return words.clash.supplierCap(clash.supplier, clash.limit, clash.count);
  }
}

const settingText = (setting: Setting, words: DiagnosisWords, lang: Lang) =>
  setting.kind === 'pin' ? words.pin(setting.pin) : words.minSetting(setting.name, formatNumber(setting.min, lang));

/** What makes the round infeasible and what would make it feasible, in words. */
export function diagnosisText(diagnosis: Diagnosis, lang: Lang): string {
  const words = WORDS[lang].diagnosis;
  const number = (value: number) => formatNumber(value, lang);
  switch (diagnosis.code) {
    case 'quota-unreachable':
      return words.diagnosis.quotaUnreachable(
        diagnosis.name,
        number(diagnosis.min),
        diagnosis.reachable,
        diagnosis.eligible,
        number(diagnosis.maxPerMunicipality),
      );
    case 'quota-over-budget':
      return words.diagnosis.quotaOverBudget(diagnosis.name, number(diagnosis.min), diagnosis.budgetTrajectories);
    case 'quotas-over-budget':
      return words.diagnosis.quotasOverBudget(diagnosis.kind, number(diagnosis.total), diagnosis.budgetTrajectories);
    case 'pin-impossible':
      return words.diagnosis.pinImpossible(words.pin(diagnosis.pin), obstacleText(diagnosis.obstacle, words, lang));
    case 'pins-clash':
      return words.diagnosis.pinsClash(diagnosis.pins.map(words.pin), clashText(diagnosis.clash, words));
    case 'pins-over-budget':
      return words.diagnosis.pinsOverBudget(formatEuro(diagnosis.cost, lang), formatEuro(diagnosis.budget, lang));
    case 'setting-conflicts':
      return words.diagnosis.settingConflicts(settingText(diagnosis.setting, words, lang));
    case 'settings-conflict':
      return words.diagnosis.settingsConflict(diagnosis.settings.map((setting) => settingText(setting, words, lang)));
  }
}

/** A shortfall found before solving, in words. */
export function shortfallText(shortfall: Shortfall, lang: Lang): string {
  const words = WORDS[lang].diagnosis.shortfall;
  return shortfall.period === undefined
    ? words.domain(shortfall.domain, shortfall.demand, shortfall.supply)
    : words.period(shortfall.domain, shortfall.period, shortfall.demand, shortfall.supply);
}
