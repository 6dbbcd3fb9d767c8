import { describe, expect, it } from 'vitest';
import { cliWords, usageText } from '../../src/text/cli-text.js';
import type { UsageFact } from '../../src/text/cli-words.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';

// Every usage fact with the English sentence the command line printed before it became a fact.
const USAGE: readonly (readonly [UsageFact, string])[] = [
  [
    { id: 'time-limit', seconds: 0, max: 86400 },
    '--time-limit must be a number of seconds more than 0 and at most 86400 (one day); got 0. For example: --time-limit 60',
  ],
  [
    { id: 'format-unknown', unknown: ['pdf', 'doc'], allowed: ['md', 'html'] },
    '--format: unknown format "pdf, doc"; choose from md, html (comma-separated)',
  ],
  [{ id: 'jobs', jobs: 0 }, '--jobs must be a whole number of at least 1 (got 0)'],
  [{ id: 'compare-too-few', count: 1 }, 'compare needs at least two scenario files (got 1)'],
  [{ id: 'request-unknown', request: 'A0099', suggestion: 'A009' }, '--request: no request "A0099" in the round; did you mean "A009"?'],
  [{ id: 'request-unknown', request: 'A1' }, '--request: no request "A1" in the round'],
  [{ id: 'export-no-file' }, 'name a file to write with --lp FILE and/or --mps FILE'],
  [{ id: 'export-same-file' }, '--lp and --mps name the same file; give each format its own file'],
  [{ id: 'count-range', flag: 'periods', value: 13, min: 1, max: 12 }, '--periods must be a whole number from 1 to 12 (got 13)'],
  [{ id: 'budget-not-positive', value: -5 }, '--budget must be a positive number of EUR (got -5)'],
  [{ id: 'engine-unknown', engine: 'cplex', known: ['highs', 'jslp'] }, 'unknown engine "cplex"; choose one of: highs, jslp'],
];

describe('the words of the command line', () => {
  it.each(USAGE)('word the usage fact %o in English as before, and in Dutch', (fact, english) => {
    expect(usageText(fact, 'en')).toBe(english);
    const dutch = usageText(fact, 'nl');
    expect(dutch).not.toBe(english);
    expectNoEnglish(dutch, fact.id);
  });

  it('finds English in a Dutch text, so the checks above can fail', () => {
    expect(() => expectNoEnglish(usageText({ id: 'jobs', jobs: 0 }, 'en'), 'jobs')).toThrow();
    expect(() => expectNoEnglish(cliWords('en').interrupted, 'interrupted')).toThrow();
  });

  it('say every other line of the command line in Dutch', () => {
    const nl = cliWords('nl');
    const lines = {
      nameCommand: nl.nameCommand,
      seeHelp: nl.seeHelp,
      interrupted: nl.interrupted,
      engineFailure: nl.engineFailure('highs'),
      allocationRefused: nl.allocationRefused(''),
      internalError: nl.internalError(''),
      stdoutFailed: nl.stdoutFailed('EIO'),
      infeasible: nl.infeasible,
      breaks: nl.breaks,
      sweepProgress: nl.sweepProgress('###---', 3, 6),
      generated: nl.generated(4, 'ronde', 'scenario.yaml, experts.csv'),
      exported: nl.exported('ronde.lp', nl.modelSize(120, 100, 80)),
      modelTitle: nl.modelTitle('Ronde 2022', 'priority', 'max', 1000),
    };
    for (const [name, line] of Object.entries(lines)) expectNoEnglish(line, name);
    expect(lines.sweepProgress).toBe('reeks [###---] 3/6 punten');
    expect(cliWords('en').sweepProgress('###---', 3, 6)).toBe('sweep [###---] 3/6 points');
  });

  it('keep the lines that generate and export print, and the comments atop a model, as they were in English', () => {
    const en = cliWords('en');
    const size = en.modelSize(120, 100, 80);
    expect(size).toBe('120 columns (x0..x99 are trajectories, the rest counts), 80 rows');
    expect(en.exported('round.lp', size)).toBe(`Wrote round.lp: ${size}`);
    expect(en.modelTitle('Round 2022', 'priority', 'max', 1000)).toBe(
      'expertpool model of "Round 2022", tier "priority" (maximise; optimum / 1000 = the tier value)',
    );
    expect(en.generated(4, 'round', 'a.csv, b.csv')).toBe('Wrote 4 files into round: a.csv, b.csv');
    expect(`${en.infeasible}: ${en.breaks}:`).toBe('infeasible: breaks:');
  });
});
