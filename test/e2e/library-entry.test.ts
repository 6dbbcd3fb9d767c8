import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  exports: Record<string, { types: string; default: string } | string>;
};
const entryUrl = new URL(manifest.main, new URL('../../', import.meta.url)).href;
const entry = () => import(entryUrl) as Promise<typeof import('../../src/index.js')>;

/** The first ```js block after the README's "As a library" line: the snippet users copy. */
function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf('As a library'));
  const block = /```js\n([\s\S]*?)```/.exec(after);
  if (!block?.[1]) throw new Error('README.md has no ```js block after "As a library"');
  return block[1];
}

describe('the package as a library', () => {
  it('declares its entry and types in exports, and they exist (built by npm run build)', () => {
    expect(manifest.exports['.']).toEqual({
      types: manifest.types.replace(/^(?!\.)/, './'),
      default: manifest.main.replace(/^(?!\.)/, './'),
    });
    expect(existsSync(join(root, manifest.main))).toBe(true);
    expect(existsSync(join(root, manifest.types))).toBe(true);
  });

  it("runs the README's snippet exactly as written, importing 'expertpool' by its name", () => {
    // A module inside the package folder may import the package by its name (Node's self-reference through "exports").
    const folder = join(root, 'test', 'artifacts');
    mkdirSync(folder, { recursive: true });
    const script = join(folder, `readme-snippet-${process.pid}.mjs`);
    writeFileSync(script, readmeSnippet());
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^optimal /);
    expect(run.stdout).toContain('# Round 2022');
  });

  it('solves, checks, explains, compares, sweeps and renders through the entry alone', async () => {
    const api = await entry();
    const loaded = api.loadRound(join(root, 'scenarios/round-2022/scenario.yaml'));
    const result = await api.solve(loaded, { explain: 'fast' });
    expect(result.status).toBe('optimal');
    expect(api.checkAllocation(loaded.round, { trajectories: result.assignments })).toEqual([]);
    const files = api.render(result, { formats: ['md', 'json', 'xlsx'], lang: 'nl' });
    expect(Object.keys(files).sort()).toEqual(['allocation.xlsx', 'report.md', 'result.json']);
    expect(JSON.parse(files['result.json'] as string).status).toBe('optimal');
    const unserved = result.unserved[0]!.request;
    expect(api.explain(result, unserved)).toContain(unserved);
    const comparison = await api.compare(
      [join(root, 'scenarios/round-2022/scenario.yaml'), join(root, 'scenarios/round-2022/what-if-budget-300k.yaml')],
      { explain: 'fast' },
    );
    expect(comparison.figures.map((f) => f.served)).toEqual([result.objective.served, expect.any(Number)]);
    expect(Object.keys(api.render(comparison, { formats: ['csv'] })).sort()).toEqual(['compare.csv', 'diff.csv']);
    const sweep = await api.sweep(join(root, 'scenarios/round-2022/scenario.yaml'), 'budget=200000,250000');
    expect(sweep.points.map((p) => p.objective.served)[1]).toBe(result.objective.served);
  });

  it('words an input error in English or Dutch', async () => {
    const api = await entry();
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 250.000') });
    let caught: unknown;
    try {
      api.loadRound(join(folder, 'scenario.yaml'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(api.InputError);
    const error = caught as InstanceType<typeof api.InputError>;
    expect(api.inputErrorText(error)).toMatch(/^scenario\.yaml, field "budget": is EUR 250, less than the cheapest trajectory/);
    expect(api.inputErrorText(error, 'nl')).toMatch(/^scenario\.yaml, veld "budget": is EUR 250, minder dan het goedkoopste traject/);
  });
});
