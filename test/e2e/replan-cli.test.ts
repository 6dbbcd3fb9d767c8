import { Ajv } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = 'scenarios/round-2022/scenario.yaml';
const CHANGES = 'scenarios/round-2022/changes.yaml';
const STACK_LINE = /^\s+at /m;
const hashOf = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
const validate = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true }).compile(
  JSON.parse(readFileSync('schemas/result.schema.json', 'utf8')) as object,
);

interface Assignment {
  readonly expert: string;
  readonly request: string;
  readonly period: string;
}
const keys = (list: readonly Assignment[]) => list.map((a) => `${a.expert} ${a.request} ${a.period}`).sort();

let folder: string;
let promisedFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'expertpool-replan-'));
  const solved = runCli(['solve', EXAMPLE, '--out', join(folder, 'decided'), '--explain', 'fast']);
  expect(solved.status).toBe(0);
  promisedFile = join(folder, 'decided', 'result.json');
}, 120_000);

/** Writes a changes file into the test folder and returns its path. */
function changesFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('expertpool replan on the example round', () => {
  it('keeps the frozen period, drops and moves what the changes require, with reasons, and writes the reports', () => {
    const out = join(folder, 'revised');
    const run = runCli(['replan', EXAMPLE, '--from', promisedFile, '--changes', CHANGES, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const promised = JSON.parse(readFileSync(promisedFile, 'utf8'));
    const revised = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(validate(revised), JSON.stringify(validate.errors)).toBe(true);
    const inP1 = (list: readonly Assignment[]) => keys(list.filter((a) => a.period === 'P1'));
    expect(inP1(revised.assignments)).toEqual(inP1(promised.assignments));
    expect(revised.assignments.some((a: Assignment) => a.expert === 'X001' && a.period !== 'P1')).toBe(false);
    expect(revised.assignments.some((a: Assignment) => a.request === 'A024')).toBe(false);
    expect(revised.budget.limit).toBe(215000);
    const { replan } = revised;
    expect(replan.kept.length + replan.moved.length + replan.dropped.length).toBe(promised.assignments.length);
    expect(replan.dropped.map((e: { trajectory: Assignment; reason: { code: string } }) => [e.trajectory.request, e.reason.code])).toEqual([
      ['A007', 'withdrawn'],
      ['A024', 'cancelled'],
    ]);
    expect(replan.moved).toHaveLength(1);
    expect(replan.moved[0]).toMatchObject({ from: { expert: 'X001', request: 'A025' }, reason: { code: 'withdrawn', from: 'P2' } });
    expect(revised.run.replan).toEqual({ from: hashOf(promisedFile), changes: hashOf(CHANGES) });
    expect(revised.tiers[0]).toMatchObject({ tier: 'kept', status: 'optimal', value: replan.kept.length });
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report.indexOf('## Revised allocation')).toBeGreaterThan(0);
    expect(report.indexOf('## Revised allocation')).toBeLessThan(report.indexOf('## At a glance'));
  });

  it('revises a revision: the earlier changes stay in force, and nothing new changes nothing', () => {
    const first = join(folder, 'chain-1');
    expect(runCli(['replan', EXAMPLE, '--from', promisedFile, '--changes', CHANGES, '--out', first, '--explain', 'fast']).status).toBe(0);
    const firstResult = join(first, 'result.json');
    const same = runCli([
      'replan',
      EXAMPLE,
      '--from',
      firstResult,
      '--changes',
      changesFile('nothing.yaml', ''),
      '--json',
      '--explain',
      'fast',
    ]);
    expect(same.status).toBe(0);
    const unchanged = JSON.parse(same.stdout);
    expect(keys(unchanged.assignments)).toEqual(keys(JSON.parse(readFileSync(firstResult, 'utf8')).assignments));
    expect(unchanged.replan.changes).toMatchObject({ frozen: ['P1'], withdraw: [{ expert: 'X001', from: 'P2' }], budget: 215000 });
    expect(unchanged.run.replan.from).toBe(hashOf(firstResult));
    // September: P2 is over too and A034 is cancelled; X001 stays withdrawn.
    const later = changesFile('september.yaml', 'frozen: [P2]\ncancel: [{ request: A034 }]\n');
    const second = JSON.parse(runCli(['replan', EXAMPLE, '--from', firstResult, '--changes', later, '--json', '--explain', 'fast']).stdout);
    expect(second.replan.changes).toMatchObject({ frozen: ['P1', 'P2'], cancel: [{ request: 'A024' }, { request: 'A034' }] });
    expect(second.assignments.some((a: Assignment) => a.expert === 'X001' && a.period !== 'P1')).toBe(false);
    expect(second.replan.dropped.map((e: { trajectory: Assignment }) => e.trajectory.request)).toEqual(['A034']);
  });

  it('writes the revised allocation in Dutch: herziene toewijzing', () => {
    const run = runCli(['replan', EXAMPLE, '--from', promisedFile, '--changes', CHANGES, '--lang', 'nl', '--explain', 'fast']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Herziene toewijzing');
    expect(run.stdout).toContain('De gemeente trok de aanvraag in.');
  });

  it('never overwrites the result it revises', () => {
    const run = runCli(['replan', EXAMPLE, '--from', promisedFile, '--changes', CHANGES, '--out', join(folder, 'decided'), '--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is an input of this run');
    expect(JSON.parse(readFileSync(promisedFile, 'utf8')).replan).toBeUndefined();
  });
});

describe('expertpool replan refuses bad changes and results', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      'an unknown expert',
      'withdraw: [{ expert: X044, from: P2 }]',
      'field "withdraw[0].expert": "X044" is not an expert of the round. Did you mean "X004"?',
    ],
    ['an unknown request', 'cancel: [{ request: A999 }]', 'field "cancel[0].request": "A999" is not a request'],
    [
      'an unknown period',
      'frozen: [p1]',
      'field "frozen[0]": "p1" is not a period of the round (P1, P2, P3). Periods are case-sensitive: write "P1".',
    ],
    ['a misspelt key', 'withdrew: []', 'field "withdrew": is not a known key. Did you mean "withdraw"?'],
    ['a prototype key', '__proto__: { budget: 1 }', 'field "__proto__": is the key "__proto__", which no changes file uses'],
    [
      'a withdrawal in a frozen period',
      'frozen: [P1]\nwithdraw: [{ expert: X004, from: P1 }]',
      'field "withdraw[0].from": expert X004 works in the frozen period P1',
    ],
    [
      'a cancelled frozen trajectory',
      'frozen: [P1]\ncancel: [{ request: A026 }]',
      'field "cancel[0]": request A026 is served in the frozen period P1',
    ],
    [
      'a budget below the frozen cost',
      'frozen: [P1]\nbudget: 100000',
      'field "budget": is EUR 100,000, less than the trajectories of the frozen periods cost',
    ],
    [
      'an expert listed twice',
      'withdraw: [{ expert: X004, from: P2 }, { expert: X004, from: P3 }]',
      'field "withdraw[1]": "X004" is listed twice (first at withdraw[0])',
    ],
  ];

  it.each(cases)('%s: exit 2 naming the field, no stack, nothing written', (_, text, expected) => {
    const out = join(folder, 'refused');
    const run = runCli(['replan', EXAMPLE, '--from', promisedFile, '--changes', changesFile('bad.yaml', text), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`bad.yaml, ${expected}`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a previous result that is not one, or is from a later version, and a frozen trajectory the data no longer allows', () => {
    const promised = JSON.parse(readFileSync(promisedFile, 'utf8'));
    const variants: readonly (readonly [string, string])[] = [
      ['{"status": "optimal"', 'result.json: is not a result written by expertpool: it is not valid JSON'],
      [JSON.stringify({ status: 'optimal' }), 'result.json, field "scenario": is required but missing.'],
      [JSON.stringify({ ...promised, run: { ...promised.run, version: '9.0.0' } }), 'field "run.version": was written by expertpool 9.0.0'],
      [
        JSON.stringify({
          ...promised,
          assignments: promised.assignments.map((a: Assignment, i: number) => (i === 0 ? { ...a, expert: 'X077' } : a)),
        }),
        'result.json, field "assignments[0]": the trajectory X077 -> A026 in P1 is in a frozen period, but the current data no longer allows it: the expert is no longer in experts.csv.',
      ],
    ];
    const frozen = changesFile('frozen.yaml', 'frozen: [P1]\n');
    for (const [text, expected] of variants) {
      const from = join(mkdtempSync(join(folder, 'bad-')), 'result.json');
      writeFileSync(from, text);
      const run = runCli(['replan', EXAMPLE, '--from', from, '--changes', frozen]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(expected);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('reports, and does not silently drop, a promised trajectory of a later period the data no longer allows', () => {
    const promised = JSON.parse(readFileSync(promisedFile, 'utf8'));
    const from = join(mkdtempSync(join(folder, 'gone-')), 'result.json');
    const gone = promised.assignments.findIndex((a: Assignment) => a.period === 'P3');
    writeFileSync(
      from,
      JSON.stringify({
        ...promised,
        assignments: promised.assignments.map((a: Assignment, i: number) => (i === gone ? { ...a, request: 'A099' } : a)),
      }),
    );
    const run = runCli(['replan', EXAMPLE, '--from', from, '--changes', changesFile('none.yaml', '{}'), '--json', '--explain', 'fast']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`warning: result.json, field "assignments[${gone}]": the promised trajectory`);
    const dropped = JSON.parse(run.stdout).replan.dropped;
    expect(dropped).toEqual([
      expect.objectContaining({
        trajectory: expect.objectContaining({ request: 'A099' }),
        reason: expect.objectContaining({ code: 'not-allowed' }),
      }),
    ]);
  });
});
