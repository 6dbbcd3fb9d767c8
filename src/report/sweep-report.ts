import type { AllocationChange } from '../result/allocation-change.js';
import type { SweepResult } from '../what-if/sweep.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import type { Block, Cell, ReportDocument } from './report-blocks.js';
import { sweepChartSvg } from './sweep-chart.js';
import { toCsv, type CsvDialect } from './csv.js';

/** The column headers of a change (served, priority, budget used, who gains, who loses). */
export function changeColumns(lang: Lang): string[] {
  const text = WORDS[lang].whatIf;
  return [text.served, text.priorityServed, text.budgetUsed, text.gainedRequests, text.lostRequests];
}

/** The cells of one change, in the order of `changeColumns`. */
export function changeCells(change: AllocationChange, lang: Lang): Cell[] {
  const format = formatters(lang);
  const none = WORDS[lang].whatIf.none;
  return [
    format.signed(change.servedDelta),
    format.signed(change.priorityDelta),
    `EUR ${format.signed(change.budgetUsedDelta)}`,
    change.gained.join(', ') || none,
    change.lost.join(', ') || none,
  ];
}

/** Right-aligns the numeric columns of a change table whose first `leading` columns are text. */
export const changeAlignment = (leading: number) => [...Array<boolean>(leading).fill(false), true, true, true, false, false];

/** The sweep report as a document: the curve as a table and a chart, and what each step adds. */
export function sweepDocument(sweep: SweepResult, lang: Lang): ReportDocument {
  const text = WORDS[lang].whatIf;
  const format = formatters(lang);
  const show = (value: SweepResult['points'][number]['value']) => (typeof value === 'number' ? format.number(value, 6) : String(value));
  const tier = (point: SweepResult['points'][number], name: string) => point.tiers.find((t) => t.tier === name)?.value;
  const numericX = sweep.points.every((p) => typeof p.value === 'number');
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${text.scenario}: **${sweep.scenario}**` },
    {
      kind: 'table',
      header: [sweep.key, text.statusLabel, text.served, text.tier('priority'), text.priorityServed, text.budgetUsed, text.averageDistance],
      rows: sweep.points.map((p) => [
        show(p.value),
        text.status[p.status],
        p.objective.served,
        tier(p, 'priority') === undefined ? text.none : format.number(tier(p, 'priority')!),
        format.number(p.objective.priority),
        format.euro(p.budget.used),
        p.objective.served > 0 ? format.km(p.objective.distanceKm / p.objective.served) : text.none,
      ]),
      numeric: [numericX, false, true, true, true, true, true],
    },
    {
      kind: 'figure',
      alt: text.chartAlt(sweep.key),
      svg: sweepChartSvg({
        title: text.chartAlt(sweep.key),
        xLabels: sweep.points.map((p) => show(p.value)),
        ...(numericX ? { xValues: sweep.points.map((p) => p.value as number) } : {}),
        series: [
          { label: text.served, values: sweep.points.map((p) => p.objective.served), format: (v) => format.number(v) },
          { label: text.priorityServed, values: sweep.points.map((p) => p.objective.priority), format: (v) => format.number(v) },
          { label: text.budgetUsed, values: sweep.points.map((p) => p.budget.used), format: format.euro },
        ],
      }),
    },
    { kind: 'heading', level: 2, text: text.marginal },
    {
      kind: 'table',
      header: [text.step, ...changeColumns(lang)],
      rows: sweep.steps.map((s) => [`${show(s.from)} → ${show(s.to)}`, ...changeCells(s, lang)]),
      numeric: changeAlignment(1),
    },
  ];
  return { title: text.sweepTitle(sweep.key), lang, blocks };
}

/** sweep.json: `{ key, points: [{ value, status, objective, budget, served }] }` plus scenario, tiers and steps. */
export function sweepJson(sweep: SweepResult): string {
  return `${JSON.stringify(sweep, null, 2)}\n`;
}

/** sweep.csv: one point a row; served request ids joined with `|`, as list cells are in the inputs. */
export function sweepCsv(sweep: SweepResult, dialect: CsvDialect = 'standard'): string {
  return toCsv(
    ['value', 'status', 'served', 'priority', 'distance_km', 'budget_limit', 'budget_used', 'served_requests'],
    sweep.points.map((p) => [
      typeof p.value === 'number' ? p.value : String(p.value),
      p.status,
      p.objective.served,
      p.objective.priority,
      p.objective.distanceKm,
      p.budget.limit,
      p.budget.used,
      p.served.join('|'),
    ]),
    dialect,
  );
}
