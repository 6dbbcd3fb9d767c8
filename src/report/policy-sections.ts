/**
 * The policy parts of a result as report content: why an infeasible round is
 * infeasible, the priority rule with its order or classes, the greedy
 * hand-matching baseline, the shortfalls found before solving, and the
 * sensitivity. Each part exists only when its field is in the result, so a
 * report shows exactly what the result holds; Markdown and HTML render the
 * same parts (markdown.ts, html.ts).
 */
import { exactSum } from '../domain/numbers.js';
import { diagnosisText, violationText } from '../text/diagnosis-text.js';
import { formatKm, formatNumber } from '../text/number-format.js';
import type { TierValues } from '../result/policy.js';
import type { AllocationResult } from '../result/result.js';
import type { Round } from '../domain/types.js';
import type { Lang } from '../text/lang.js';
import type { ReportWords } from '../text/report-words.js';
import type { Block } from './report-blocks.js';
import type { Cell, TableData } from './report-sections.js';
import { sensitivityBlocks } from './sensitivity-report.js';

/** One piece of a section: a paragraph, a table or a bulleted list, all of plain (unescaped) text. */
type SectionPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TableData }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** A titled section of plain parts; the renderer escapes every text for its format. */
export interface PartSection {
  readonly title: string;
  readonly parts: readonly SectionPart[];
}

/** The policy sections of a report; absent where the result lacks the field. */
export interface PolicySections {
  readonly diagnosis?: PartSection;
  readonly priority?: PartSection;
  readonly baseline?: PartSection;
  /** A subsection of demand and supply. */
  readonly shortfalls?: PartSection;
  /** The sensitivity as report blocks (shared with the stdout report of `solve --sensitivity`). */
  readonly sensitivity?: readonly Block[];
}

/** How many requests of a strict order (or of a class) the report lists; the rest is in result.json. */
export const ORDER_SHOWN = 20;

const text = (value: string): Cell => ({ text: value });
const paragraph = (value: string): SectionPart => ({ kind: 'text', text: value });
const table = (data: TableData): SectionPart => ({ kind: 'table', table: data });

/** Request ids in order, served ones marked, the first `ORDER_SHOWN` only. */
function markedIds(ids: readonly string[], served: ReadonlySet<string>, m: ReportWords): string {
  const shown = ids.slice(0, ORDER_SHOWN).map((id) => (served.has(id) ? `${id} ✓` : id));
  const rest = ids.length - ORDER_SHOWN;
  return `${shown.join(', ')}${rest > 0 ? ` ${m.policy.more(rest)}` : ''}`;
}

function diagnosisSection(diagnosis: NonNullable<AllocationResult['diagnosis']>, lang: Lang, m: ReportWords): PartSection {
  const p = m.policy;
  return {
    title: p.section.diagnosis,
    parts: [
      paragraph(p.diagnosisIntro),
      table({
        columns: [{ label: p.column.setting }, { label: p.column.conflict }],
        rows: diagnosis.map((d) => [text(d.constraint), text(diagnosisText(d, lang))]),
      }),
    ],
  };
}

function prioritySection(result: AllocationResult, round: Round, lang: Lang, m: ReportWords): PartSection | undefined {
  const priority = result.priority;
  if (!priority) return undefined;
  const p = m.policy;
  const served = new Set(result.assignments.map((a) => a.request));
  const description = p.ruleDescription[priority.rule as keyof typeof p.ruleDescription] ?? priority.rule;
  const parts: SectionPart[] = [paragraph(p.rule(priority.rule, description))];
  if (round.priority.rule === 'greedy') parts.push(paragraph(p.greedyOrder(round.priority.order?.rule ?? 'score')));
  if (result.run.seed !== undefined) parts.push(paragraph(p.seed(String(result.run.seed))));
  if (priority.order) {
    parts.push(
      paragraph(`${p.order(Math.min(ORDER_SHOWN, priority.order.length), priority.order.length)} ${markedIds(priority.order, served, m)}`),
    );
  }
  if (priority.classes) {
    const count = (value: number): Cell => ({ text: formatNumber(value, lang), sort: value });
    parts.push(
      paragraph(p.classesIntro),
      table({
        columns: [
          { label: p.column.class },
          { label: p.column.requests, numeric: true },
          { label: p.column.served, numeric: true },
          { label: p.column.inOrder },
        ],
        rows: priority.classes.map((c) => [
          text(c.name),
          count(c.requests.length),
          count(c.requests.filter((id) => served.has(id)).length),
          text(markedIds(c.requests, served, m)),
        ]),
      }),
    );
  }
  return { title: p.section.priority, parts };
}

function baselineSection(baseline: NonNullable<AllocationResult['baseline']>, lang: Lang, m: ReportWords): PartSection {
  const p = m.policy;
  const gain = baseline.gain;
  const rows: { label: string; key: keyof TierValues; show: (value: number) => string }[] = [
    { label: m.figure.priority, key: 'priority', show: (value) => formatNumber(value, lang) },
    { label: m.figure.served, key: 'served', show: (value) => formatNumber(value, lang) },
    { label: m.figure.distance, key: 'distanceKm', show: (value) => formatKm(value, lang) },
  ];
  const cell = (value: number, show: (value: number) => string): Cell => ({ text: show(value), sort: value });
  // The gain is the optimiser's value minus the baseline's: a sign shows which way it goes.
  const signed = (show: (value: number) => string) => (value: number) => `${value > 0 ? '+' : ''}${show(value)}`;
  const columns = [
    { label: m.column.figure },
    ...(gain ? [p.column.handMatching, p.column.optimiser, p.column.gain] : [p.column.handMatching]).map((label) => ({
      label,
      numeric: true,
    })),
  ];
  const figures: TableData = {
    columns,
    rows: rows.map(({ label, key, show }) => [
      text(label),
      cell(baseline.objective[key], show),
      ...(gain ? [cell(exactSum([baseline.objective[key], gain[key]]), show), cell(gain[key], signed(show))] : []),
    ]),
  };
  const parts: SectionPart[] = [paragraph(p.baselineIntro(baseline.order)), table(figures)];
  if (!gain) parts.push(paragraph(p.noGain));
  if (baseline.violations.length > 0) {
    parts.push(paragraph(p.unmet), { kind: 'list', items: baseline.violations.map((violation) => violationText(violation, lang)) });
  }
  return { title: p.section.baseline, parts };
}

function shortfallsSection(shortfalls: NonNullable<AllocationResult['shortfalls']>, lang: Lang, m: ReportWords): PartSection {
  const p = m.policy;
  const count = (value: number): Cell => ({ text: formatNumber(value, lang), sort: value });
  return {
    title: p.section.shortfalls,
    parts: [
      paragraph(p.shortfallsIntro),
      table({
        columns: [
          { label: m.column.domain },
          { label: m.column.period },
          ...[p.column.demand, p.column.supply, p.column.shortBy].map((label) => ({ label, numeric: true })),
        ],
        rows: shortfalls.map((s) => [
          text(s.domain),
          text(s.period ?? p.wholeRound),
          count(s.demand),
          count(s.supply),
          count(s.demand - s.supply),
        ]),
      }),
    ],
  };
}

/** The policy sections of a result in one language. */
export function policySections(result: AllocationResult, round: Round, lang: Lang, m: ReportWords): PolicySections {
  const diagnosis = result.diagnosis && result.diagnosis.length > 0 ? diagnosisSection(result.diagnosis, lang, m) : undefined;
  const priority = prioritySection(result, round, lang, m);
  const baseline = result.baseline ? baselineSection(result.baseline, lang, m) : undefined;
  const shortfalls = result.shortfalls && result.shortfalls.length > 0 ? shortfallsSection(result.shortfalls, lang, m) : undefined;
  const sensitivity = result.sensitivity ? sensitivityBlocks(result.sensitivity, lang) : undefined;
  return { diagnosis, priority, baseline, shortfalls, sensitivity };
}
