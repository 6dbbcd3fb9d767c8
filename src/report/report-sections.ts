import type { Balance } from '../result/demand-supply.js';
import { alternativeText, joinList, placeNamer, reasonText, stabilityText } from '../text/explain-text.js';
import { formatEuro, formatKm, formatNumber } from '../text/number-format.js';
import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import { indexBy } from '../domain/index-by.js';
import type { Round } from '../domain/types.js';
import type { Lang } from '../text/lang.js';
import type { ReportWords } from '../text/report-words.js';
import { WORDS } from '../text/words.js';
import { policySections, type PolicySections } from './policy-sections.js';

/** One table cell: its text, and a number to sort by where the column is numeric. */
export interface Cell {
  readonly text: string;
  readonly sort?: number;
  /** A marker renderers attach to the cell (e.g. `timing`, so tests can normalise wall time). */
  readonly role?: 'timing' | 'version';
}

/** A table as data, rendered as Markdown or sortable HTML. */
export interface TableData {
  readonly columns: readonly { readonly label: string; readonly numeric?: boolean }[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The content every report format shares, in one language. */
export interface ReportSections {
  readonly lang: Lang;
  readonly messages: ReportWords;
  readonly title: string;
  readonly status: string;
  readonly summary: TableData;
  readonly periods: readonly { readonly period: string; readonly table?: TableData }[];
  readonly unserved?: TableData;
  /** What the unserved section says when it has no table. */
  readonly unservedNone: string;
  readonly choices: TableData;
  readonly stability?: TableData;
  readonly domains: TableData;
  readonly provinces: TableData;
  readonly recruit: string;
  readonly run: TableData;
  /** Diagnosis, priority rule, baseline, shortfalls and sensitivity, where the result has them. */
  readonly policy: PolicySections;
}

const text = (value: string): Cell => ({ text: value });

/** The optimality of a result in words: proven, the largest gap of a tier, or the status. */
function optimalityText(result: AllocationResult, messages: ReportWords, lang: Lang): string {
  if (result.status === 'optimal') return messages.provenOptimal;
  const gaps = result.tiers.map((tier) => tier.gap).filter((gap): gap is number => gap !== undefined);
  if (result.status === 'time_limit' && gaps.length > 0) return messages.gap(formatNumber(Math.max(...gaps) * 100, lang, 2));
  return messages.status[result.status];
}

/** The lottery seed of the round's rule, if it draws one. */
function seedOf(round: Round): number | undefined {
  const rule = round.priority.rule === 'greedy' ? round.priority.order : round.priority;
  return rule?.rule === 'lottery' ? rule.seed : undefined;
}

function balanceTable(list: readonly Balance[], first: string, lang: Lang, m: ReportWords): TableData {
  const n = (value: number): Cell => ({ text: formatNumber(value, lang), sort: value });
  const c = m.column;
  return {
    columns: [
      { label: first },
      ...[c.requested, c.served, c.unserved, c.noEligible, c.experts, c.expertPeriods, c.lent].map((label) => ({ label, numeric: true })),
    ],
    rows: list.map((b) => [
      text(b.key),
      n(b.requested),
      n(b.served),
      n(b.unserved),
      n(b.noEligible),
      n(b.experts),
      n(b.expertPeriods),
      n(b.lent),
    ]),
  };
}

function runTable(result: AllocationResult, round: Round, lang: Lang, m: ReportWords): TableData {
  const seed = result.run.seed ?? seedOf(round);
  const number = (value: number | undefined) => (value === undefined ? '-' : formatNumber(value, lang, 4));
  const scenario = result.scenario.year === undefined ? result.scenario.name : `${result.scenario.name} (${result.scenario.year})`;
  const rows: Cell[][] = [
    [text(m.run.tool), { text: result.run.version, role: 'version' }],
    [text(m.run.engine), text(result.run.engine)],
    [text(m.run.scenario), text(scenario)],
    ...Object.entries(result.run.inputs).map(([file, hash]) => [text(m.run.input(file)), text(hash)]),
    [text(m.run.seed), text(seed === undefined ? m.run.noSeed : String(seed))],
    ...result.tiers.map((tier) => [
      text(m.run.tier(WORDS[lang].explain.tier[tier.tier] ?? tier.tier)),
      text(
        m.run.tierValue(
          number(tier.value),
          tier.status === 'optimal' ? m.provenOptimal : m.status.time_limit,
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
  return { columns: [{ label: m.column.item }, { label: m.column.value }], rows };
}

/** Builds the shared content of the reports from a result and its round. */
export function reportSections(result: AllocationResult, round: Round, lang: Lang): ReportSections {
  const m = WORDS[lang].report;
  const c = m.column;
  const phrases = WORDS[lang].explain;
  const municipalities = indexBy(round.municipalities, (mu) => mu.nis);
  const experts = indexBy(round.experts, (e) => e.id);
  const requests = indexBy(round.requests, (r) => r.id);
  const namer = placeNamer(result.round.municipalities);
  const place = (nis: string) => text(`${municipalities.get(nis)?.name ?? nis} (${nis})`);
  const num = (value: number, decimals = 2): Cell => ({ text: formatNumber(value, lang, decimals), sort: value });
  const km = (value: number): Cell => ({ text: formatKm(value, lang), sort: value });
  const euro = (value: number): Cell => ({ text: formatEuro(value, lang), sort: value });
  const balance = result.demandSupply;

  const summary: TableData = {
    columns: [{ label: c.figure }, { label: c.value, numeric: true }],
    rows: [
      [text(m.figure.requests), num(round.requests.length)],
      [text(m.figure.served), num(result.objective.served)],
      [text(m.figure.unserved), num(result.unserved.length)],
      [text(m.figure.priority), num(result.objective.priority)],
      [text(m.figure.distance), km(result.objective.distanceKm)],
      [text(m.figure.budget), euro(result.budget.limit)],
      [text(m.figure.budgetUsed), euro(result.budget.used)],
      [text(m.figure.budgetLeft), euro(result.budget.left)],
      [text(m.figure.optimality), text(optimalityText(result, m, lang))],
    ],
  };
  const periods = round.periods.map((period) => {
    const rows = result.assignments.filter((a) => a.period === period);
    if (rows.length === 0) return { period };
    const columns = [c.expert, c.from, c.request, c.to, c.domain].map((label) => ({ label }));
    return {
      period,
      table: {
        columns: [...columns, ...[c.priority, c.distance, c.cost].map((label) => ({ label, numeric: true }))],
        rows: rows.map((a) => [
          text(`${experts.get(a.expert)?.name ?? a.expert} (${a.expert})`),
          place(a.supplier),
          text(a.request),
          place(a.municipality),
          text(a.domain),
          num(a.priority),
          km(a.distanceKm),
          euro(a.cost),
        ]),
      },
    };
  });
  const unserved: TableData | undefined =
    result.unserved.length === 0
      ? undefined
      : {
          columns: [
            { label: c.request },
            { label: c.municipality },
            { label: c.domain },
            { label: c.priority, numeric: true },
            { label: c.reasons },
          ],
          rows: result.unserved.map((u) => [
            text(u.request),
            place(u.municipality),
            text(u.domain),
            num(u.priority),
            text(u.reasons.map((reason) => reasonText(reason, u, lang, namer)).join(' ')),
          ]),
        };
  const choices: TableData = {
    columns: [{ label: c.request }, { label: c.to }, { label: c.expert }, { label: c.period }, { label: c.alternatives }],
    rows: result.choices.map((choice) => [
      text(choice.request),
      place(requests.get(choice.request)?.municipality ?? ''),
      text(choice.expert),
      text(choice.period),
      text(
        choice.alternatives.length === 0 ? m.text.noAlternatives : choice.alternatives.map((alt) => alternativeText(alt, lang)).join(' '),
      ),
    ]),
  };
  const stability: TableData | undefined =
    result.stability.length === 0
      ? undefined
      : {
          columns: [
            { label: c.unservedRequest },
            { label: c.servedRequest },
            { label: c.domain },
            { label: c.period },
            { label: c.justification },
          ],
          rows: result.stability.map((s) => [
            text(s.unserved),
            text(s.served),
            text(s.domain),
            text(s.period),
            text(stabilityText(s, lang)),
          ]),
        };
  // Without an allocation every request counts as unserved, which says nothing about where experts are short.
  const noAllocation = hasNoAllocation(result);
  const recruit = noAllocation
    ? m.text.recruitNoAllocation
    : balance.recruit.domains.length === 0
      ? m.text.recruitNone
      : m.text.recruit(joinList(balance.recruit.domains.slice(0, 3), phrases), joinList(balance.recruit.provinces.slice(0, 3), phrases));
  return {
    lang,
    messages: m,
    title: result.scenario.name,
    status: m.status[result.status],
    summary,
    periods,
    unserved,
    unservedNone: result.status === 'infeasible' ? m.text.noAllocation : noAllocation ? m.text.noAllocationInTime : m.text.everyoneServed,
    choices,
    stability,
    domains: balanceTable(balance.domains, c.domain, lang, m),
    provinces: balanceTable(balance.provinces, c.province, lang, m),
    recruit,
    run: runTable(result, round, lang, m),
    policy: policySections(result, round, lang, m),
  };
}
