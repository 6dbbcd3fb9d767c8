/**
 * The report's map: Belgium's outline (Natural Earth, embedded at build
 * time), every municipality of the round coloured by how its requests
 * fared, a ring around each lending municipality, an arrow from lending to
 * receiving municipality per trajectory, the name of every municipality that
 * asked and got nothing, and a legend. A round with more such municipalities
 * than one map can name is drawn by province instead (map-provinces.ts).
 */
import { compareStrings } from '../domain/index-by.js';
import type { AllocationResult } from '../result/result.js';
import { periodNamer } from '../text/calendar-text.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { BELGIUM_RINGS } from './belgium-outline.generated.js';
import { escapeHtml, svgNumber as n } from './html-kit.js';
import {
  arrowEnds,
  type Box,
  fitProjection,
  type LabelRequest,
  type PlacedLabel,
  placeLabels,
  type Point,
  type Projection,
} from './map-layout.js';
import { provinceLayer } from './map-provinces.js';
import { type LegendEntry, svgLegend } from './svg-legend.js';

const WIDTH = 760;
const PADDING = 28;
const FONT = 10;
/** More municipalities to name than this, and the map shows provinces instead. */
const MAX_NAMED = 40;

/** How a municipality's requests fared: all granted, some, none, or it asked nothing. */
export type PlaceRole = 'granted' | 'partly' | 'none' | 'other';

/** The role of each municipality of a result, by NIS code. */
export function placeRoles(result: AllocationResult): ReadonlyMap<string, PlaceRole> {
  const granted = new Set(result.assignments.map((a) => a.municipality));
  const waiting = new Set(result.unserved.map((u) => u.municipality));
  return new Map(
    result.round.municipalities.map((m) => [
      m.nis,
      granted.has(m.nis) ? (waiting.has(m.nis) ? 'partly' : 'granted') : waiting.has(m.nis) ? 'none' : 'other',
    ]),
  );
}

/** Belgium's outline as one path, projected. */
function outlinePath(projection: Projection): string {
  // Clipped to the drawing, so the country's parts beyond the round's places stay out of the legend.
  const rings = BELGIUM_RINGS.map((ring) => {
    const points = ring.split(',').map((pair) => {
      const [lon = 0, lat = 0] = pair.split(' ').map(Number);
      const { x, y } = projection.project({ lat, lon });
      return `${n(x)},${n(y)}`;
    });
    return `M${points.join('L')}Z`;
  });
  return `<clipPath id="map-area"><rect width="${projection.width}" height="${projection.height}"/></clipPath><path class="country" clip-path="url(#map-area)" d="${rings.join('')}"/>`;
}

/** An arrowhead per period (and one for province flows), coloured by the class of its path. */
function markers(periods: number): string {
  const head = (id: string, cls: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path class="${cls}" d="M0,1L10,5L0,9z"/></marker>`;
  return `<defs>${Array.from({ length: periods }, (_, i) => head(`arrow-${i}`, `period-${i}`)).join('')}${head('arrow-flow', 'flow-head')}</defs>`;
}

/** The arrows of the trajectories; a second trajectory between the same two places runs beside the first. */
function trajectoryArrows(result: AllocationResult, at: (nis: string) => Point | undefined, periodName: (p: string) => string): string[] {
  const names = new Map(result.round.municipalities.map((m) => [m.nis, m.name]));
  const seen = new Map<string, number>();
  return result.assignments.flatMap((a) => {
    const [from, to] = [at(a.supplier), at(a.municipality)];
    if (!from || !to) return [];
    const pair = `${a.supplier}>${a.municipality}`;
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const period = Math.max(0, result.round.periods.indexOf(a.period));
    const ends = arrowEnds(from, to, 8, 8, index === 0 ? 0 : (index % 2 === 1 ? 4 : -4) * Math.ceil(index / 2));
    const title = `${a.expert} (${names.get(a.supplier) ?? a.supplier}) → ${a.request} (${names.get(a.municipality) ?? a.municipality}), ${periodName(a.period)}`;
    return [
      `<line class="trajectory period-${period}" marker-end="url(#arrow-${period})" x1="${n(ends.from.x)}" y1="${n(ends.from.y)}" x2="${n(ends.to.x)}" y2="${n(ends.to.y)}"><title>${escapeHtml(title)}</title></line>`,
    ];
  });
}

/** Names for the map, most needed first: municipalities that got nothing, then lenders, then the rest that asked. */
export function labelRequests(result: AllocationResult, roles: ReadonlyMap<string, PlaceRole>, at: (nis: string) => Point | undefined) {
  const lenders = new Set(result.round.experts.map((e) => e.municipality));
  const rank = (nis: string) => (roles.get(nis) === 'none' ? 0 : lenders.has(nis) ? 1 : roles.get(nis) === 'other' ? 3 : 2);
  return result.round.municipalities
    .filter((m) => rank(m.nis) < 3)
    .sort((a, b) => rank(a.nis) - rank(b.nis) || compareStrings(a.name, b.name) || compareStrings(a.nis, b.nis))
    .map((m): LabelRequest & { nis: string } => ({ nis: m.nis, text: m.name, at: at(m.nis)!, radius: 6, required: rank(m.nis) === 0 }));
}

/**
 * Places the names on the detailed map: every municipality that got nothing
 * (always), then lenders and the rest that asked where room is left; no name
 * overlaps another, a point or the edge.
 */
export function placeNames(
  result: AllocationResult,
  requests: readonly LabelRequest[],
  at: (nis: string) => Point | undefined,
  bounds: Box,
): PlacedLabel[] {
  const obstacles = result.round.municipalities.flatMap(({ nis }) => {
    const point = at(nis);
    return point ? [{ x: point.x - 9, y: point.y - 9, width: 18, height: 18 }] : [];
  });
  return placeLabels(requests, obstacles, bounds, FONT);
}

/** The map's projection for a result: its municipalities fitted into the drawing's width. */
export const mapProjection = (result: AllocationResult): Projection => fitProjection(result.round.municipalities, WIDTH, PADDING);

const dot = (cls: string, r: number) => (x: number, y: number) => `<circle class="point ${cls}" cx="${x + 10}" cy="${y}" r="${r}"/>`;

/** The map of a result as inline SVG, with its caption; empty when the round has no municipalities. */
export function svgMap(result: AllocationResult, lang: Lang): { svg: string; caption: string } {
  const words = WORDS[lang].map;
  // In NIS order, so the drawing does not depend on the order the places come in.
  const places = [...result.round.municipalities].sort((a, b) => compareStrings(a.nis, b.nis));
  if (places.length === 0) return { svg: '', caption: '' };
  const projection = mapProjection(result);
  const position = new Map(places.map((m) => [m.nis, projection.project(m)]));
  const at = (nis: string) => position.get(nis);
  const roles = placeRoles(result);
  const periodName = periodNamer(result, lang);
  const lenders = new Set(result.round.experts.map((e) => e.municipality));
  const toName = labelRequests(result, roles, at);
  const byProvince = toName.filter((r) => r.required).length > MAX_NAMED;
  const radius = byProvince ? 3 : 5;
  const dots = places.map((m) => {
    const { x, y } = at(m.nis)!;
    const ring = lenders.has(m.nis) ? `<circle class="ring" cx="${n(x)}" cy="${n(y)}" r="${radius + 3}"/>` : '';
    return `<circle class="point ${roles.get(m.nis)}" cx="${n(x)}" cy="${n(y)}" r="${radius}"><title>${escapeHtml(`${m.name} (${m.nis}), ${m.province}`)}</title></circle>${ring}`;
  });
  const bounds: Box = { x: 0, y: 0, width: WIDTH, height: projection.height };
  let layer: string;
  let flowLegend: LegendEntry[];
  if (byProvince) {
    layer = provinceLayer(result, at, bounds, lang);
    flowLegend = [
      {
        symbol: (x, y) => `<line class="flow" marker-end="url(#arrow-flow)" x1="${x}" y1="${y}" x2="${x + 20}" y2="${y}"/>`,
        text: words.legend.flow,
      },
    ];
  } else {
    const labels = placeNames(result, toName, at, bounds).map((label) => {
      const leader = label.leader
        ? `<line class="leader" x1="${n(label.leader.from.x)}" y1="${n(label.leader.from.y)}" x2="${n(label.leader.to.x)}" y2="${n(label.leader.to.y)}"/>`
        : '';
      const cls = label.request.required ? 'place none' : 'place';
      return `${leader}<text class="${cls}" x="${n(label.x)}" y="${n(label.y)}" text-anchor="${label.anchor}">${escapeHtml(label.request.text)}</text>`;
    });
    layer = `<g class="arrows">${trajectoryArrows(result, at, periodName).join('')}</g><g class="labels">${labels.join('')}</g>`;
    flowLegend = result.round.periods.map((period, index) => ({
      symbol: (x: number, y: number) =>
        `<line class="trajectory period-${index}" marker-end="url(#arrow-${index})" x1="${x}" y1="${y}" x2="${x + 20}" y2="${y}"/>`,
      text: words.legend.trajectory(periodName(period)),
    }));
  }
  const key = svgLegend(
    [
      { symbol: dot('granted', 5), text: words.legend.granted },
      { symbol: dot('partly', 5), text: words.legend.partly },
      { symbol: dot('none', 5), text: words.legend.notGranted(!byProvince) },
      { symbol: (x, y) => `${dot('other', 5)(x, y)}<circle class="ring" cx="${x + 10}" cy="${y}" r="8"/>`, text: words.legend.lends },
      { symbol: dot('other', 5), text: words.legend.other },
      ...flowLegend,
    ],
    projection.height,
    PADDING,
    WIDTH - 8,
  );
  const height = projection.height + key.height;
  const title = WORDS[lang].report.section.map;
  const svg = `<svg id="map" class="map" role="img" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${markers(result.round.periods.length)}${outlinePath(projection)}<g class="points">${dots.join('')}</g>${layer}${key.svg}</svg>`;
  const unnamed = toName.filter((r) => r.required).length;
  return { svg, caption: byProvince ? words.provinceCaption(unnamed) : words.caption };
}
