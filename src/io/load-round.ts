import { basename, dirname, resolve } from 'node:path';
import { indexBy } from '../domain/index-by.js';
import type { Round } from '../domain/types.js';
import { tablePlace } from './cells.js';
import type { CsvColumns, CsvTable } from './csv-table.js';
import { EXPERT_COLUMNS, readExperts } from './experts-csv.js';
import { assertIndicatorsExist, indicatorColumnNames, namedIndicators } from './indicator-columns.js';
import type { InputNotice } from './input-error.js';
import { MUNICIPALITY_COLUMNS, readMunicipalities } from './municipalities-csv.js';
import { effectiveLimits } from './limits.js';
import { tableReader } from './input-tables.js';
import { REQUEST_COLUMNS, readRequests } from './requests-csv.js';
import { assertRankable, readConstraints, readHistorySettings } from './policy-settings.js';
import { assertRoundChecks, assertScenarioNumbers } from './round-checks.js';
import { assertCalendarDate, readPeriods } from './period-dates.js';
import { readScenarioFile, type ScenarioEdit, type ScenarioFile } from './scenario-file.js';
import { sha256 } from './sha256.js';

const DEFAULT_PERIODS = ['P1', 'P2', 'P3'] as const;
const DEFAULT_OBJECTIVE = ['priority', 'served', 'distance'] as const;

/** A round ready to solve, with what the run record needs. */
export interface LoadedRound {
  readonly round: Round;
  readonly scenario: ScenarioFile;
  readonly scenarioPath: string;
  /** SHA-256 of every input file, keyed by file name. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Things worth knowing that do not stop the round; src/text words them. */
  readonly warnings: readonly InputNotice[];
  /** Absolute paths of the scenario file and every file it `extends`. */
  readonly scenarioFiles: readonly string[];
  /** Absolute paths of every file the round was read from (scenarios, CSVs, workbooks, history): what outputs must never replace. */
  readonly inputPaths: readonly string[];
}

/** How a round is loaded. */
export interface LoadOptions {
  /** Read data files outside the scenario's folder tree too (`--allow-outside`). */
  readonly allowOutside?: boolean;
  /**
   * The round is one point of a what-if series (a sweep over a key), where a
   * budget too small for any trajectory is a finding, not a typo: it is not
   * refused. A sweep's edit says so itself (see ScenarioEdit).
   */
  readonly whatIf?: boolean;
}

/**
 * Loads a scenario (following its `extends` chain, then applying `edit`) and
 * its CSV files or workbooks into a validated round; throws InputError on bad
 * input. Data paths must stay in the scenario's folder tree unless
 * `options.allowOutside`, and every file is held to the scenario's `limits`.
 */
export function loadRound(scenarioPath: string, edit?: ScenarioEdit, options: LoadOptions = {}): LoadedRound {
  const {
    scenario,
    bytes: scenarioBytes,
    sources,
    whatIf,
  } = readScenarioFile(scenarioPath, edit, { allowOutside: options.allowOutside ?? false });
  const label = basename(scenarioPath);
  assertScenarioNumbers(scenario, label);
  const limits = effectiveLimits(scenario.limits);
  const folder = dirname(resolve(scenarioPath));
  const inputs: Record<string, string> = { [label]: sha256(scenarioBytes) };
  for (const base of sources.slice(1)) inputs[base.label] = sha256(base.bytes);
  const warnings: InputNotice[] = [];
  const { ids: periods, dates: periodDates } = readPeriods(scenario.periods ?? DEFAULT_PERIODS, label);
  if (scenario.letters?.date !== undefined) assertCalendarDate(scenario.letters.date, label, 'letters.date');
  const inputPaths = sources.map((source) => source.path);
  const named = namedIndicators(scenario.priority);
  const indicators = indicatorColumnNames(named);

  const table = tableReader(folder, limits, { inputs, paths: inputPaths, warnings });
  const unreadColumns: string[] = [];
  const withIndicators = (path: string, kind: 'municipalities' | 'requests', columns: CsvColumns): CsvTable => {
    const parsed = table(path, kind, { ...columns, indicators });
    unreadColumns.push(...parsed.allColumns.filter((name) => ![...columns.required, ...(columns.optional ?? [])].includes(name)));
    return parsed;
  };

  const municipalityTable = withIndicators(scenario.data.municipalities, 'municipalities', MUNICIPALITY_COLUMNS);
  const municipalities = readMunicipalities(municipalityTable, indicators);
  const byNis = indexBy(municipalities, (m) => m.nis);
  const municipalitiesTable = tablePlace(municipalityTable);
  const experts = readExperts(table(scenario.data.experts, 'experts', EXPERT_COLUMNS), {
    periods,
    municipalities: byNis,
    municipalitiesTable,
    defaults: scenario.defaults ?? {},
  });
  const requestTable = withIndicators(scenario.data.requests, 'requests', REQUEST_COLUMNS);
  assertIndicatorsExist(named, [requestTable, municipalityTable], label, unreadColumns);
  const offeredDomains = new Set(experts.flatMap((expert) => expert.domains));
  const requests = readRequests(requestTable, {
    periods,
    municipalities: byNis,
    municipalitiesTable,
    indicators,
    offeredDomains,
    warnings,
  });

  const policy = { label, year: scenario.year, periods, municipalities, experts, requests, table };
  const { constraints, experts: limitedExperts } = readConstraints(scenario.constraints, policy);
  const history = readHistorySettings(scenario.history, policy);
  const round: Round = {
    name: scenario.name,
    year: scenario.year,
    budget: scenario.budget,
    periods,
    ...(periodDates ? { periodDates } : {}),
    municipalities,
    experts: limitedExperts,
    requests,
    priority: scenario.priority ?? { rule: 'score' },
    constraints,
    objective: [...(scenario.objective ?? DEFAULT_OBJECTIVE)],
    ...(history ? { history } : {}),
  };
  assertRankable(round, label, { municipalities: municipalityTable, requests: requestTable });
  const variant = sources.length > 1;
  assertRoundChecks(round, { label, limits, whatIf: whatIf || options.whatIf === true, variant, warnings });
  return { round, scenario, scenarioPath, inputs, warnings, scenarioFiles: sources.map((source) => source.path), inputPaths };
}
