import type { SweepResult } from '../what-if/sweep.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import { changeCells, changeColumns } from './change-table.js';
import { type Block, paragraph, type ReportDocument, section, textCell as text } from './document.js';
import { sweepChartSvg } from './sweep-chart.js';
import { type CsvCell, toCsv, type CsvDialect } from './csv.js';

/**
 * The sweep report as a document: the curve as a table and a chart, and what
 * each step adds; `requestPlaces` (request id to municipality name, from the
 * round) names the requests each step gains or loses.
 */
export function sweepDocument(sweep: SweepResult, lang: Lang, requestPlaces: ReadonlyMap<string, string> = new Map()): ReportDocument {
  const words = WORDS[lang].whatIf;
  const format = formatters(lang);
  const show = (value: SweepResult['points'][number]['value']) => (typeof value === 'number' ? format.number(value, 6) : String(value));
  const tier = (point: SweepResult['points'][number], name: string) => point.tiers.find((t) => t.tier === name)?.value;
  const numericX = sweep.points.every((p) => typeof p.value === 'number');
  const named = (request: string) => (requestPlaces.has(request) ? `${request} (${requestPlaces.get(request)})` : request);
  const blocks: Block[] = [
    paragraph(words.sweepScenario(sweep.scenario)),
    {
      kind: 'table',
      columns: [
        { label: sweep.key, numeric: numericX },
        { label: words.statusLabel },
        ...[words.served, words.tier('priority'), words.priorityServed, words.budgetUsed, words.averageDistance].map((label) => ({
          label,
          numeric: true,
        })),
      ],
      rows: sweep.points.map((p) => [
        text(show(p.value)),
        text(words.status[p.status]),
        text(format.number(p.objective.served)),
        text(tier(p, 'priority') === undefined ? words.none : format.number(tier(p, 'priority')!)),
        text(format.number(p.objective.priority)),
        text(format.euro(p.budget.used)),
        text(p.objective.served > 0 ? format.km(p.objective.distanceKm / p.objective.served) : words.none),
      ]),
    },
    {
      kind: 'figure',
      caption: words.chartAlt(sweep.key),
      svg: sweepChartSvg({
        title: words.chartAlt(sweep.key),
        xTitle: sweep.key,
        xLabels: sweep.points.map((p) => show(p.value)),
        ...(numericX ? { xValues: sweep.points.map((p) => p.value as number) } : {}),
        series: [
          { label: words.served, values: sweep.points.map((p) => p.objective.served), format: (v) => format.number(v) },
          { label: words.priorityServed, values: sweep.points.map((p) => p.objective.priority), format: (v) => format.number(v) },
          { label: words.budgetUsed, values: sweep.points.map((p) => p.budget.used), format: format.euro },
        ],
      }),
    },
    section(words.marginal, {
      kind: 'table',
      columns: [{ label: words.step }, ...changeColumns(lang)],
      rows: sweep.steps.map((s) => [text(`${show(s.from)} → ${show(s.to)}`), ...changeCells(s, lang, named)]),
    }),
  ];
  return { title: words.sweepTitle(sweep.key), lang, blocks };
}

/** sweep.json: `{ key, points: [{ value, status, objective, budget, served }] }` plus scenario, tiers and steps. */
export function sweepJson(sweep: SweepResult): string {
  return `${JSON.stringify(sweep, null, 2)}\n`;
}

/**
 * One point of the sweep a row, served request ids joined with `|` as list
 * cells are in the inputs; `status` words the status (sweep.csv keeps the result's own).
 */
export function sweepRows(sweep: SweepResult, status: (status: SweepResult['points'][number]['status']) => string = (s) => s): CsvCell[][] {
  return sweep.points.map((p) => [
    typeof p.value === 'number' ? p.value : String(p.value),
    status(p.status),
    p.objective.served,
    p.objective.priority,
    p.objective.distanceKm,
    p.budget.limit,
    p.budget.used,
    p.served.join('|'),
  ]);
}

/** sweep.csv: one point a row (sweepRows). */
export function sweepCsv(sweep: SweepResult, dialect: CsvDialect = 'standard'): string {
  return toCsv(
    ['value', 'status', 'served', 'priority', 'distance_km', 'budget_limit', 'budget_used', 'served_requests'],
    sweepRows(sweep),
    dialect,
  );
}
