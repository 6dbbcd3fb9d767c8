/**
 * The map of a large round by province: each province named at the centre of
 * its municipalities with how many of its requests are granted, and one arrow
 * per pair of provinces that trajectories connect, wider for more.
 */
import { compareStrings } from '../domain/index-by.js';
import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { escapeHtml, svgNumber as n } from './html-kit.js';
import { arrowEnds, type Box, placeLabels, type Point } from './map-layout.js';

const FONT = 11;

/** The centre of each province's municipalities on the drawing, provinces in name order. */
function provinceCentres(result: AllocationResult, at: (nis: string) => Point | undefined): Map<string, Point> {
  const sums = new Map<string, { x: number; y: number; count: number }>();
  for (const m of result.round.municipalities) {
    const point = at(m.nis);
    if (!point) continue;
    const sum = sums.get(m.province) ?? { x: 0, y: 0, count: 0 };
    sums.set(m.province, { x: sum.x + point.x, y: sum.y + point.y, count: sum.count + 1 });
  }
  return new Map(
    [...sums.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([province, s]) => [province, { x: s.x / s.count, y: s.y / s.count }]),
  );
}

/** The province layer of the map: flows between provinces, then the provinces' labels on white boxes. */
export function provinceLayer(result: AllocationResult, at: (nis: string) => Point | undefined, bounds: Box, lang: Lang): string {
  const words = WORDS[lang].map;
  const centres = provinceCentres(result, at);
  const provinceOf = new Map(result.round.municipalities.map((m) => [m.nis, m.province]));
  const flows = new Map<string, { from: string; to: string; count: number }>();
  for (const a of result.assignments) {
    const [from, to] = [provinceOf.get(a.supplier), provinceOf.get(a.municipality)];
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from}\u0000${to}`;
    flows.set(key, { from, to, count: (flows.get(key)?.count ?? 0) + 1 });
  }
  const arrows = [...flows.values()]
    .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to))
    .map((flow) => {
      // Two provinces that lend to each other get two arrows side by side.
      const ends = arrowEnds(centres.get(flow.from)!, centres.get(flow.to)!, 14, 14, 5);
      const width = 1.5 + 1.5 * Math.sqrt(flow.count);
      const middle = { x: (ends.from.x + ends.to.x) / 2, y: (ends.from.y + ends.to.y) / 2 };
      return [
        `<line class="flow" marker-end="url(#arrow-flow)" stroke-width="${n(width)}" x1="${n(ends.from.x)}" y1="${n(ends.from.y)}" x2="${n(ends.to.x)}" y2="${n(ends.to.y)}"><title>${escapeHtml(words.flowTitle(flow.from, flow.to, flow.count))}</title></line>`,
        `<text class="flow-count" x="${n(middle.x)}" y="${n(middle.y - 4)}" text-anchor="middle">${flow.count}</text>`,
      ].join('');
    });
  const balance = new Map(result.demandSupply.provinces.map((p) => [p.key, p]));
  const labels = placeLabels(
    [...centres.entries()].map(([province, at]) => ({
      text: words.province(province, balance.get(province)?.served ?? 0, balance.get(province)?.requested ?? 0),
      at,
      radius: 0,
      required: true,
      centred: true,
    })),
    [],
    bounds,
    FONT,
  ).map(
    (label) =>
      `<rect class="province-box" x="${n(label.box.x - 3)}" y="${n(label.box.y - 1)}" width="${n(label.box.width + 6)}" height="${n(label.box.height + 2)}" rx="3"/><text class="province" x="${n(label.x)}" y="${n(label.y)}" text-anchor="${label.anchor}">${escapeHtml(label.request.text)}</text>`,
  );
  return `<g class="flows">${arrows.join('')}</g><g class="provinces">${labels.join('')}</g>`;
}
