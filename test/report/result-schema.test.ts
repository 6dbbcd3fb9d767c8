import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { resultJson } from '../../src/report/json.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';
import { exampleResult } from '../support/example-result.js';

const schema = JSON.parse(readFileSync('schemas/result.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Validates a result the way a user would: its JSON text, parsed. */
function expectValid(json: string): void {
  const valid = validate(JSON.parse(json));
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(valid).toBe(true);
}

describe('schemas/result.schema.json', () => {
  it('accepts the example round result, with every kind of explanation it holds', async () => {
    const { result } = await exampleResult();
    expectValid(resultJson(result));
    const codes = new Set(result.unserved.flatMap((u) => u.reasons.map((r) => r.code)));
    expect([...codes].sort()).toEqual(['budget', 'cap', 'no-eligible-expert', 'outranked']);
    expect(result.stability.length).toBeGreaterThan(0);
  });

  it('accepts a small round and an infeasible one', async () => {
    const small = loadRound(join(smallRound(), 'scenario.yaml'));
    expectValid(resultJson(await solveChecked(small, { engine: new HighsEngine(), timeLimitSeconds: 30 })));
    // X002 offers participatie only, so pinning it to A001 (wonen) cannot be met.
    const pinned = loadRound(
      join(smallRound({ 'scenario.yaml': `${SCENARIO}constraints: { pins: [{ expert: X002, request: A001 }] }\n` }), 'scenario.yaml'),
    );
    const infeasible = await solveChecked(pinned, { engine: new HighsEngine(), timeLimitSeconds: 30 });
    expect(infeasible.status).toBe('infeasible');
    expectValid(resultJson(infeasible));
  });

  it('rejects a result that breaks the contract', async () => {
    const { result } = await exampleResult();
    const broken = JSON.parse(resultJson(result));
    broken.unserved[0].reasons[0].code = 'bad-luck';
    expect(validate(broken)).toBe(false);
    delete broken.assignments;
    expect(validate(broken)).toBe(false);
  });
});
