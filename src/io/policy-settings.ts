import { RuleInputError, type RuleProblemPlace } from '../domain/rule-input-error.js';
import { rankRequests } from '../domain/priority.js';
import type { Constraints, Expert, History, Municipality, PeriodId, Quota, Request, Round } from '../domain/types.js';
import { cellLocation, tablePlace } from './cells.js';
import type { CsvTable } from './csv-table.js';
import type { TableReader } from './input-tables.js';
import { HISTORY_COLUMNS, readHistory } from './history-csv.js';
import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import { assertKnownName } from './known-name.js';

/** The `constraints` key of a scenario file, as the schema allows it. */
export interface ScenarioConstraints {
  readonly maxPerMunicipality?: number;
  readonly maxPerSupplier?: number;
  readonly maxPerExpert?: number | Readonly<Record<string, number>>;
  readonly provinces?: Readonly<Record<string, Quota>>;
  readonly domains?: Readonly<Record<string, Quota>>;
  readonly pins?: readonly { readonly expert: string; readonly request: string; readonly period?: string }[];
  readonly exclude?: readonly { readonly expert: string; readonly municipality?: string; readonly request?: string }[];
  readonly minLevel?: Readonly<Record<string, number>>;
}

/** The `history` key of a scenario file. */
export interface ScenarioHistory {
  readonly file?: string;
  readonly servedBefore?: History['servedBefore'];
  readonly factor?: number;
  readonly ongoing?: readonly { readonly expert: string; readonly period: string }[];
}

/** What the policy settings are checked against. */
export interface PolicyContext {
  /** The scenario file's name, for messages. */
  readonly label: string;
  readonly year?: number;
  readonly periods: readonly PeriodId[];
  readonly municipalities: readonly Municipality[];
  readonly experts: readonly Expert[];
  readonly requests: readonly Request[];
  /** Reads a table named in the scenario, from a CSV file or a workbook (and records its hash). */
  readonly table: TableReader;
}

/** Checks a name against the known ones; suggests the closest on a typo. */
function known(
  context: PolicyContext,
  field: string,
  kind: 'province' | 'domain' | 'expert' | 'request' | 'period',
  name: string,
  names: readonly string[],
): void {
  assertKnownName({ file: context.label, field }, kind, name, names);
}

/**
 * Turns the scenario's constraints into the round's, checking every id,
 * province, domain and period they name. `maxPerExpert` is applied to the
 * experts (it overrides max_trajectories), so it returns them too.
 */
export function readConstraints(
  raw: ScenarioConstraints | undefined,
  context: PolicyContext,
): { constraints: Constraints; experts: Expert[] } {
  const expertIds = context.experts.map((e) => e.id);
  const requestIds = context.requests.map((r) => r.id);
  const provinces = [...new Set(context.municipalities.map((m) => m.province))].sort();
  const domains = [...new Set([...context.requests.map((r) => r.domain), ...context.experts.flatMap((e) => e.domains)])].sort();
  const field = (path: string) => `constraints.${path}`;
  for (const name of Object.keys(raw?.provinces ?? {})) known(context, field(`provinces.${name}`), 'province', name, provinces);
  for (const name of Object.keys(raw?.domains ?? {})) known(context, field(`domains.${name}`), 'domain', name, domains);
  for (const name of Object.keys(raw?.minLevel ?? {})) known(context, field(`minLevel.${name}`), 'domain', name, domains);
  for (const [kind, quotas] of [
    ['provinces', raw?.provinces],
    ['domains', raw?.domains],
  ] as const) {
    for (const [name, quota] of Object.entries(quotas ?? {})) {
      if (quota.min !== undefined && quota.max !== undefined && quota.min > quota.max) {
        throw new InputError(
          { file: context.label, field: field(`${kind}.${name}`) },
          { id: 'quota-min-above-max', min: quota.min, max: quota.max },
        );
      }
    }
  }
  (raw?.pins ?? []).forEach((pin, index) => {
    known(context, field(`pins[${index}].expert`), 'expert', pin.expert, expertIds);
    known(context, field(`pins[${index}].request`), 'request', pin.request, requestIds);
    if (pin.period !== undefined) known(context, field(`pins[${index}].period`), 'period', pin.period, context.periods);
  });
  const exclude = (raw?.exclude ?? []).map((rule, index) => {
    known(context, field(`exclude[${index}].expert`), 'expert', rule.expert, expertIds);
    if ((rule.municipality === undefined) === (rule.request === undefined)) {
      throw new InputError({ file: context.label, field: field(`exclude[${index}]`) }, { id: 'exclude-needs-one' });
    }
    if (rule.request !== undefined) {
      known(context, field(`exclude[${index}].request`), 'request', rule.request, requestIds);
      return { expert: rule.expert, request: rule.request };
    }
    return { expert: rule.expert, municipality: rule.municipality! };
  });
  const override = raw?.maxPerExpert;
  if (typeof override === 'object') {
    for (const id of Object.keys(override)) known(context, field(`maxPerExpert.${id}`), 'expert', id, expertIds);
  }
  const experts = context.experts.map((expert) => {
    const limit = typeof override === 'number' ? override : override?.[expert.id];
    return limit === undefined ? expert : { ...expert, maxTrajectories: Math.min(limit, expert.periods.length) };
  });
  const constraints: Constraints = {
    maxPerMunicipality: raw?.maxPerMunicipality ?? 1,
    ...(raw?.maxPerSupplier !== undefined ? { maxPerSupplier: raw.maxPerSupplier } : {}),
    ...(raw?.provinces ? { provinces: raw.provinces } : {}),
    ...(raw?.domains ? { domains: raw.domains } : {}),
    ...(raw?.pins ? { pins: raw.pins } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(raw?.minLevel ? { minLevel: raw.minLevel } : {}),
  };
  return { constraints, experts };
}

/** Reads the scenario's `history` key and its history.csv; undefined when the scenario has none. */
export function readHistorySettings(raw: ScenarioHistory | undefined, context: PolicyContext): History | undefined {
  if (!raw) return undefined;
  const expertIds = context.experts.map((e) => e.id);
  (raw.ongoing ?? []).forEach((slot, index) => {
    known(context, `history.ongoing[${index}].expert`, 'expert', slot.expert, expertIds);
    known(context, `history.ongoing[${index}].period`, 'period', slot.period, context.periods);
  });
  const servedBefore = raw.servedBefore ?? 'ignore';
  if (servedBefore !== 'ignore' && raw.file === undefined) {
    throw new InputError({ file: context.label, field: 'history.file' }, { id: 'history-file-missing', servedBefore });
  }
  const records = raw.file === undefined ? [] : readHistory(context.table(raw.file, 'history', HISTORY_COLUMNS), context.year);
  return { records, servedBefore, factor: raw.factor ?? 0.5, ongoing: raw.ongoing ?? [] };
}

/**
 * Ranks the round once at load time, so a rule that does not fit the data
 * (an unknown indicator, a missing value, a missing submitted_at) is an
 * InputError naming the scenario field, or the row and column of the empty
 * cell, not a crash later.
 */
export function assertRankable(
  round: Round,
  label: string,
  tables: { readonly municipalities: CsvTable; readonly requests: CsvTable },
): void {
  try {
    rankRequests(round);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw new InputError(rulePlace(error.where, label, tables), error.fact);
  }
}

/** The file and field, or the file, row and column, of a rule problem. */
function rulePlace(where: RuleProblemPlace, label: string, tables: { readonly municipalities: CsvTable; readonly requests: CsvTable }) {
  if ('field' in where) return { file: label, field: where.field };
  const [table, key, value] =
    where.csv === 'requests' ? [tables.requests, 'id', where.request] : [tables.municipalities, 'nis', where.municipality];
  const row = table.rows.find((candidate) => candidate.cells[key] === value)?.row;
  return row !== undefined
    ? cellLocation(table, row, where.column)
    : { ...tablePlace(table), column: table.headers[where.column] ?? where.column };
}
