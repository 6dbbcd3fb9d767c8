import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';

interface Reason {
  readonly code: string;
  readonly counterfactual?: { readonly status: string; readonly order?: { readonly heldBy: readonly string[]; readonly position: number } };
}

describe('a Flanders-scale first-come round, explained by default', () => {
  it('gives every unserved request a proven reason from the order itself, without a further solve', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'expertpool-first-come-')), 'round');
    const generated = runCli(
      ['generate', '--municipalities', '285', '--experts', '60', '--requests', '300', '--budget', '250000', '--seed', '3', '--out', folder],
      {},
    );
    expect(generated.status, generated.stderr).toBe(0);
    // generate writes a submitted_at column; the rule that reads it is first-come.
    const scenario = join(folder, 'scenario.yaml');
    const text = readFileSync(scenario, 'utf8');
    expect(readFileSync(join(folder, 'requests.csv'), 'utf8').split('\n')[0]).toContain('submitted_at');
    writeFileSync(scenario, text.replace('priority: { rule: score }', 'priority: { rule: first-come }'));

    const run = spawnSync(process.execPath, [BIN, 'solve', scenario, '--json'], {
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, run.stderr).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('optimal');
    expect(result.priority.rule).toBe('first-come');
    const served = new Set<string>(result.assignments.map((a: { request: string }) => a.request));
    const position = new Map<string, number>(result.priority.order.map((id: string, index: number) => [id, index + 1]));
    const reasons: Reason[] = result.unserved.flatMap((u: { reasons: Reason[] }) => u.reasons);
    expect(reasons.filter((r) => r.counterfactual?.status === 'not-run')).toEqual([]);
    const proven = result.unserved.filter((u: { reasons: Reason[] }) => u.reasons.some((r) => r.counterfactual?.status === 'order'));
    // The round leaves most of its 300 requests unserved, nearly all of them with an eligible expert.
    expect(proven.length).toBeGreaterThan(200);
    for (const unserved of proven) {
      const order = unserved.reasons.find((r: Reason) => r.counterfactual?.status === 'order').counterfactual.order;
      expect(order.position).toBe(position.get(unserved.request));
      // The requests holding the room were served, and come before it in the order.
      for (const id of order.heldBy) {
        expect(served.has(id)).toBe(true);
        expect(position.get(id)).toBeLessThan(order.position);
      }
    }
    // The work is the solve's own: no counterfactual solve and no forced relaxation ran.
    expect(result.run.explanation.counterfactualSolves).toBe(0);
    expect(result.run.explanation.forcedRelaxations).toBe(0);
  });
});
