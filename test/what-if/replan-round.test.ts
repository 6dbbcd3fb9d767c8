import { describe, expect, it } from 'vitest';
import type { ChangesFile, ReadDocument } from '../../src/io/changes-file.js';
import { loadRound, type LoadedRound } from '../../src/io/load-round.js';
import { resultJson } from '../../src/report/json.js';
import type { ResultJson } from '../../src/result/result-json.js';
import { prepareReplan } from '../../src/what-if/replan-round.js';
import { exampleResult } from '../support/example-result.js';

const document = <T>(value: T, label: string): ReadDocument<T> => ({ value, label, sha256: `sha256:${'1'.repeat(64)}` });

/** The example round's result as result.json has it, optionally with an earlier revision's changes. */
async function promised(carried?: Partial<NonNullable<ResultJson['replan']>['changes']>): Promise<ReadDocument<ResultJson>> {
  const { result } = await exampleResult();
  const json = JSON.parse(resultJson(result)) as ResultJson;
  const replan = carried && {
    changes: { frozen: [], withdraw: [], cancel: [], objective: [], ...carried },
    kept: [],
    moved: [],
    dropped: [],
    added: [],
  };
  return document(replan ? { ...json, replan } : json, 'result.json');
}

const loaded = (): LoadedRound => loadRound('scenarios/round-2022/scenario.yaml');
const prepare = async (changes: ChangesFile, round = loaded(), carried?: Parameters<typeof promised>[0]) =>
  prepareReplan(round, await promised(carried), document(changes, 'changes.yaml'));

describe('the revised round', () => {
  it('puts kept first, then the scenario own tiers, and the promised trajectories in its replan', async () => {
    const { round, changes } = await prepare({});
    expect(round.objective).toEqual(['kept', 'priority', 'served', 'distance']);
    expect(changes).toEqual({ frozen: [], withdraw: [], cancel: [], objective: round.objective });
    expect(round.replan?.promised).toHaveLength(15);
    expect(round.budget).toBe(250000);
  });

  it('carries the changes of an earlier revision: frozen periods and cancellations add up, a withdrawal keeps its earliest period', async () => {
    const { round, changes } = await prepare(
      { frozen: ['P1'], withdraw: [{ expert: 'X004', from: 'P3' }], cancel: [{ request: 'A012' }] },
      loaded(),
      {
        frozen: ['P1'],
        withdraw: [
          { expert: 'X001', from: 'P2' },
          { expert: 'X004', from: 'P2' },
        ],
        cancel: [{ request: 'A024' }],
        budget: 215000,
      },
    );
    expect(changes).toMatchObject({
      frozen: ['P1'],
      withdraw: [
        { expert: 'X001', from: 'P2' },
        { expert: 'X004', from: 'P2' },
      ],
      cancel: [{ request: 'A024' }, { request: 'A012' }],
      budget: 215000,
    });
    expect(round.budget).toBe(215000);
  });

  it('knows the ids of the previous result: a request since removed from requests.csv can still be cancelled', async () => {
    const base = loaded();
    const current = { ...base, round: { ...base.round, requests: base.round.requests.filter((r) => r.id !== 'A024') } };
    const { round } = await prepare({ cancel: [{ request: 'A024' }] }, current);
    expect(round.replan?.cancelled).toEqual(['A024']);
  });

  it('names the scenario budget when the frozen trajectories cost more than it', async () => {
    const base = loaded();
    const poorer = { ...base, round: { ...base.round, budget: 100000 } };
    const refused = await prepare({ frozen: ['P1'] }, poorer).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      location: { file: 'scenario.yaml', field: 'budget' },
      fact: { id: 'frozen-over-budget', budget: 100000 },
    });
  });

  it('refuses frozen trajectories that break a limit of the current round together, naming them', async () => {
    const base = loaded();
    // Three of the frozen P1 trajectories go to Limburg.
    const capped = { ...base, round: { ...base.round, constraints: { ...base.round.constraints, provinces: { Limburg: { max: 1 } } } } };
    const refused = await prepare({ frozen: ['P1'] }, capped).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      location: { file: 'changes.yaml', field: 'frozen' },
      fact: { id: 'frozen-conflict', rule: 'province-quota' },
    });
  });
});
