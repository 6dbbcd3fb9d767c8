import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSensitivity } from '../../src/what-if/sensitivity.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { renderMarkdownBlocks } from '../../src/report/markdown-render.js';
import { sensitivitySection } from '../../src/report/sensitivity-report.js';
import type { Sensitivity } from '../../src/result/sensitivity.js';

const sensitivityMarkdown = (sensitivity: Sensitivity, lang: 'en' | 'nl') => renderMarkdownBlocks([sensitivitySection(sensitivity, lang)]);
import { SCENARIO, smallRound } from '../support/temp-round.js';

const options = { engine: new HighsEngine(), timeLimitSeconds: 30 };

/** The small test round (X001 serves A001 and A002 for EUR 33,334; A003 has no expert in reach) at a budget. */
async function sensitivityAt(budget: number) {
  const loaded = loadRound(join(smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', `budget: ${budget}`) }), 'scenario.yaml'));
  const base = await solveChecked(loaded, options);
  return { base, sensitivity: await analyseSensitivity(loaded, base, options) };
}

describe('sensitivity of a solve', () => {
  it('splits a funded expert-period into what its money alone buys and what the slot itself adds', async () => {
    const { base, sensitivity } = await sensitivityAt(20000);
    expect(base.assignments.map((a) => a.request)).toEqual(['A001']);
    expect(sensitivity.budgetStep).toBe(10000);
    const nothing = { servedDelta: 0, priorityDelta: 0, budgetUsedDelta: 0, gained: [], lost: [] };
    const secondTrajectory = { servedDelta: 1, priorityDelta: 70.5, budgetUsedDelta: 16667, gained: ['A002'], lost: [] };
    expect(sensitivity.entries).toEqual([
      { change: 'budget', status: 'optimal', ...nothing },
      {
        change: 'expert-period',
        domain: 'schuldhulp',
        like: 'X001',
        status: 'optimal',
        ...secondTrajectory,
        funding: 16667,
        // X001 has a second period free: the EUR 16,667 alone buys A002, the extra slot adds nothing.
        slotUsed: false,
        fundingAlone: { status: 'optimal', ...secondTrajectory },
        slotAdds: nothing,
      },
    ]);
    const markdown = sensitivityMarkdown(sensitivity, 'en');
    expect(markdown).toContain(
      '| EUR 16,667 more budget alone, the cost of one more expert-period in schuldhulp (like X001) | - | +1 | +70.5 | EUR +16,667 | A002 | - |',
    );
    expect(markdown).toContain('| one more expert-period in schuldhulp (like X001), beyond its cost | no | 0 | 0 | EUR 0 | - | - |');
    expect(sensitivityMarkdown(sensitivity, 'nl')).toContain(
      '| één expertperiode meer in schuldhulp (zoals X001), bovenop de kost ervan | nee |',
    );
  });

  it('an expert-period the round lacks: the money alone buys nothing, the slot is used and adds the request', async () => {
    const experts =
      'id,name,municipality,domains,periods,cost,max_trajectories,max_distance_km\nX001,Lien,44021,wonen|schuldhulp,P1|P2,,1,\n';
    const scenario = SCENARIO.replace('budget: 50000', 'budget: 20000');
    const loaded = loadRound(join(smallRound({ 'scenario.yaml': scenario, 'experts.csv': experts }), 'scenario.yaml'));
    const base = await solveChecked(loaded, options);
    const { entries } = await analyseSensitivity(loaded, base, options);
    expect(entries[1]).toMatchObject({
      change: 'expert-period',
      domain: 'schuldhulp',
      servedDelta: 1,
      slotUsed: true,
      fundingAlone: { servedDelta: 0, gained: [] },
      slotAdds: { servedDelta: 1, priorityDelta: 70.5, gained: ['A002'] },
    });
  });

  it('tries only the budget when every waiting request lacks an eligible expert', async () => {
    const { sensitivity } = await sensitivityAt(50000);
    expect(sensitivity.entries.map((e) => e.change)).toEqual(['budget']);
    expect(sensitivityMarkdown(sensitivity, 'nl')).toContain('EUR 10.000 meer budget');
  });
});
