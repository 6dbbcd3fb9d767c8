/** allocation.xlsx: the allocation as a workbook to sort and filter, from the result alone. */
import type { Balance } from '../result/demand-supply.js';
import type { AllocationResult } from '../result/result.js';
import { placeNamer, reasonText } from '../text/explain-text.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { type SheetBlock, type SheetSpec, sheetColumns, workbookBytes } from './xlsx-writer.js';

/** The names the result carries: municipalities with their provinces, experts. */
function lookups(result: AllocationResult) {
  const municipalities = new Map(result.round.municipalities.map((municipality) => [municipality.nis, municipality]));
  const experts = new Map(result.round.experts.map((expert) => [expert.id, expert.name]));
  return {
    name: (nis: string) => municipalities.get(nis)?.name ?? nis,
    province: (nis: string) => municipalities.get(nis)?.province,
    expert: (id: string) => experts.get(id) ?? id,
  };
}

/** One row per trajectory, by period then expert, with every id beside its name. */
function assignmentsSheet(result: AllocationResult, lang: Lang): SheetSpec {
  const { sheet, column: c } = WORDS[lang].workbook;
  const names = lookups(result);
  return {
    name: sheet.assignments,
    blocks: [
      {
        columns: sheetColumns(
          [c.period, 'text'],
          [c.expertId, 'text'],
          [c.expert, 'text'],
          [c.lending, 'text'],
          [c.lendingNis, 'text'],
          [c.request, 'text'],
          [c.receiving, 'text'],
          [c.receivingNis, 'text'],
          [c.province, 'text'],
          [c.domain, 'text'],
          [c.priority, 'decimal'],
          [c.distanceKm, 'km'],
          [c.costEur, 'euro'],
        ),
        rows: result.assignments.map((a) => [
          a.period,
          a.expert,
          names.expert(a.expert),
          names.name(a.supplier),
          a.supplier,
          a.request,
          names.name(a.municipality),
          a.municipality,
          names.province(a.municipality),
          a.domain,
          a.priority,
          a.distanceKm,
          a.cost,
        ]),
      },
    ],
  };
}

/** One row per unserved request, with its first reason, every reason's code and every reason in words. */
function unservedSheet(result: AllocationResult, lang: Lang): SheetSpec {
  const { sheet, column: c } = WORDS[lang].workbook;
  const label = WORDS[lang].explain.reasonLabel;
  const names = lookups(result);
  const namer = placeNamer(result.round.municipalities);
  return {
    name: sheet.unserved,
    blocks: [
      {
        columns: sheetColumns(
          [c.request, 'text'],
          [c.municipality, 'text'],
          [c.nis, 'text'],
          [c.province, 'text'],
          [c.domain, 'text'],
          [c.priority, 'decimal'],
          [c.reason, 'text'],
          [c.allReasons, 'text'],
          [c.explanation, 'text'],
        ),
        rows: result.unserved.map((u) => [
          u.request,
          names.name(u.municipality),
          u.municipality,
          names.province(u.municipality),
          u.domain,
          u.priority,
          u.reasons[0] === undefined ? undefined : label[u.reasons[0].code],
          u.reasons.map((reason) => label[reason.code]).join(', '),
          u.reasons.map((reason) => reasonText(reason, u, lang, namer)).join(' '),
        ]),
      },
    ],
  };
}

/** Requests and trajectories of each province or domain, with what its trajectories cost. */
function balanceBlock(list: readonly Balance[], first: string, cost: (key: string) => number, lang: Lang): SheetBlock {
  const c = WORDS[lang].workbook.column;
  return {
    columns: sheetColumns(
      [first, 'text'],
      [c.requested, 'integer'],
      [c.served, 'integer'],
      [c.unserved, 'integer'],
      [c.noEligible, 'integer'],
      [c.costEur, 'euro'],
    ),
    rows: list.map((b) => [b.key, b.requested, b.served, b.unserved, b.noEligible, cost(b.key)]),
  };
}

/** The headline figures, then the requests served and their cost by province and by domain. */
function summarySheet(result: AllocationResult, lang: Lang): SheetSpec {
  const { sheet, column: c, figure } = WORDS[lang].workbook;
  const names = lookups(result);
  const costBy = (key: (assignment: AllocationResult['assignments'][number]) => string | undefined) => (group: string) =>
    result.assignments.filter((assignment) => key(assignment) === group).reduce((sum, assignment) => sum + assignment.cost, 0);
  const scenario = result.scenario.year === undefined ? result.scenario.name : `${result.scenario.name} (${result.scenario.year})`;
  return {
    name: sheet.summary,
    blocks: [
      {
        columns: sheetColumns([c.figure, 'text'], [c.value, 'integer']),
        rows: [
          [figure.scenario, scenario],
          [figure.status, WORDS[lang].report.status[result.status]],
          [figure.budget, { value: result.budget.limit, format: 'euro' }],
          [figure.budgetUsed, { value: result.budget.used, format: 'euro' }],
          [figure.budgetLeft, { value: result.budget.left, format: 'euro' }],
          [figure.requests, result.round.requests],
          [figure.served, result.objective.served],
          [figure.unserved, result.unserved.length],
          [figure.priority, { value: result.objective.priority, format: 'decimal' }],
          [figure.distance, { value: result.objective.distanceKm, format: 'km' }],
        ],
      },
      balanceBlock(
        result.demandSupply.provinces,
        c.province,
        costBy((a) => names.province(a.municipality)),
        lang,
      ),
      balanceBlock(
        result.demandSupply.domains,
        c.domain,
        costBy((a) => a.domain),
        lang,
      ),
    ],
  };
}

/**
 * allocation.xlsx in one language: the trajectories (with names, not only
 * ids), the unserved requests with every reason, and a summary (budget,
 * what was served, by province and by domain).
 */
export function allocationWorkbook(result: AllocationResult, lang: Lang): Buffer {
  return workbookBytes([assignmentsSheet(result, lang), unservedSheet(result, lang), summarySheet(result, lang)]);
}
