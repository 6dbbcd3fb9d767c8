import { escapeHtml } from './html-kit.js';
import { labelWidth } from './map-layout.js';

/** One legend entry: its symbol drawn at (x, y), the symbol's middle left, and its words. */
export interface LegendEntry {
  readonly symbol: (x: number, y: number) => string;
  readonly text: string;
}

const FONT = 10;

/**
 * A legend laid out in rows under a drawing, from `left` to `width`: each
 * entry a 20-unit symbol and its words, wrapped to a new row when the next
 * would not fit. Returns the SVG group and the height it takes below `top`.
 */
export function svgLegend(entries: readonly LegendEntry[], top: number, left: number, width: number): { svg: string; height: number } {
  const parts: string[] = [];
  let [x, y] = [left, top + 14];
  for (const entry of entries) {
    const entryWidth = 26 + labelWidth(entry.text, FONT) + 14;
    if (x + entryWidth > width && x > left) [x, y] = [left, y + 20];
    parts.push(entry.symbol(x, y), `<text x="${x + 26}" y="${y + 4}">${escapeHtml(entry.text)}</text>`);
    x += entryWidth;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: y + 14 - top };
}
