import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand, UsageError } from '../../src/cli/command-wrapper.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { UnknownEngineError } from '../../src/engines/engine-info.js';
import { SolveInterrupted } from '../../src/engines/worker-engine.js';
import { InputError } from '../../src/io/input-error.js';
import { AllocationCheckError } from '../../src/pipeline/solve-checked.js';
import { EngineFailure } from '../../src/solve/solve-round.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';

let written: string[];

beforeEach(() => {
  written = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the wrapper prints and returns when the command throws `error`, in `lang`. */
async function failWith(error: unknown, lang?: string): Promise<{ readonly exit: number; readonly stderr: string }> {
  const exit = await runCommand(async () => {
    throw error;
  }, lang);
  return { exit, stderr: written.join('') };
}

const broken = new AllocationCheckError([{ rule: 'request-once', request: 'A001' }]);

describe('the command wrapper speaks the command language', () => {
  it.each([
    [new UsageError({ id: 'jobs', jobs: 0 }), EXIT.input, 'expertpool: --jobs must be a whole number of at least 1 (got 0)\n'],
    [new UnknownEngineError('cplex'), EXIT.input, 'expertpool: unknown engine "cplex"; choose one of: highs, jslp\n'],
    [
      new SolveInterrupted('the solve was interrupted'),
      EXIT.interrupted,
      'expertpool: interrupted; the solve was stopped and nothing was written.\n',
    ],
    [
      new EngineFailure('highs failed on tier "priority": boom'),
      EXIT.internal,
      'expertpool: engine failure: highs failed on tier "priority": boom\nNo result was written.\n',
    ],
    [
      broken,
      EXIT.internal,
      "expertpool: internal error: the solver produced an allocation that breaks the round's rules: request-once\n" +
        '  - [request-once] request A001 is served more than once\n' +
        'This is a bug; no result was written. Please report it with the scenario.\n',
    ],
  ])('in English by default: %s', async (error, exit, stderr) => {
    expect(await failWith(error)).toEqual({ exit, stderr });
  });

  it.each([
    [new UsageError({ id: 'compare-too-few', count: 1 }), EXIT.input, 'compare heeft minstens twee scenariobestanden nodig (gekregen: 1)'],
    [new UnknownEngineError('cplex'), EXIT.input, 'onbekende rekenmotor "cplex"; kies uit: highs, jslp'],
    [
      new SolveInterrupted('the solve was interrupted'),
      EXIT.interrupted,
      'onderbroken; de berekening werd gestopt en er werd niets geschreven.',
    ],
    [new EngineFailure('jslp crashed'), EXIT.internal, 'de rekenmotor faalde: jslp crashed\nEr werd geen resultaat geschreven.'],
    [
      new InputError({ file: 'out' }, { id: 'output-not-folder', option: '--out' }),
      EXIT.input,
      'out: bestaat al en is geen map. Kies een map voor --out.',
    ],
  ])('in Dutch with --lang nl: %s', async (error, exit, text) => {
    const run = await failWith(error, 'nl');
    expect(run).toEqual({ exit, stderr: `expertpool: ${text}\n` });
  });

  it("keeps the checker's bug report English inside Dutch words around it", async () => {
    const run = await failWith(broken, 'nl');
    expect(run.exit).toBe(EXIT.internal);
    expect(run.stderr).toMatch(
      /^expertpool: interne fout: the solver produced an allocation that breaks the round's rules: request-once\n/,
    );
    expect(run.stderr).toContain('  - [request-once] request A001 is served more than once\n');
    expect(run.stderr).toMatch(
      /Dit is een fout in expertpool; er werd geen resultaat geschreven\. Meld de fout, samen met het scenario\.\n$/,
    );
  });

  it('says an unknown error is a bug, with its stack, in the command language', async () => {
    const english = await failWith(new TypeError('x is not a function'));
    expect(english.exit).toBe(EXIT.internal);
    expect(english.stderr).toMatch(
      /^expertpool: internal error \(this is a bug; please report it with the scenario and this text\):\nTypeError: x is not a function\n\s+at /,
    );
    written = [];
    const dutch = await failWith(new TypeError('x is not a function'), 'nl');
    expect(dutch.stderr).toMatch(
      /^expertpool: interne fout \(een fout in expertpool; meld ze, samen met het scenario en deze tekst\):\nTypeError/,
    );
    expectNoEnglish(dutch.stderr.split('\n')[0]!, 'the first line of an internal error');
  });
});
