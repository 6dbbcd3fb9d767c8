import { niceTicks } from './chart-axis.js';
import { escapeAttribute, escapeHtml, svgNumber as px } from './html-kit.js';

/** One curve of the chart: a label and a y value per x position. */
interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly format: (value: number) => string;
}

export interface ChartInput {
  /** Labels of the x positions, in order. */
  readonly xLabels: readonly string[];
  /** Numeric x values place points by value; without them the points are evenly spaced. */
  readonly xValues?: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly title: string;
  /** The x axis's title: what the sweep varies. */
  readonly xTitle: string;
}

const WIDTH = 720;
const LEFT = 90;
const RIGHT = 24;
const PANEL = 120;
const GAP = 58;
const TOP = 28;
const COLOURS = ['#1f5fa8', '#b5521b', '#3c8d2f', '#7a3e9d'];

/**
 * A self-contained SVG with one small panel per series, sharing the x axis:
 * a line through the points, a dot on each, the series' name as the panel's
 * title, round ticks and a grid up the y axis, the values under the x axis
 * and the x axis's title under the last panel.
 */
export function sweepChartSvg(input: ChartInput): string {
  const count = input.xLabels.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xs = input.xValues ?? input.xLabels.map((_, index) => index);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const xAt = (index: number) => LEFT + (count === 1 || xMax === xMin ? plotWidth / 2 : ((xs[index]! - xMin) / (xMax - xMin)) * plotWidth);
  const height = TOP + input.series.length * (PANEL + GAP) + 10;
  const labelEvery = Math.max(1, Math.ceil(count / 8));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sweep" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeAttribute(input.title)}">`,
    `<title>${escapeHtml(input.title)}</title>`,
  ];
  input.series.forEach((series, panel) => {
    const top = TOP + panel * (PANEL + GAP);
    const bottom = top + PANEL;
    const ticks = niceTicks(Math.max(0, ...series.values), 3);
    const high = ticks[ticks.length - 1]!;
    const yAt = (value: number) => bottom - (value / high) * PANEL;
    const colour = COLOURS[panel % COLOURS.length]!;
    parts.push(`<text class="panel" x="${LEFT}" y="${px(top - 10)}">${escapeHtml(series.label)}</text>`);
    for (const tick of ticks) {
      parts.push(
        `<line class="grid" x1="${LEFT}" y1="${px(yAt(tick))}" x2="${WIDTH - RIGHT}" y2="${px(yAt(tick))}"/>`,
        `<text class="tick" x="${LEFT - 6}" y="${px(yAt(tick) + 4)}" text-anchor="end">${escapeHtml(series.format(tick))}</text>`,
      );
    }
    parts.push(
      `<line class="axis" x1="${LEFT}" y1="${px(bottom)}" x2="${WIDTH - RIGHT}" y2="${px(bottom)}"/>`,
      `<line class="axis" x1="${LEFT}" y1="${px(top)}" x2="${LEFT}" y2="${px(bottom)}"/>`,
      `<polyline class="curve" stroke="${colour}" points="${series.values.map((v, i) => `${px(xAt(i))},${px(yAt(v))}`).join(' ')}"/>`,
    );
    series.values.forEach((value, index) => {
      parts.push(
        `<circle cx="${px(xAt(index))}" cy="${px(yAt(value))}" r="3.5" fill="${colour}"><title>${escapeHtml(`${input.xLabels[index]}: ${series.format(value)}`)}</title></circle>`,
      );
      if (index % labelEvery === 0 || index === count - 1) {
        parts.push(
          `<line class="axis" x1="${px(xAt(index))}" y1="${px(bottom)}" x2="${px(xAt(index))}" y2="${px(bottom + 4)}"/>`,
          `<text class="tick" x="${px(xAt(index))}" y="${px(bottom + 16)}" text-anchor="middle">${escapeHtml(input.xLabels[index]!)}</text>`,
        );
      }
    });
    if (panel === input.series.length - 1) {
      parts.push(
        `<text class="axis-title" x="${px(LEFT + plotWidth / 2)}" y="${px(bottom + 34)}" text-anchor="middle">${escapeHtml(input.xTitle)}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}
