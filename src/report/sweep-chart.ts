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
}

const WIDTH = 720;
const LEFT = 90;
const RIGHT = 24;
const PANEL = 120;
const GAP = 44;
const TOP = 28;
const COLOURS = ['#1f5fa8', '#b5521b', '#3c8d2f', '#7a3e9d'];

/**
 * A self-contained SVG with one small panel per series, sharing the x axis:
 * a line through the points, a dot and value label on each, the y range at the side.
 */
export function sweepChartSvg(input: ChartInput): string {
  const count = input.xLabels.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xs = input.xValues ?? input.xLabels.map((_, index) => index);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const xAt = (index: number) => LEFT + (count === 1 || xMax === xMin ? plotWidth / 2 : ((xs[index]! - xMin) / (xMax - xMin)) * plotWidth);
  const height = TOP + input.series.length * (PANEL + GAP) + 10;
  const labelEvery = Math.max(1, Math.ceil(count / 12));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeAttribute(input.title)}">`,
    `<title>${escapeHtml(input.title)}</title>`,
  ];
  input.series.forEach((series, panel) => {
    const top = TOP + panel * (PANEL + GAP);
    const bottom = top + PANEL;
    const low = Math.min(0, ...series.values);
    const high = Math.max(...series.values, low + 1);
    const yAt = (value: number) => bottom - ((value - low) / (high - low)) * PANEL;
    const colour = COLOURS[panel % COLOURS.length]!;
    parts.push(
      `<text x="${LEFT}" y="${px(top - 8)}" font-weight="bold">${escapeHtml(series.label)}</text>`,
      `<line x1="${LEFT}" y1="${px(bottom)}" x2="${WIDTH - RIGHT}" y2="${px(bottom)}" stroke="#999"/>`,
      `<line x1="${LEFT}" y1="${px(top)}" x2="${LEFT}" y2="${px(bottom)}" stroke="#999"/>`,
      `<text x="${LEFT - 6}" y="${px(top + 4)}" text-anchor="end">${escapeHtml(series.format(high))}</text>`,
      `<text x="${LEFT - 6}" y="${px(bottom)}" text-anchor="end">${escapeHtml(series.format(low))}</text>`,
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${series.values.map((v, i) => `${px(xAt(i))},${px(yAt(v))}`).join(' ')}"/>`,
    );
    series.values.forEach((value, index) => {
      parts.push(
        `<circle cx="${px(xAt(index))}" cy="${px(yAt(value))}" r="3.5" fill="${colour}"><title>${escapeHtml(`${input.xLabels[index]}: ${series.format(value)}`)}</title></circle>`,
      );
      if (index % labelEvery === 0) {
        parts.push(
          `<text x="${px(xAt(index))}" y="${px(bottom + 16)}" text-anchor="middle" fill="#555">${escapeHtml(input.xLabels[index]!)}</text>`,
        );
      }
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}
