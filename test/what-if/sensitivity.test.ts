import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyseSensitivity } from '../../src/what-if/sensitivity.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { renderMarkdownBlocks } from '../../src/report/markdown-render.js';
import { sensitivitySection } from '../../src/report/sensitivity-report.js';
import type { Sensitivity } from '../../src/result/sensitivity.js';

const sensitivityMarkdown = (sensitivity: Sensitivity, lang: 'en' | 'nl') => renderMarkdownBlocks([sensitivitySection(sensitivity, lang)]);
import { runCli } from '../support/run-cli.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const options = { engine: new HighsEngine(), timeLimitSeconds: 30 };

/** The small test round (X001 serves A001 and A002 for EUR 33,334; A003 has no expert in reach) at a budget. */
async function sensitivityAt(budget: number) {
  const loaded = loadRound(join(smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', `budget: ${budget}`) }), 'scenario.yaml'));
  const base = await solveChecked(loaded, options);
  return { base, sensitivity: await analyseSensitivity(loaded, base, options) };
}

describe('sensitivity of a solve', () => {
  it('finds that EUR 10,000 does not buy a second trajectory but a funded expert-period in schuldhulp does', async () => {
    const { base, sensitivity } = await sensitivityAt(20000);
    expect(base.assignments.map((a) => a.request)).toEqual(['A001']);
    expect(sensitivity.budgetStep).toBe(10000);
    expect(sensitivity.entries).toEqual([
      { change: 'budget', status: 'optimal', servedDelta: 0, priorityDelta: 0, budgetUsedDelta: 0, gained: [], lost: [] },
      {
        change: 'expert-period',
        domain: 'schuldhulp',
        like: 'X001',
        status: 'optimal',
        servedDelta: 1,
        priorityDelta: 70.5,
        budgetUsedDelta: 16667,
        gained: ['A002'],
        lost: [],
      },
    ]);
    const markdown = sensitivityMarkdown(sensitivity, 'en');
    expect(markdown).toContain('| one more expert-period in schuldhulp (like X001) | +1 | +70.5 | EUR +16,667 | A002 | - |');
  });

  it('tries only the budget when every waiting request lacks an eligible expert', async () => {
    const { sensitivity } = await sensitivityAt(50000);
    expect(sensitivity.entries.map((e) => e.change)).toEqual(['budget']);
    expect(sensitivityMarkdown(sensitivity, 'nl')).toContain('EUR 10.000 meer budget');
  });
});

describe('expertpool solve --sensitivity', () => {
  it('adds the sensitivity to the JSON result and the report', () => {
    const scenario = join(smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 20000') }), 'scenario.yaml');
    const json = runCli(['solve', scenario, '--sensitivity', '--json']);
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.sensitivity.entries.map((e: { change: string }) => e.change)).toEqual(['budget', 'expert-period']);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(
      JSON.parse(readFileSync(new URL('../../schemas/result.schema.json', import.meta.url), 'utf8')) as object,
    );
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    const report = runCli(['solve', scenario, '--sensitivity']);
    expect(report.stdout).toContain('## Sensitivity: what one more unit would add');
    expect(runCli(['solve', scenario, '--json']).stdout).not.toContain('"sensitivity"');
  });
});
