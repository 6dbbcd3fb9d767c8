import { formatEuro } from '../text/number-format.js';
import type { AllocationResult } from '../result/result.js';
import { escapeHtml, svgNumber } from './html-kit.js';
import type { Lang } from '../text/lang.js';
import type { ReportWords } from '../text/report-words.js';

const MAP_WIDTH = 760;
const MAP_PADDING = 24;
/** Room right of the drawing for the names of the easternmost places. */
const MAP_LABEL_MARGIN = 110;

/** A municipality's role on the map; the first that applies wins. */
type PointRole = 'host-served' | 'host-unserved' | 'supplier' | 'other';

/**
 * The map: every municipality of the round as a point, and a line from
 * supplier to host for every trajectory, coloured by period. An
 * equirectangular projection scaled by cos(latitude) is plenty at the scale
 * of Flanders.
 */
export function svgMap(result: AllocationResult, messages: ReportWords): string {
  const { round } = result;
  const points = round.municipalities;
  if (points.length === 0) return '';
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const span = Math.max((maxLon - minLon) * xScale, maxLat - minLat, 1e-6);
  const scale = (MAP_WIDTH - 2 * MAP_PADDING) / span;
  const height = Math.round((maxLat - minLat) * scale + 2 * MAP_PADDING);
  const project = (p: { lat: number; lon: number }) => ({
    x: MAP_PADDING + (p.lon - minLon) * xScale * scale,
    y: MAP_PADDING + (maxLat - p.lat) * scale,
  });
  const byNis = new Map(points.map((p) => [p.nis, p]));

  const served = new Set(result.assignments.map((a) => a.municipality));
  const unserved = new Set(result.unserved.map((u) => u.municipality));
  const suppliers = new Set(round.experts.map((e) => e.municipality));
  const role = (nis: string): PointRole =>
    served.has(nis) ? 'host-served' : unserved.has(nis) ? 'host-unserved' : suppliers.has(nis) ? 'supplier' : 'other';

  const lines = result.assignments.flatMap((a) => {
    const from = byNis.get(a.supplier);
    const to = byNis.get(a.municipality);
    if (!from || !to) return [];
    const [p, q] = [project(from), project(to)];
    const period = Math.max(0, round.periods.indexOf(a.period));
    const title = `${a.expert} (${from.name}) → ${a.request} (${to.name}), ${a.period}`;
    return [
      `<line class="trajectory period-${period}" x1="${svgNumber(p.x)}" y1="${svgNumber(p.y)}" x2="${svgNumber(q.x)}" y2="${svgNumber(q.y)}"><title>${escapeHtml(title)}</title></line>`,
    ];
  });
  const involved = new Set([...result.assignments.flatMap((a) => [a.supplier, a.municipality])]);
  const dots = points.map((p) => {
    const { x, y } = project(p);
    const label = involved.has(p.nis)
      ? `<text class="place" x="${svgNumber(x + 6)}" y="${svgNumber(y - 4)}">${escapeHtml(p.name)}</text>`
      : '';
    return `<circle class="point ${role(p.nis)}" cx="${svgNumber(x)}" cy="${svgNumber(y)}" r="4"><title>${escapeHtml(`${p.name} (${p.nis}), ${p.province}`)}</title></circle>${label}`;
  });
  const legendItems: [string, string][] = [
    ['host-served', messages.legend.hostServed],
    ['host-unserved', messages.legend.hostUnserved],
    ['supplier', messages.legend.supplier],
    ['other', messages.legend.other],
  ];
  const legend = [
    ...legendItems.map(
      ([cls, label], index) =>
        `<circle class="point ${cls}" cx="${MAP_PADDING + index * 170}" cy="${height + 12}" r="5"/><text x="${MAP_PADDING + index * 170 + 10}" y="${height + 16}">${escapeHtml(label)}</text>`,
    ),
    ...round.periods.map(
      (period, index) =>
        `<line class="trajectory period-${index}" x1="${MAP_PADDING + index * 170}" y1="${height + 36}" x2="${MAP_PADDING + index * 170 + 24}" y2="${height + 36}"/><text x="${MAP_PADDING + index * 170 + 30}" y="${height + 40}">${escapeHtml(messages.section.period(period))}</text>`,
    ),
  ];
  return `<svg id="map" class="map" role="img" viewBox="0 0 ${MAP_WIDTH + MAP_LABEL_MARGIN} ${height + 50}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(messages.section.map)}</title><g>${lines.join('')}</g><g>${dots.join('')}</g><g class="legend">${legend.join('')}</g></svg>`;
}

/** The timeline: one row per expert, one column per period; a trajectory, free, or not available. */
export function svgTimeline(result: AllocationResult, messages: ReportWords): string {
  const { round } = result;
  const labelWidth = 230;
  const cellWidth = 170;
  const rowHeight = 26;
  const names = new Map(round.municipalities.map((m) => [m.nis, m.name]));
  const slot = new Map(result.assignments.map((a) => [`${a.expert}\u0000${a.period}`, a]));
  const parts: string[] = round.periods.map(
    (period, index) =>
      `<text class="head" x="${labelWidth + index * cellWidth + cellWidth / 2}" y="16" text-anchor="middle">${escapeHtml(period)}</text>`,
  );
  round.experts.forEach((expert, row) => {
    const y = 24 + row * rowHeight;
    parts.push(
      `<text class="label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(`${expert.name} (${expert.id})`)}</text>`,
    );
    round.periods.forEach((period, index) => {
      const x = labelWidth + index * cellWidth;
      const assignment = slot.get(`${expert.id}\u0000${period}`);
      const available = expert.periods.includes(period);
      const cls = assignment ? `period-${index}` : available ? 'free' : 'unavailable';
      const label = assignment
        ? `${assignment.request} ${names.get(assignment.municipality) ?? assignment.municipality}`
        : available
          ? messages.text.free
          : messages.text.unavailable;
      parts.push(
        `<rect class="cell ${cls}" x="${x + 2}" y="${y}" width="${cellWidth - 4}" height="${rowHeight - 4}"><title>${escapeHtml(`${expert.id} ${period}: ${label}`)}</title></rect>`,
        `<text class="${assignment ? 'cell-text' : 'cell-text muted'}" x="${x + 8}" y="${y + 16}">${escapeHtml(label)}</text>`,
      );
    });
  });
  const height = 24 + round.experts.length * rowHeight + 4;
  return `<svg id="timeline" class="timeline" role="img" viewBox="0 0 ${labelWidth + round.periods.length * cellWidth + 4} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(messages.section.timeline)}</title>${parts.join('')}</svg>`;
}

/** Budget use: one bar of the budget, with a segment per period and what is left. */
export function svgBudget(result: AllocationResult, messages: ReportWords, lang: Lang): string {
  const { round } = result;
  const width = 700;
  const limit = Math.max(result.budget.limit, result.budget.used, 1);
  const parts: string[] = [];
  let x = 0;
  round.periods.forEach((period, index) => {
    const spent = result.assignments.filter((a) => a.period === period).reduce((sum, a) => sum + a.cost, 0);
    const w = (spent / limit) * width;
    if (spent > 0) {
      parts.push(
        `<rect class="period-${index}" x="${svgNumber(x)}" y="4" width="${svgNumber(w)}" height="26"><title>${escapeHtml(`${period}: ${formatEuro(spent, lang)}`)}</title></rect>`,
      );
    }
    x += w;
  });
  parts.push(
    `<rect class="left" x="${svgNumber(x)}" y="4" width="${svgNumber(Math.max(0, width - x))}" height="26"><title>${escapeHtml(`${messages.legend.left}: ${formatEuro(result.budget.left, lang)}`)}</title></rect>`,
  );
  const caption = `${messages.legend.used}: ${formatEuro(result.budget.used, lang)} / ${formatEuro(result.budget.limit, lang)}; ${messages.legend.left}: ${formatEuro(result.budget.left, lang)}`;
  parts.push(`<text x="0" y="48">${escapeHtml(caption)}</text>`);
  return `<svg id="budget" class="budget" role="img" viewBox="0 0 ${width} 56" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(messages.section.budgetUse)}</title>${parts.join('')}</svg>`;
}
