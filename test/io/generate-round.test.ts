import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/io/write-outputs.js';
import { generateRound, type GenerateOptions } from '../../src/io/generate-round.js';
import { loadRound } from '../../src/io/load-round.js';

const FLANDERS: GenerateOptions = { municipalities: 285, experts: 60, requests: 300, budget: 600000, seed: 7 };

/** Writes and loads a generated round; `priority` replaces its rule (indicator columns are read when a rule names them). */
function loadGenerated(options: GenerateOptions, priority?: string) {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-generate-'));
  const files = generateRound(options);
  const scenario =
    priority === undefined
      ? files['scenario.yaml']!
      : files['scenario.yaml']!.replace('priority: { rule: score }', `priority: ${priority}`);
  writeOutputs(folder, { ...files, 'scenario.yaml': scenario }, []);
  return loadRound(join(folder, 'scenario.yaml'));
}

const BOTH_INDICATORS =
  '{ rule: weighted, criteria: [{ indicator: kansarmoede, weight: 1 }, { indicator: leefloon_per_1000, weight: 1 }] }';

describe('generateRound', () => {
  it('gives the same bytes for the same options and different rounds for different seeds', () => {
    expect(generateRound(FLANDERS)).toEqual(generateRound(FLANDERS));
    expect(generateRound({ ...FLANDERS, seed: 8 })['requests.csv']).not.toEqual(generateRound(FLANDERS)['requests.csv']);
  });

  it('writes a valid round with exactly the requested counts and realistic values', () => {
    const { round, warnings } = loadGenerated(FLANDERS, BOTH_INDICATORS);
    expect(warnings).toEqual([]);
    expect(round.budget).toBe(600000);
    expect(round.periods).toEqual(['P1', 'P2', 'P3']);
    expect(round.municipalities).toHaveLength(285);
    expect(round.experts).toHaveLength(60);
    expect(round.requests).toHaveLength(300);
    expect(new Set(round.municipalities.map((m) => m.province))).toEqual(
      new Set(['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen']),
    );
    for (const m of round.municipalities) {
      expect(m.nis).toMatch(/^[1-7]\d{4}$/);
      // Inside Flanders' bounding box.
      expect(m.lat).toBeGreaterThanOrEqual(50.68);
      expect(m.lat).toBeLessThanOrEqual(51.51);
      expect(m.lon).toBeGreaterThanOrEqual(2.54);
      expect(m.lon).toBeLessThanOrEqual(5.92);
      expect(m.indicators.kansarmoede).toBeGreaterThanOrEqual(0);
      expect(m.indicators.kansarmoede).toBeLessThanOrEqual(35);
      expect(m.indicators.leefloon_per_1000).toBeGreaterThanOrEqual(1);
      expect(m.indicators.leefloon_per_1000).toBeLessThanOrEqual(25);
    }
    for (const expert of round.experts) {
      expect(expert.cost).toBeGreaterThanOrEqual(12400);
      expect(expert.cost).toBeLessThanOrEqual(19400);
    }
    expect(new Set(round.experts.map((e) => e.cost)).size).toBeGreaterThan(30);
    for (const request of round.requests) {
      expect(request.priority! * 10).toBe(Math.round(request.priority! * 10));
      expect(request.submittedAt).toMatch(/^2025-(09|10)-\d\dT/);
    }
  });

  it('scales down to small rounds with fewer periods', () => {
    const { round } = loadGenerated({ municipalities: 12, experts: 4, requests: 9, budget: 50000, seed: 1, periods: 2 });
    expect(round.municipalities).toHaveLength(12);
    expect(round.experts).toHaveLength(4);
    expect(round.requests).toHaveLength(9);
    expect(round.periods).toEqual(['P1', 'P2']);
  });
});
