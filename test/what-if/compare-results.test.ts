import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarisePair } from '../../src/what-if/compare-summary.js';
import { compareResults, uniqueNames, type SolvedScenario } from '../../src/what-if/compare.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { renderMarkdown } from '../../src/report/markdown-render.js';
import { comparisonDocument } from '../../src/report/compare-report.js';
import { smallRound } from '../support/temp-round.js';

const engine = new HighsEngine();

/** The small test round and two variants of it, solved: A001 (Aalst, 80) and A002 (Antwerpen, 70.5) compete for X001. */
async function solvedVariants(): Promise<SolvedScenario[]> {
  const folder = smallRound({
    'tight.yaml': 'extends: scenario.yaml\nname: Tight\nbudget: 20000\n',
    'near.yaml': 'extends: scenario.yaml\nname: Near\ndefaults: { maxDistanceKm: 30 }\n',
  });
  const files = ['scenario.yaml', 'tight.yaml', 'near.yaml'];
  const solved: SolvedScenario[] = [];
  for (const file of files) {
    const loaded = loadRound(join(folder, file));
    solved.push({ name: loaded.round.name, file, loaded, result: await solveChecked(loaded, { engine, timeLimitSeconds: 30 }) });
  }
  return solved;
}

describe('compareResults', () => {
  it('lists who is served where across three scenarios and the figures of each', async () => {
    const comparison = compareResults(await solvedVariants());
    expect(comparison.figures.map((f) => [f.name, f.served, f.budgetUsed])).toEqual([
      ['Test round', 2, 33334],
      ['Tight', 1, 16667],
      ['Near', 1, 16667],
    ]);
    // Gent-Antwerpen is about 50 km, so within 30 km X001 only reaches Aalst (A001).
    expect(comparison.diff).toEqual([
      {
        request: 'A002',
        municipality: '11002',
        municipalityName: 'Antwerpen',
        province: 'Antwerpen',
        domain: 'schuldhulp',
        priority: 70.5,
        servedIn: ['Test round'],
      },
    ]);
    expect(comparison.figures[0]!.byProvince).toEqual({ Antwerpen: 1, 'Oost-Vlaanderen': 1 });
    expect(comparison.figures[1]!.neediestQuartileShare).toBe(1);
    expect(comparison.neediestQuartile).toEqual(['A001']);
    expect(summarisePair(comparison)).toBeUndefined();
    expect(renderMarkdown(comparisonDocument(comparison, 'en'))).not.toContain('## Summary');
  });

  it('writes the two-scenario summary by province', async () => {
    const [full, tight] = await solvedVariants();
    const pair = summarisePair(compareResults([tight!, full!]))!;
    expect(pair).toMatchObject({
      first: 'Tight',
      second: 'Test round',
      servedDelta: 1,
      priorityDelta: 70.5,
      budgetUsedDelta: 16667,
      gained: ['A002'],
      lost: [],
    });
    expect(pair.provinces).toEqual([{ province: 'Antwerpen', delta: 1 }]);
    const text = renderMarkdown(comparisonDocument(compareResults([tight!, full!]), 'en'));
    expect(text).toContain('**Test round** serves 1 more request than **Tight**: 1 more in Antwerpen.');
  });

  it('gives repeated names the file name, then the position', () => {
    expect(
      uniqueNames([
        { name: 'R', file: 'a/x.yaml' },
        { name: 'R', file: 'b/y.yaml' },
        { name: 'S', file: 'z.yaml' },
      ]),
    ).toEqual(['R (x.yaml)', 'R (y.yaml)', 'S']);
    expect(
      uniqueNames([
        { name: 'R', file: 'a/x.yaml' },
        { name: 'R', file: 'b/x.yaml' },
      ]),
    ).toEqual(['R (x.yaml) #1', 'R (x.yaml) #2']);
  });
});
