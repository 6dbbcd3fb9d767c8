import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';
import { dateCell, workbookBytes } from '../support/workbook.js';

/**
 * Two requests for one affordable trajectory under first-come: A001 at 09:00
 * Brussels time (07:00 UTC), A002 at 07:30 UTC. Read in Brussels, A001 came
 * first; read in the machine's zone, Los Angeles or UTC would put A002 first.
 */
const REQUESTS = `id,municipality,domain,periods,submitted_at,priority
A001,41002,wonen,P1,2021-10-04 09:00,50
A002,11002,wonen,P1,2021-10-04T07:30:00Z,50
`;

const solveIn = (folder: string, timeZone: string, extra: readonly string[] = []) =>
  spawnSync(process.execPath, [BIN, 'solve', join(folder, 'scenario.yaml'), '--json', '--explain', 'fast', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, TZ: timeZone },
    timeout: 120_000,
  });

const withoutTiming = (json: string) => json.replace(/"seconds": [0-9.e+-]+/g, '"seconds": 0');

describe('submitted_at without an offset', () => {
  it('is Brussels time on every machine: the same bytes in three time zones', () => {
    const folder = smallRound({
      'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 20000').concat('priority: { rule: first-come }\n'),
      'requests.csv': REQUESTS,
    });
    const runs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((zone) => solveIn(folder, zone));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const [first, ...others] = runs.map((run) => withoutTiming(run.stdout));
    for (const other of others) expect(other).toBe(first);
    const result = JSON.parse(first!) as { assignments: { request: string }[]; priority: { order: string[] } };
    expect(result.priority.order).toEqual(['A001', 'A002']);
    expect(result.assignments.map((assignment) => assignment.request)).toEqual(['A001']);
  });
});

describe('a workbook in three time zones', () => {
  it('reads date cells as Brussels time and writes allocation.xlsx the same, byte for byte', () => {
    const requests = [
      ['id', 'municipality', 'domain', 'periods', 'submitted_at', 'priority'],
      ['A001', 41002, 'wonen', 'P1', dateCell(2021, 10, 4, 9, 0, 0), 50],
      ['A002', 11002, 'wonen', 'P1', '2021-10-04T07:30:00Z', 50],
    ];
    const folder = smallRound({
      'requests.xlsx': workbookBytes({ requests }),
      'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 20000')
        .replace('requests: requests.csv', 'requests: requests.xlsx')
        .concat('priority: { rule: first-come }\n'),
    });
    const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
    const outs = zones.map(() => join(mkdtempSync(join(tmpdir(), 'expertpool-zones-')), 'out'));
    const runs = zones.map((zone, index) => solveIn(folder, zone, ['--out', outs[index]!, '--format', 'xlsx']));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const [first, ...others] = runs.map((run) => withoutTiming(run.stdout));
    for (const other of others) expect(other).toBe(first);
    expect((JSON.parse(first!) as { priority: { order: string[] } }).priority.order).toEqual(['A001', 'A002']);
    const [workbook, ...rest] = outs.map((out) => readFileSync(join(out, 'allocation.xlsx')));
    for (const other of rest) expect(other.equals(workbook!)).toBe(true);
  });
});
