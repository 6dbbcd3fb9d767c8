import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/what-if/compare.js';
import { comparisonDocument } from '../../src/report/compare-report.js';
import { renderMarkdown } from '../../src/report/markdown-render.js';
import { whatIfHtml } from '../../src/report/what-if-html.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const BASE = 'scenarios/round-2022/scenario.yaml';
const MORE_BUDGET = 'scenarios/round-2022/what-if-budget-300k.yaml';

interface Result {
  readonly status: string;
  readonly assignments: readonly { readonly request: string }[];
  readonly budget: { readonly used: number };
}

describe('expertpool compare on the example round and a what-if', () => {
  let run: CliRun;
  let out: string;
  let json: Comparison & { summary: { servedDelta: number; gained: string[]; lost: string[] } };
  const file = (name: string) => readFileSync(join(out, name), 'utf8');

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'expertpool-compare-'));
    run = runCli(['compare', BASE, MORE_BUDGET, '--json', '--out', out], { cwd: ROOT });
    json = JSON.parse(run.stdout);
  });

  it('exits 0 and prints the JSON contract: scenarios with name, file and result, and the diff', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json.scenarios.map((s) => [s.name, s.file])).toEqual([
      ['Round 2022', BASE],
      ['Round 2022, budget EUR 300k', MORE_BUDGET],
    ]);
    for (const scenario of json.scenarios) expect((scenario.result as unknown as Result).status).toBe('optimal');
    expect(file('compare.json')).toBe(run.stdout);
  });

  it('has a diff that is exactly the requests served under one scenario but not the other', () => {
    const served = json.scenarios.map((s) => new Set((s.result as unknown as Result).assignments.map((a) => a.request)));
    const [a, b] = served as [Set<string>, Set<string>];
    const onlyA = [...a].filter((id) => !b.has(id)).sort();
    const onlyB = [...b].filter((id) => !a.has(id)).sort();
    expect(
      json.diff
        .filter((d) => d.servedIn[0] === 'Round 2022')
        .map((d) => d.request)
        .sort(),
    ).toEqual(onlyA);
    expect(
      json.diff
        .filter((d) => d.servedIn[0] !== 'Round 2022')
        .map((d) => d.request)
        .sort(),
    ).toEqual(onlyB);
    for (const d of json.diff) expect(d.servedIn).toHaveLength(1);
    expect(json.summary.servedDelta).toBe(b.size - a.size);
    expect([...json.summary.gained].sort()).toEqual(onlyB);
    expect([...json.summary.lost].sort()).toEqual(onlyA);
  });

  it('reports figures consistent with each result', () => {
    json.figures.forEach((figures, index) => {
      const result = json.scenarios[index]!.result as unknown as Result;
      expect(figures.served).toBe(result.assignments.length);
      expect(figures.budgetUsed).toBe(result.budget.used);
      expect(Object.values(figures.byProvince).reduce((sum, n) => sum + n, 0)).toBe(figures.served);
      expect(Object.values(figures.byDomain).reduce((sum, n) => sum + n, 0)).toBe(figures.served);
    });
    // More budget can only raise the summed priority of an optimal allocation.
    expect(json.figures[1]!.priority).toBeGreaterThanOrEqual(json.figures[0]!.priority);
    expect(json.neediestQuartile).toHaveLength(Math.ceil(34 / 4));
  });

  it('writes report files that its JSON alone renders again, byte for byte (their golden files: test/golden/compare)', () => {
    const document = comparisonDocument(json, 'en');
    expect(renderMarkdown(document)).toBe(file('compare.md'));
    expect(whatIfHtml(document)).toBe(file('compare.html'));
  });
});

describe('expertpool compare with other rules and bad input', () => {
  it('compares first come with need by poverty indicators and names who wins and who loses', () => {
    const run = runCli(
      ['compare', 'scenarios/round-2022/rule-first-come.yaml', 'scenarios/round-2022/rule-weighted.yaml', '--lang', 'nl'],
      { cwd: ROOT },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# Vergelijking van scenario’s');
    expect(run.stdout).toMatch(/## Samenvatting\n\n\*\*Round 2022, rule weighted\*\* kent .+ \*\*Round 2022, rule first-come\*\*/);
    // Scores of different rules are not on one scale: the summary subtracts the reference rule's scores only.
    expect(run.stdout).toMatch(
      /De toegekende prioriteit, in beide scenario’s gescoord met de regel van \*\*Round 2022, rule weighted\*\*, verandert met [+-]/,
    );
    expect(run.stdout).toContain('eigen prioriteitssommen van de scenario’s staan op een verschillende schaal en worden niet vergeleken');
    expect(run.stdout).toMatch(/Enkel toegekend in het tweede scenario: A\d{3}/);
    expect(run.stdout).toContain('met de hoogste prioriteit in **Round 2022, rule weighted**');
  });

  it('compares rules on one yardstick (the reference rule named in the report) and marks figures on each own scale', () => {
    const files = ['first-come', 'greedy', 'score', 'weighted'].map((rule) => `scenarios/round-2022/rule-${rule}.yaml`);
    const run = runCli(['compare', ...files, '--json', '--explain', 'fast'], { cwd: ROOT });
    expect(run.status, run.stderr).toBe(0);
    const comparison = JSON.parse(run.stdout) as Comparison;
    // The first scenario whose rule scores need itself; the hand-matching before it only follows one.
    expect(comparison).toMatchObject({ needReference: 'Round 2022, rule score', referenceRule: 'score', sameRule: false });
    const priorityColumn = new Map(
      readFileSync(join(ROOT, 'scenarios/round-2022/requests.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => [line.split(',')[0]!, Number(line.split(',')[5])]),
    );
    comparison.figures.forEach((figures, index) => {
      const served = (comparison.scenarios[index]!.result as unknown as Result).assignments.map((a) => priorityColumn.get(a.request)!);
      expect(figures.reference.priority).toBeCloseTo(
        served.reduce((sum, p) => sum + p, 0),
        9,
      );
      expect(figures.reference.minimumPriority).toBe(Math.min(...served));
    });
    // First come scores 34 down to 1 on its own scale; scored by need it is comparable with the others.
    expect(comparison.figures[0]!.priority).toBeLessThan(400);
    expect(comparison.figures[0]!.reference.priority).toBeGreaterThan(1000);
    for (const d of comparison.diff) expect(d.priority).toBe(priorityColumn.get(d.request));
    const report = runCli(['compare', ...files, '--explain', 'fast'], { cwd: ROOT }).stdout;
    expect(report).toMatch(/\| priority served \(reference rule\) \| 1,134\.5 \| 1,195 \| 1,212 \| [\d,.]+ \|/);
    expect(report).toMatch(/\| priority served \(own rule\) \| 375 \| 1,195 \| 1,212 \| 10\.31 \|/);
    expect(report).toMatch(/\| criterion: summed priority \| 375 \|/);
    expect(report).not.toMatch(/\| priority served \| /);
    expect(report).toContain('under **Round 2022, rule score**, the first scenario whose rule measures need');
    expect(report).toContain('| hand-matching, not optimised |');
    expect(report).toContain('| priority (reference rule) |');
  });

  it('gives two scenarios with the same name distinct names', () => {
    const folder = smallRound({ 'copy.yaml': 'extends: scenario.yaml\n' });
    const run = runCli(['compare', join(folder, 'scenario.yaml'), join(folder, 'copy.yaml'), '--json']);
    expect(run.status).toBe(0);
    const comparison = JSON.parse(run.stdout) as Comparison;
    expect(comparison.scenarios.map((s) => s.name)).toEqual(['Test round (scenario.yaml)', 'Test round (copy.yaml)']);
    expect(comparison.diff).toEqual([]);
  });

  it('exits 2 with one scenario or a missing file, naming the problem', () => {
    const one = runCli(['compare', BASE], { cwd: ROOT });
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('at least two scenario files');
    const missing = runCli(['compare', BASE, 'scenarios/round-2022/nope.yaml'], { cwd: ROOT });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect(missing.stderr).not.toContain('    at ');
  });
});
