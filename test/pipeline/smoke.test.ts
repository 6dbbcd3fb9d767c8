import { describe, expect, it } from 'vitest';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { createEngine } from '../../src/engines/registry.js';
import { loadRound } from '../../src/io/load-round.js';

describe('example round', () => {
  it('solves to a proven optimum that the checker accepts', async () => {
    const loaded = loadRound('scenarios/round-2022/scenario.yaml');
    const result = await solveChecked(loaded, { engine: createEngine('highs'), timeLimitSeconds: 60 });
    expect(result.status).toBe('optimal');
    expect(result.budget.used).toBeLessThanOrEqual(250000);
    expect(result.objective.served).toBeGreaterThan(0);
  });
});
