/**
 * Building blocks for self-contained HTML reports: escaping for each context,
 * a page shell with a Content-Security-Policy that allows only the page's own
 * inline style and script (by hash, so output stays byte-stable), and SVG
 * bar charts. Every input-derived value passes an escape here.
 */
import { createHash } from 'node:crypto';
import { niceTicks } from './chart-axis.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Bidirectional embedding, override and isolate controls: invisible, and able
 * to reverse how the rest of a line reads (a name could make "A013" show as
 * "310A"). Never part of a real name, so every escaper drops them.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text for an HTML element or SVG `<text>`/`<title>`: `& < > " '` escaped, bidi controls dropped. */
export function escapeHtml(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A value for a double-quoted attribute; the same escapes cover it, and control characters are dropped. */
export function escapeAttribute(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>`, `&` and the
 * JavaScript line separators escaped, so no value can close the script element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A CSP source for inline content: its SHA-256 in base64, the way browsers hash it. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** A number for SVG coordinates: fixed precision, so output is byte-stable. */
export const svgNumber = (value: number): string => (Math.round(value * 10) / 10).toString();

export interface PageOptions {
  readonly lang: string;
  readonly title: string;
  readonly style: string;
  /** Inline script; allowed by its hash, nothing else may run. */
  readonly script?: string;
  /** Already escaped HTML of the body. */
  readonly body: string;
  /** Data embedded as JSON for machines reading the report (not executed). */
  readonly data?: { readonly id: string; readonly value: unknown };
}

/** A complete, self-contained HTML page: no network, only its own inline style and script. */
export function htmlPage(options: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspHash(options.style)}`,
    `script-src ${options.script === undefined ? "'none'" : cspHash(options.script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const data = options.data
    ? `<script type="application/json" id="${escapeAttribute(options.data.id)}">${jsonForScript(options.data.value)}</script>\n`
    : '';
  const script = options.script === undefined ? '' : `<script>${options.script}</script>\n`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is ours alone (keywords and base64 hashes, no double quote), so it goes in as it is.
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${options.style}</style>`,
    '</head>',
    '<body>',
    options.body,
    `${data}${script}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** One group of a bar chart (e.g. a province) with one value per series. */
export interface BarGroup {
  readonly label: string;
  readonly values: readonly number[];
}

/** Longest group label drawn in full; a longer one is cut with an ellipsis (its full text stays in the bar's tooltip). */
const MAX_GROUP_LABEL = 30;

/**
 * A horizontal grouped bar chart as inline SVG: one row per group, one bar
 * per series, the value at the end of each bar, a legend of the series
 * above, and a value axis below with round ticks, a grid and its title.
 */
export function svgBarChart(options: {
  readonly title: string;
  readonly series: readonly string[];
  readonly groups: readonly BarGroup[];
  readonly format: (value: number) => string;
  /** What the bars measure, under the axis (e.g. "requests"). */
  readonly axisTitle?: string;
}): string {
  const labelWidth = 200;
  const barWidth = 410;
  const barHeight = 14;
  const groupHeight = options.series.length * barHeight + 10;
  const legendRows = Math.ceil(options.series.length / 3);
  const legendHeight = 24 * legendRows;
  const plotBottom = legendHeight + options.groups.length * groupHeight + 4;
  const height = plotBottom + (options.axisTitle === undefined ? 20 : 36);
  const ticks = niceTicks(Math.max(0, ...options.groups.flatMap((group) => group.values)));
  const max = ticks[ticks.length - 1]!;
  const xOf = (value: number) => labelWidth + (value / max) * barWidth;
  const parts: string[] = [];
  options.series.forEach((name, index) => {
    const [x, y] = [labelWidth + (index % 3) * 150, 4 + Math.floor(index / 3) * 24];
    parts.push(
      `<rect class="series-${index}" x="${x}" y="${y}" width="12" height="12"/><text x="${x + 16}" y="${y + 10}">${escapeHtml(name)}</text>`,
    );
  });
  for (const tick of ticks) {
    const x = svgNumber(xOf(tick));
    parts.push(
      `<line class="grid" x1="${x}" y1="${legendHeight}" x2="${x}" y2="${plotBottom}"/>`,
      `<text class="tick" x="${x}" y="${plotBottom + 14}" text-anchor="middle">${escapeHtml(options.format(tick))}</text>`,
    );
  }
  parts.push(`<line class="axis" x1="${labelWidth}" y1="${plotBottom}" x2="${labelWidth + barWidth}" y2="${plotBottom}"/>`);
  if (options.axisTitle !== undefined) {
    parts.push(
      `<text class="axis-title" x="${labelWidth + barWidth / 2}" y="${plotBottom + 30}" text-anchor="middle">${escapeHtml(options.axisTitle)}</text>`,
    );
  }
  options.groups.forEach((group, groupIndex) => {
    const top = legendHeight + groupIndex * groupHeight;
    const shown = group.label.length > MAX_GROUP_LABEL ? `${group.label.slice(0, MAX_GROUP_LABEL - 1)}…` : group.label;
    parts.push(
      `<text class="label" x="${labelWidth - 8}" y="${svgNumber(top + groupHeight / 2)}" text-anchor="end">${escapeHtml(shown)}</text>`,
    );
    group.values.forEach((value, index) => {
      const y = top + index * barHeight;
      const width = xOf(value) - labelWidth;
      parts.push(
        `<rect class="series-${index}" x="${labelWidth}" y="${y}" width="${svgNumber(width)}" height="${barHeight - 2}"><title>${escapeHtml(`${group.label}: ${options.series[index] ?? ''} ${options.format(value)}`)}</title></rect>`,
        `<text x="${svgNumber(labelWidth + width + 4)}" y="${y + barHeight - 4}">${escapeHtml(options.format(value))}</text>`,
      );
    });
  });
  return `<svg class="chart" role="img" viewBox="0 0 ${labelWidth + barWidth + 80} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(options.title)}</title>${parts.join('')}</svg>`;
}
