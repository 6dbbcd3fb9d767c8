import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { generateRound } from '../../src/io/generate-round.js';
import { loadRound } from '../../src/io/load-round.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { type Box, type LabelRequest, overlaps, placeLabels } from '../../src/report/map-layout.js';
import { labelRequests, mapProjection, placeNames, placeRoles, svgMap } from '../../src/report/map-svg.js';
import type { AllocationResult } from '../../src/result/result.js';
import { exampleResult } from '../support/example-result.js';
import { writeRoundFolder } from '../support/temp-round.js';

/** The names the detailed map places for a result, with the requests they answer. */
function namesOf(result: AllocationResult) {
  const projection = mapProjection(result);
  const at = (nis: string) => {
    const place = result.round.municipalities.find((m) => m.nis === nis);
    return place ? projection.project(place) : undefined;
  };
  const requests = labelRequests(result, placeRoles(result), at);
  const bounds = { x: 0, y: 0, width: projection.width, height: projection.height };
  return { requests, labels: placeNames(result, requests, at, bounds), bounds, at };
}

const pairs = <T>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe('the map of the example round', () => {
  it('names every municipality that asked and got nothing, with no two names overlapping each other or a point', async () => {
    const { result } = await exampleResult();
    const { labels, bounds, at } = namesOf(result);
    const nothing = result.round.municipalities.filter((m) => placeRoles(result).get(m.nis) === 'none').map((m) => m.name);
    expect(nothing.length).toBeGreaterThan(10);
    expect(
      labels
        .filter((l) => l.request.required)
        .map((l) => l.request.text)
        .sort(),
    ).toEqual([...nothing].sort());
    expect(pairs(labels).filter(([a, b]) => overlaps(a.box, b.box))).toEqual([]);
    for (const label of labels) {
      const own = label.request.at;
      const points = result.round.municipalities.map((m) => at(m.nis)!).filter((p) => p.x !== own.x || p.y !== own.y);
      expect(
        points.filter((p) => overlaps(label.box, { x: p.x - 5, y: p.y - 5, width: 10, height: 10 })),
        label.request.text,
      ).toEqual([]);
      expect(label.box.x >= 0 && label.box.x + label.box.width <= bounds.width, label.request.text).toBe(true);
    }
  });

  it('marks lending municipalities with a ring even when they also receive, and draws one arrow per trajectory', async () => {
    const { result } = await exampleResult();
    const { svg } = svgMap(result, 'en');
    const lenders = new Set(result.round.experts.map((e) => e.municipality));
    expect(svg.match(/<circle class="ring"/g)?.length).toBe(lenders.size + 1); // one more in the legend
    expect(placeRoles(result).get('11002')).toBe('partly'); // Antwerpen receives and lends
    expect(svg.match(/<line class="trajectory period-\d" marker-end="url\(#arrow-\d\)"/g)?.length).toBe(result.assignments.length + 3);
    expect(svg).toContain('<path class="country" clip-path="url(#map-area)" d="M');
    for (const text of [
      'every request granted',
      'some requests granted',
      'no request granted (named on the map)',
      'lends an expert (ring)',
    ])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain('>trajectory in P1 (January-April 2022), from lending to receiving municipality</text>');
  });

  it('places the same names whatever the order of the municipalities', async () => {
    const { result } = await exampleResult();
    const shuffled = { ...result, round: { ...result.round, municipalities: [...result.round.municipalities].reverse() } };
    expect(svgMap(shuffled, 'nl')).toEqual(svgMap(result, 'nl'));
  });
});

describe('label placement', () => {
  const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
  const request = fc.record({
    text: fc.string({ minLength: 1, maxLength: 16 }),
    at: fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) }),
    radius: fc.constantFrom(3, 5),
    required: fc.constant(false),
  });

  it('never overlaps two optional labels and keeps them inside the drawing (property)', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (requests: LabelRequest[]) => {
        const placed = placeLabels(requests, [], bounds, 10);
        expect(pairs(placed).some(([a, b]) => overlaps(a.box, b.box))).toBe(false);
        for (const label of placed) expect(label.box.x >= 0 && label.box.y >= 0 && label.box.x + label.box.width <= 400).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('places every required label, moving it out with a leader line when its point is crowded', () => {
    const crowd: LabelRequest[] = Array.from({ length: 9 }, (_, i) => ({
      text: `Place ${i}`,
      at: { x: 200 + (i % 3) * 4, y: 150 + Math.floor(i / 3) * 4 },
      radius: 3,
      required: true,
    }));
    const placed = placeLabels(crowd, [], bounds, 10);
    expect(placed).toHaveLength(9);
    expect(placed.some((label) => label.leader !== undefined)).toBe(true);
    expect(pairs(placed).some(([a, b]) => overlaps(a.box, b.box))).toBe(false);
  });
});

describe('the map of a Flanders-scale round', () => {
  it('shows provinces and the trajectories between them, not 150 names', async () => {
    const files = generateRound({ municipalities: 285, experts: 60, requests: 300, budget: 250000, seed: 7 });
    const folder = writeRoundFolder(files);
    const result = await solveChecked(loadRound(`${folder}/scenario.yaml`), {
      engine: new HighsEngine(),
      timeLimitSeconds: 60,
      counterfactuals: 'none',
    });
    const { svg, caption } = svgMap(result, 'nl');
    expect(svg).not.toContain('class="place');
    const provinces = [...svg.matchAll(/<text class="province"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(provinces).toHaveLength(new Set(result.round.municipalities.map((m) => m.province)).size);
    expect(provinces[0]).toMatch(/^Antwerpen: \d+ van \d+ toegekend$/);
    expect(caption).toMatch(/^\d+ gemeenten die een aanvraag indienden, krijgen geen traject/);
    const boxes = [...svg.matchAll(/<rect class="province-box" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map(
      (m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        width: Number(m[3]),
        height: Number(m[4]),
      }),
    );
    expect(pairs(boxes).filter(([a, b]) => overlaps(a, b))).toEqual([]);
  });
});
