import type { IneligibilityReason } from '../domain/eligibility.js';

/** A trajectory in words: `X001 -> A007 in P2`. */
interface TrajectoryWords {
  readonly expert: string;
  readonly request: string;
  readonly period?: string;
}

/**
 * The words of the diagnosis of an infeasible round, the shortfalls found
 * before solving, the checker's broken rules and the scenario's policy
 * blocks, in one language. Numbers and amounts come formatted.
 */
export interface DiagnosisWords {
  readonly pin: (pin: TrajectoryWords) => string;
  readonly minSetting: (name: string, min: string) => string;
  readonly diagnosis: {
    readonly quotaUnreachable: (name: string, min: string, reachable: number, eligible: number, maxPerMunicipality: string) => string;
    readonly quotaOverBudget: (name: string, min: string, trajectories: number) => string;
    readonly quotasOverBudget: (kind: 'provinces' | 'domains', total: string, trajectories: number) => string;
    readonly pinImpossible: (pin: string, obstacle: string) => string;
    readonly pinsClash: (pins: readonly string[], clash: string) => string;
    readonly pinsOverBudget: (cost: string, budget: string) => string;
    readonly settingConflicts: (setting: string) => string;
    readonly settingsConflict: (settings: readonly string[]) => string;
  };
  readonly obstacle: {
    readonly ineligible: (failures: readonly string[]) => string;
    readonly noCommonPeriod: (period: string | undefined, common: readonly string[]) => string;
    readonly noPeriodLeft: string;
  };
  /** The eligibility rules a pair can fail, by code. */
  readonly failure: Readonly<Record<IneligibilityReason['code'], string>>;
  readonly clash: {
    readonly requestOnce: (request: string) => string;
    readonly expertPeriod: (expert: string, period: string) => string;
    readonly expertMax: (expert: string, limit: number, count: number) => string;
    readonly municipalityCap: (municipality: string, limit: number, count: number) => string;
    readonly supplierCap: (supplier: string, limit: number, count: number) => string;
  };
  /** A policy block as a clause (no capital, no full stop). */
  readonly block: {
    readonly excludedFromMunicipality: (expert: string, municipality: string) => string;
    readonly excludedFromRequest: (expert: string, request: string) => string;
    readonly level: (expert: string, level: number, domain: string, required: number) => string;
    readonly servedBefore: (municipality: string) => string;
    readonly ongoing: (expert: string, period: string) => string;
    readonly cancelled: (request: string) => string;
    readonly withdrawn: (expert: string, from: string) => string;
    readonly frozen: (period: string) => string;
  };
  readonly violation: {
    readonly unknown: (trajectory: TrajectoryWords, what: 'expert' | 'request') => string;
    readonly municipalityMissing: (trajectory: string) => string;
    readonly roundPeriod: (trajectory: string, period: string) => string;
    readonly domain: (trajectory: string, domain: string) => string;
    readonly ownMunicipality: (trajectory: string) => string;
    readonly expertPeriod: (trajectory: string, period: string) => string;
    readonly requestPeriod: (trajectory: string, period: string) => string;
    readonly distance: (trajectory: string, km: string, maxKm: string) => string;
    readonly slotTwice: (expert: string, period: string) => string;
    readonly expertMax: (expert: string, limit: number) => string;
    readonly requestOnce: (request: string) => string;
    readonly municipalityCap: (municipality: string, limit: number) => string;
    readonly budget: (cost: string, budget: string) => string;
    readonly supplierCap: (supplier: string, count: number, limit: number) => string;
    readonly quota: (name: string, count: number, bound: 'min' | 'max', limit: number) => string;
    readonly pinMissing: (pin: TrajectoryWords) => string;
    readonly excluded: (trajectory: string) => string;
    readonly minLevel: (trajectory: string, level: number, domain: string, required: number) => string;
    readonly servedBefore: (trajectory: string, municipality: string) => string;
    readonly ongoing: (trajectory: string) => string;
    readonly frozen: (trajectory: string) => string;
    readonly frozenPeriod: (trajectory: string, period: string) => string;
    readonly withdrawn: (trajectory: string, from: string) => string;
    readonly cancelled: (trajectory: string) => string;
  };
  readonly shortfall: {
    readonly domain: (domain: string, demand: number, supply: number) => string;
    readonly period: (domain: string, period: string, demand: number, supply: number) => string;
  };
}
