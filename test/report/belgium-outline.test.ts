import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { outlineModule } from '../../scripts/belgium-outline.mjs';
import { BELGIUM_RINGS } from '../../src/report/belgium-outline.generated.js';

describe("Belgium's outline", () => {
  it('is what scripts/belgium-outline.mjs makes from the pinned world-atlas (npm run outline regenerates it)', () => {
    expect(readFileSync('src/report/belgium-outline.generated.ts', 'utf8')).toBe(outlineModule());
  });

  it("spans Belgium's extent in a few hundred points", () => {
    const points = BELGIUM_RINGS.flatMap((ring) => ring.split(',').map((pair) => pair.split(' ').map(Number)));
    const lons = points.map(([lon]) => lon!);
    const lats = points.map(([, lat]) => lat!);
    expect(Math.min(...lons)).toBeCloseTo(2.5, 0);
    expect(Math.max(...lons)).toBeCloseTo(6.4, 0);
    expect(Math.min(...lats)).toBeCloseTo(49.5, 0);
    expect(Math.max(...lats)).toBeCloseTo(51.5, 0);
    expect(points.length).toBeGreaterThan(80);
    expect(points.length).toBeLessThan(1000);
  });
});
