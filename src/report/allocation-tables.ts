/** The tables of the allocation report (report.md, report.html), from the result alone. */
import { indexBy } from '../domain/index-by.js';
import type { Balance } from '../result/demand-supply.js';
import type { AllocationResult } from '../result/result.js';
import { alternativeText, placeNamer, reasonText, stabilityText } from '../text/explain-text.js';
import type { Lang } from '../text/lang.js';
import { formatEuro, formatKm, formatNumber } from '../text/number-format.js';
import type { ReportWords } from '../text/report-words.js';
import { WORDS } from '../text/words.js';
import { type Cell, type Column, type Table, textCell as text } from './document.js';

/** The cells of one language: numbers, distances and amounts with a number to sort by. */
export function cells(lang: Lang) {
  return {
    number: (value: number, decimals = 2): Cell => ({ text: formatNumber(value, lang, decimals), sort: value }),
    km: (value: number): Cell => ({ text: formatKm(value, lang), sort: value }),
    euro: (value: number): Cell => ({ text: formatEuro(value, lang), sort: value }),
  };
}

/** Columns by header; a header in `[ ]` is a numeric column. */
const columns = (...labels: readonly (string | readonly [string])[]): Column[] =>
  labels.map((label) => (typeof label === 'string' ? { label } : { label: label[0], numeric: true }));

/** The optimality of a result in words: proven, the largest gap of a tier, or the status. */
function optimalityText(result: AllocationResult, m: ReportWords, lang: Lang): string {
  if (result.status === 'optimal') return m.provenOptimal;
  const gaps = result.tiers.map((tier) => tier.gap).filter((gap): gap is number => gap !== undefined);
  if (result.status === 'time_limit' && gaps.length > 0) return m.gap(formatNumber(Math.max(...gaps) * 100, lang, 2));
  // A hand-matching carries the optimiser's bound on its first tier only.
  const firstGap = result.tiers[0]?.gap;
  if ((result.status === 'feasible' || result.status === 'breaks_rules') && firstGap !== undefined)
    return m.belowBound(formatNumber(firstGap * 100, lang, 2));
  return m.status[result.status];
}

/** The headline figures. */
export function summaryTable(result: AllocationResult, lang: Lang): Table {
  const m = WORDS[lang].report;
  const { number, km, euro } = cells(lang);
  return {
    kind: 'table',
    id: 'summary',
    columns: [{ label: m.column.figure }, { label: m.column.value, numeric: true }],
    rows: [
      [text(m.figure.requests), number(result.round.requests)],
      [text(m.figure.served), number(result.objective.served)],
      [text(m.figure.unserved), number(result.unserved.length)],
      [text(m.figure.priority), number(result.objective.priority)],
      [text(m.figure.distance), km(result.objective.distanceKm)],
      [text(m.figure.budget), euro(result.budget.limit)],
      [text(m.figure.budgetUsed), euro(result.budget.used)],
      [text(m.figure.budgetLeft), euro(result.budget.left)],
      [text(m.figure.optimality), text(optimalityText(result, m, lang))],
    ],
  };
}

/** Names of the result's places and experts: "Gent (44021)", "Lien (X001)". */
function namesOf(result: AllocationResult) {
  const experts = indexBy(result.round.experts, (e) => e.id);
  const namer = placeNamer(result.round.municipalities);
  return { namer, place: (nis: string) => text(namer.place(nis)), expert: (id: string) => `${experts.get(id)?.name ?? id} (${id})` };
}

/** The trajectories of one period, or undefined when it has none. */
export function periodTable(result: AllocationResult, period: string, lang: Lang): Table | undefined {
  const rows = result.assignments.filter((a) => a.period === period);
  if (rows.length === 0) return undefined;
  const c = WORDS[lang].report.column;
  const { number, km, euro } = cells(lang);
  const names = namesOf(result);
  return {
    kind: 'table',
    sortable: true,
    columns: columns(c.expert, c.from, c.request, c.to, c.domain, [c.priority], [c.distance], [c.cost]),
    rows: rows.map((a) => [
      text(names.expert(a.expert)),
      names.place(a.supplier),
      text(a.request),
      names.place(a.municipality),
      text(a.domain),
      number(a.priority),
      km(a.distanceKm),
      euro(a.cost),
    ]),
  };
}

/** The unserved requests with every reason in words, or undefined when there are none. */
export function unservedTable(result: AllocationResult, lang: Lang): Table | undefined {
  if (result.unserved.length === 0) return undefined;
  const c = WORDS[lang].report.column;
  const names = namesOf(result);
  return {
    kind: 'table',
    id: 'unserved',
    sortable: true,
    columns: columns(c.request, c.municipality, c.domain, [c.priority], c.reasons),
    rows: result.unserved.map((u) => [
      text(u.request),
      names.place(u.municipality),
      text(u.domain),
      cells(lang).number(u.priority),
      text(u.reasons.map((reason) => reasonText(reason, u, lang, names.namer)).join(' ')),
    ]),
  };
}

/** Why each served request has its expert. */
export function choicesTable(result: AllocationResult, lang: Lang): Table {
  const m = WORDS[lang].report;
  const c = m.column;
  const names = namesOf(result);
  const hostOf = new Map(result.assignments.map((a) => [a.request, a.municipality]));
  return {
    kind: 'table',
    id: 'choices',
    sortable: true,
    columns: columns(c.request, c.to, c.expert, c.period, c.alternatives),
    rows: result.choices.map((choice) => [
      text(choice.request),
      names.place(hostOf.get(choice.request) ?? ''),
      text(choice.expert),
      text(choice.period),
      text(
        choice.alternatives.length === 0 ? m.text.noAlternatives : choice.alternatives.map((alt) => alternativeText(alt, lang)).join(' '),
      ),
    ]),
  };
}

/** The stability check's entries, or undefined when no unserved request outranks a served one. */
export function stabilityTable(result: AllocationResult, lang: Lang): Table | undefined {
  if (result.stability.length === 0) return undefined;
  const c = WORDS[lang].report.column;
  return {
    kind: 'table',
    id: 'stability',
    sortable: true,
    columns: columns(c.unservedRequest, c.servedRequest, c.domain, c.period, c.justification),
    rows: result.stability.map((s) => [text(s.unserved), text(s.served), text(s.domain), text(s.period), text(stabilityText(s, lang))]),
  };
}

/** Demand and supply per domain or per province. */
export function balanceTable(list: readonly Balance[], first: string, lang: Lang): Table {
  const c = WORDS[lang].report.column;
  const { number } = cells(lang);
  const counts = [c.requested, c.served, c.unserved, c.noEligible, c.experts, c.expertPeriods, c.lent].map((label) => [label] as const);
  return {
    kind: 'table',
    sortable: true,
    columns: columns(first, ...counts),
    rows: list.map((b) => [
      text(b.key),
      ...[b.requested, b.served, b.unserved, b.noEligible, b.experts, b.expertPeriods, b.lent].map((n) => number(n)),
    ]),
  };
}

/** The run record: version, engine, inputs, seed, each tier as solved, model size, time. */
export function runTable(result: AllocationResult, lang: Lang): Table {
  const m = WORDS[lang].report;
  const tierNames = WORDS[lang].explain.tier;
  const seed = result.run.seed;
  const number = (value: number | undefined) => (value === undefined ? '-' : formatNumber(value, lang, 4));
  const scenario = result.scenario.year === undefined ? result.scenario.name : `${result.scenario.name} (${result.scenario.year})`;
  const rows: Cell[][] = [
    [text(m.run.tool), { text: result.run.version, role: 'version' }],
    [text(m.run.engine), text(result.run.engine)],
    [text(m.run.scenario), text(scenario)],
    ...Object.entries(result.run.inputs).map(([file, hash]) => [text(m.run.input(file)), text(hash)]),
    ...(result.run.replan
      ? [
          [text(m.run.previousResult), text(result.run.replan.from)],
          [text(m.run.changesFile), text(result.run.replan.changes)],
        ]
      : []),
    [text(m.run.seed), text(seed === undefined ? m.run.noSeed : String(seed))],
    ...result.tiers.map((tier) => [
      text(m.run.tier(tierNames[tier.tier] ?? tier.tier)),
      text(
        m.run.tierValue(
          number(tier.value),
          tier.status === 'optimal' ? m.provenOptimal : tier.status === 'feasible' ? m.notOptimised : m.status.time_limit,
          number(tier.bound),
          tier.gap === undefined ? '-' : `${formatNumber(tier.gap * 100, lang, 2)} %`,
        ),
      ),
    ]),
    [text(m.run.modelLabel), text(m.run.model(result.model.variables, result.model.constraints))],
    [text(m.run.timeLimit), text(`${formatNumber(result.run.timeLimitSeconds, lang)} s`)],
    [
      text(m.run.wallTime),
      {
        text: m.run.wallTimeValue(
          formatNumber(result.run.seconds, lang, 2),
          formatNumber(result.run.explanation.seconds, lang, 2),
          result.run.explanation.counterfactualSolves,
        ),
        role: 'timing',
      },
    ],
  ];
  return { kind: 'table', id: 'run', columns: [{ label: m.column.item }, { label: m.column.value }], rows };
}
