import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileScenarioValidator, precompiledValidatorSource } from '../../src/io/scenario-validator.js';

const schemaText = readFileSync(new URL('../../schemas/scenario.schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;
const example = parse(readFileSync(new URL('../../scenarios/round-2022/scenario.yaml', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** Evaluates the generated CommonJS source as the build's .cjs file would run. */
function loadGenerated(source: string): { validate: ValidateFunction; schemaText: string } {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', source)(module, module.exports, createRequire(import.meta.url));
  return module.exports as unknown as { validate: ValidateFunction; schemaText: string };
}

const oddValue = fc.constantFrom<unknown>(null, -1, 0, 1.5, 'x', '', true, [], {}, [1, 'a'], { zz: 1 }, 1e12, 'high');

describe('precompiled scenario validator', () => {
  const runtime = new Ajv({ allErrors: true, verbose: true, strict: true, allowMatchingProperties: true }).compile(schema);
  const generated = loadGenerated(precompiledValidatorSource(schemaText));

  it('records the schema text it was generated from', () => {
    expect(generated.schemaText).toBe(schemaText);
  });

  it('accepts, rejects and reports exactly as ajv compiling the schema at run time', () => {
    const keys = Object.keys(example);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys, 'unknownKey'),
        oddValue,
        fc.constantFrom(...keys, 'data', 'defaults'),
        oddValue,
        (key, value, otherKey, otherValue) => {
          const scenario: Record<string, unknown> = { ...structuredClone(example), [key]: value };
          const nested = scenario[otherKey];
          if (nested && typeof nested === 'object' && !Array.isArray(nested)) scenario[otherKey] = { ...nested, periods: otherValue };
          expect(generated.validate(scenario)).toBe(runtime(scenario));
          expect(JSON.stringify(generated.validate.errors)).toBe(JSON.stringify(runtime.errors));
        },
      ),
      { numRuns: 200 },
    );
    expect(generated.validate(example)).toBe(true);
  });

  it('compiles the schema when no validator was generated for this exact schema text', () => {
    const validate = compileScenarioValidator(schema, `${schemaText} `);
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, budget: 'lots' })).toBe(false);
  });
});
