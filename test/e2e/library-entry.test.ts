import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string; types: string };

describe('the package as a library', () => {
  it('has the entry and the types package.json names (built by npm run build)', () => {
    expect(existsSync(fileURLToPath(new URL(manifest.main, root)))).toBe(true);
    expect(existsSync(fileURLToPath(new URL(manifest.types, root)))).toBe(true);
  });

  it('loads, solves, checks and reports the example round through the entry alone', async () => {
    const entry = (await import(new URL(manifest.main, root).href)) as typeof import('../../src/index.js');
    const loaded = entry.loadRound(fileURLToPath(new URL('scenarios/round-2022/scenario.yaml', root)));
    const result = await entry.solveChecked(loaded, { engine: entry.createEngine('highs'), timeLimitSeconds: 60, counterfactuals: 'none' });
    expect(result.status).toBe('optimal');
    expect(entry.checkAllocation(loaded.round, { trajectories: result.assignments })).toEqual([]);
    expect(entry.markdownReport(result, 'en')).toContain('# Round 2022');
    expect(JSON.parse(entry.resultJson(result)).status).toBe('optimal');
  });

  it('words an input error in English or Dutch', async () => {
    const entry = (await import(new URL(manifest.main, root).href)) as typeof import('../../src/index.js');
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 250.000') });
    let caught: unknown;
    try {
      entry.loadRound(join(folder, 'scenario.yaml'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(entry.InputError);
    const error = caught as InstanceType<typeof entry.InputError>;
    expect(entry.inputErrorText(error)).toMatch(/^scenario\.yaml, field "budget": is EUR 250, less than the cheapest trajectory/);
    expect(entry.inputErrorText(error, 'nl')).toMatch(/^scenario\.yaml, veld "budget": is EUR 250, minder dan het goedkoopste traject/);
  });
});
