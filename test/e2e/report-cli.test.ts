import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';

const EXAMPLE = 'scenarios/round-2022/scenario.yaml';
const freshFolder = () => join(mkdtempSync(join(tmpdir(), 'expertpool-report-')), 'out');

/** Blanks the wall times, the only thing allowed to differ between runs of the same input. */
function withoutTiming(text: string): string {
  return text
    .replace(/"seconds": ?[0-9.e+-]+/g, '"seconds":0')
    .replace(/\| (wall time|rekentijd) \|[^\n]*/g, '| $1 |')
    .replace(/<td class="timing">[^<]*<\/td>/g, '<td class="timing"></td>');
}

describe('report files through the CLI', () => {
  it('writes every format, in Dutch and for Excel, byte-identical across runs apart from wall time', () => {
    const folders = [freshFolder(), freshFolder()];
    for (const folder of folders) {
      const run = runCli(['solve', EXAMPLE, '--out', folder, '--lang', 'nl', '--csv-dialect', 'excel-nl']);
      expect(run.status, run.stderr).toBe(0);
    }
    const names = readdirSync(folders[0]!).sort();
    expect(names).toEqual(['assignments.csv', 'report.html', 'report.md', 'result.json', 'unserved.csv']);
    for (const name of names) {
      const [first, second] = folders.map((folder) => readFileSync(join(folder, name), 'utf8'));
      expect(withoutTiming(second!), name).toBe(withoutTiming(first!));
    }
    const unserved = readFileSync(join(folders[0]!, 'unserved.csv'), 'utf8');
    expect(unserved.startsWith('\uFEFFrequest;municipality;domain;priority;reason;message;all_reasons;displaced;served_below\r\n')).toBe(
      true,
    );
    expect(unserved).toContain('Deze aanvraag kan aan geen enkele expert toegekend worden');
    const markdown = readFileSync(join(folders[0]!, 'report.md'), 'utf8');
    expect(markdown).toContain('## Stabiliteitscontrole');
    expect(markdown).toMatch(/\| budget over \| EUR [\d.]+ \|/);
  });

  it('writes only the formats asked for, and rejects an unknown one', () => {
    const folder = freshFolder();
    const scenario = join(smallRound(), 'scenario.yaml');
    expect(runCli(['solve', scenario, '--out', folder, '--format', 'md,csv']).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['assignments.csv', 'report.md', 'unserved.csv']);
    const bad = runCli(['solve', scenario, '--out', freshFolder(), '--format', 'md,pdf']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format: unknown format "pdf"; choose from md, html, csv, json');
    expect(bad.stderr).not.toContain('    at ');
  });
});

describe('expertpool explain', () => {
  it('explains an unserved request with the requests it would displace', () => {
    const run = runCli(['explain', EXAMPLE, '--request', 'A009']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Request A009 \(Lokeren \(46014\), kinderarmoede, priority 59\) is not served\.\n/);
    expect(run.stdout).toMatch(/^- `outranked` Serving it would displace A\d{3} \(/m);
  });

  it('explains a served request in Dutch, and as JSON', () => {
    const run = runCli(['explain', EXAMPLE, '--request', 'A025', '--lang', 'nl']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Aanvraag A025 \(Zelzate \(43018\), kinderarmoede, prioriteit 77\) wordt toegekend met .+ \(X\d{3}\) uit .+ in P\d\./,
    );
    expect(run.stdout).toContain('Waarom deze expert en geen andere:');
    const json = JSON.parse(runCli(['explain', EXAMPLE, '--request', 'A006', '--json']).stdout);
    expect(json).toMatchObject({
      request: 'A006',
      served: false,
      unserved: { reasons: [{ code: 'no-eligible-expert', nearestMiss: { expert: expect.any(String) } }] },
    });
  });

  it('names the closest id for an unknown request (exit 2)', () => {
    const run = runCli(['explain', EXAMPLE, '--request', 'A0099']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('expertpool: --request: no request "A0099" in the round; did you mean "A009"?\n');
  });
});
