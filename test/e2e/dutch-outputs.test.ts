import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { allocationWorkbook } from '../../src/report/allocation-xlsx.js';
import { unservedCsv } from '../../src/report/csv.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import type { AllocationResult } from '../../src/result/result.js';
import { analyseSensitivity } from '../../src/what-if/sensitivity.js';
import { englishPhraseCount, expectNoEnglish, visibleHtmlText } from '../support/english-in-dutch.js';
import { runCli } from '../support/run-cli.js';
import { writeRoundFolder } from '../support/temp-round.js';
import { workbookTexts } from '../support/workbook.js';

// Every output in Dutch, for rounds that show every part of a report, must
// hold no English sentence. The scenarios get Dutch names, so what remains
// English can only come from the program.
const EXAMPLE = 'scenarios/round-2022';
const SCENARIOS: Readonly<Record<string, string>> = {
  'ronde.yaml': 'extends: scenario.yaml\nname: Ronde 2022\n',
  'meer-budget.yaml': 'extends: scenario.yaml\nname: Ronde 2022 met meer budget\nbudget: 300000\n',
  'onhaalbaar.yaml': 'extends: scenario.yaml\nname: Ronde 2022 onhaalbaar\nconstraints: { provinces: { Limburg: { min: 9 } } }\n',
  // The optimiser meets the minimum, the hand-matching in order does not: the baseline lists the rule it breaks.
  'minimum.yaml': 'extends: scenario.yaml\nname: Ronde 2022 met minimum\nconstraints: { provinces: { Limburg: { min: 5 } } }\n',
  'een-voor-een.yaml':
    'extends: scenario.yaml\nname: Ronde 2022 één voor één\npriority: { rule: greedy }\nconstraints: { provinces: { Limburg: { min: 5 } } }\n',
  'loting.yaml': 'extends: scenario.yaml\nname: Ronde 2022 met loting\npriority: { rule: lottery, seed: 7 }\n',
};

let folder: string;
const engine = new HighsEngine();

async function solve(file: string, counterfactuals: 'all' | 'none' = 'none'): Promise<AllocationResult> {
  return solveChecked(loadRound(join(folder, file)), { engine, timeLimitSeconds: 60, counterfactuals });
}

beforeAll(() => {
  const inputs = Object.fromEntries(
    ['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((file) => [file, readFileSync(join(EXAMPLE, file))]),
  );
  folder = writeRoundFolder({ ...inputs, ...SCENARIOS });
});

describe('every output in Dutch holds no English', () => {
  it('knows the English phrases it looks for', () => {
    expect(englishPhraseCount).toBeGreaterThan(100);
  });

  it('report.md, report.html and unserved.csv of every kind of round', async () => {
    const optimal = await solve('ronde.yaml', 'all');
    const withSensitivity = {
      ...optimal,
      sensitivity: await analyseSensitivity(loadRound(join(folder, 'ronde.yaml')), optimal, { engine, timeLimitSeconds: 60 }),
    };
    const stopped: AllocationResult = {
      ...optimal,
      status: 'time_limit',
      tiers: optimal.tiers.map((tier) => ({ ...tier, status: 'time_limit', bound: tier.value + 1, gap: 0.01 })),
    };
    const infeasible = await solve('onhaalbaar.yaml');
    const unmet = await solve('minimum.yaml');
    const greedy = await solve('een-voor-een.yaml');
    const lottery = await solve('loting.yaml');
    // Each round shows the part it is here for.
    expect(optimal.shortfalls?.length).toBeGreaterThan(0);
    expect(withSensitivity.sensitivity.entries.length).toBeGreaterThan(1);
    expect(infeasible.diagnosis?.[0]?.code).toBe('quota-unreachable');
    expect(unmet.status).toBe('optimal');
    expect(unmet.baseline?.violations.length).toBeGreaterThan(0);
    expect(greedy.status).toBe('breaks_rules');
    expect(greedy.violations?.length).toBeGreaterThan(0);
    const rounds = { optimal: withSensitivity, stopped, infeasible, unmet, greedy, lottery };
    for (const [name, result] of Object.entries(rounds)) {
      expectNoEnglish(markdownReport(result, 'nl'), `report.md (${name})`);
      expectNoEnglish(visibleHtmlText(htmlReport(result, 'nl')), `report.html (${name})`);
      // The header names the CSV's columns (a contract in English); the messages below it are in the language asked.
      expectNoEnglish(unservedCsv(result, { lang: 'nl' }).split('\n').slice(1).join('\n'), `unserved.csv (${name})`);
      expectNoEnglish(workbookTexts(allocationWorkbook(result, 'nl')), `allocation.xlsx (${name})`);
    }
  }, 120_000);

  it('compare, sweep, explain and validate with --lang nl', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'expertpool-nl-')), 'out');
    const scenario = (file: string) => join(folder, file);
    // compare and sweep: stdout and the page --out writes.
    const whatIf = (command: 'compare' | 'sweep', args: readonly string[], folder: string = command) => {
      const written = join(out, folder);
      const run = runCli([command, ...args, '--lang', 'nl', '--out', written, '--format', 'html,xlsx']);
      expect(run.status, run.stderr).toBe(0);
      expectNoEnglish(run.stdout, `${command} on stdout`);
      expectNoEnglish(visibleHtmlText(readFileSync(join(written, `${command}.html`), 'utf8')), `${command}.html`);
      expectNoEnglish(workbookTexts(readFileSync(join(written, `${command}.xlsx`))), `${command}.xlsx`);
    };
    whatIf('compare', [scenario('ronde.yaml'), scenario('meer-budget.yaml'), '--explain', 'fast']);
    // Different rules: the reference rule's figures and those on each rule's own scale.
    whatIf(
      'compare',
      [scenario('loting.yaml'), scenario('ronde.yaml'), scenario('een-voor-een.yaml'), '--explain', 'fast'],
      'compare-rules',
    );
    whatIf('sweep', [scenario('ronde.yaml'), '--vary', 'budget=200000,250000', '--jobs', '1']);
    for (const request of ['A009', 'A025', 'A006']) {
      const explain = runCli(['explain', scenario('ronde.yaml'), '--request', request, '--lang', 'nl']);
      expect(explain.status, explain.stderr).toBe(0);
      expectNoEnglish(explain.stdout, `explain ${request}`);
    }
    // A round without allocation has nothing to explain, and says so in Dutch.
    const nothing = runCli(['explain', scenario('onhaalbaar.yaml'), '--request', 'A009', '--lang', 'nl']);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain('er valt niets uit te leggen');
    expectNoEnglish(nothing.stderr, 'explain without allocation');
    for (const [file, status] of [
      ['ronde.yaml', 0],
      ['onhaalbaar.yaml', 1],
    ] as const) {
      const validate = runCli(['validate', scenario(file), '--lang', 'nl']);
      expect(validate.status, validate.stderr).toBe(status);
      expectNoEnglish(validate.stdout, `validate ${file}`);
    }
  }, 180_000);

  it('the messages on stderr with --lang nl: usage errors, refused output folders, warnings and the lines of solve', () => {
    const scenario = (file: string) => join(folder, file);
    const bad = (name: string) => fileURLToPath(new URL(`../fixtures/bad/${name}/scenario.yaml`, import.meta.url));
    const full = mkdtempSync(join(tmpdir(), 'expertpool-nl-'));
    writeFileSync(join(full, 'notities.txt'), 'van ons');
    const runs: readonly (readonly [string, readonly string[], number, string])[] = [
      ['a usage error', ['solve', scenario('ronde.yaml'), '--time-limit', '0'], 2, '--time-limit moet een aantal seconden zijn'],
      ['a usage error of compare', ['compare', scenario('ronde.yaml')], 2, 'compare heeft minstens twee scenariobestanden nodig'],
      ['an unknown request', ['explain', scenario('ronde.yaml'), '--request', 'A0099'], 2, 'geen aanvraag "A0099" in de ronde'],
      ['a refused output folder', ['solve', scenario('ronde.yaml'), '--out', full], 2, 'bestaat al en is niet leeg (1 item)'],
      ['a warning', ['validate', bad('domain-typo-warning')], 0, 'waarschuwing: requests.csv, rij 2, kolom "domain"'],
      ['an infeasible round', ['solve', scenario('onhaalbaar.yaml'), '--json'], 1, 'onhaalbaar: constraints.provinces.Limburg.min: '],
      [
        'a hand-matching that breaks a rule',
        ['solve', scenario('een-voor-een.yaml'), '--json'],
        0,
        'regel gebroken: Limburg krijgt 4 trajecten',
      ],
      ['a damaged workbook', ['validate', bad('xlsx-cut-short')], 2, 'kan niet gelezen worden als .xlsx-werkmap: er is geen centrale'],
      ['overlapping periods', ['validate', bad('overlapping-periods')], 2, 'Zet de periodes in volgorde van tijd'],
    ];
    for (const [what, args, status, dutch] of runs) {
      const run = runCli([...args, '--lang', 'nl']);
      expect(run.status, run.stderr).toBe(status);
      expect(run.stderr).toContain(dutch);
      expectNoEnglish(run.stderr.replaceAll(full, 'map'), what);
    }
  }, 120_000);

  it('init with --lang nl: what it prints, the scenario comments, README.md and validate of the new round', () => {
    const round = join(mkdtempSync(join(tmpdir(), 'expertpool-nl-')), 'ronde');
    const init = runCli(['init', round, '--lang', 'nl']);
    expect(init.status, init.stderr).toBe(0);
    expectNoEnglish(init.stdout.replaceAll(round, 'ronde'), 'init on stdout');
    const comments = readFileSync(join(round, 'scenario.yaml'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expectNoEnglish(comments.join('\n'), 'scenario.yaml of a new round');
    // The tables of README.md name the columns, which are English in every language; the prose around them is not.
    const prose = readFileSync(join(round, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('|'));
    expectNoEnglish(prose.join('\n'), 'README.md of a new round');
    const validate = runCli(['validate', join(round, 'scenario.yaml'), '--lang', 'nl']);
    expect(validate.status).toBe(1);
    expectNoEnglish(validate.stdout, 'validate of a new round');
  });
});
