import type { ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { echoText, echoValue } from './echo.js';
import { InputError } from './input-error.js';
import { scenarioField } from './scenario-field.js';

/** The most useful error first: unknown keys and missing keys before type details. */
function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const rank = (error: ErrorObject) => (error.keyword === 'additionalProperties' ? 0 : error.keyword === 'required' ? 1 : 2);
  return [...errors].sort((a, b) => rank(a) - rank(b))[0];
}

/** The key path of an ajv error, plus `child` (a missing or unknown key). */
const fieldOf = (instancePath: string, child?: string) =>
  scenarioField([...instancePath.split('/').filter((part) => part !== ''), ...(child !== undefined ? [child] : [])]);

function describeSchemaError(file: string, error: ErrorObject | undefined): InputError {
  if (!error) return new InputError({ file }, { id: 'schema-mismatch' });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = known.length > 0 ? closest(key, known) : undefined;
      return new InputError(
        { file, field: fieldOf(error.instancePath, echoText(key)) },
        { id: 'schema-unknown-key', known, ...(suggestion !== undefined ? { suggestion } : {}) },
      );
    }
    case 'required':
      return new InputError({ file, field: fieldOf(error.instancePath, String(params.missingProperty)) }, { id: 'schema-required' });
    case 'enum':
      return new InputError(
        { file, field: fieldOf(error.instancePath) },
        {
          id: 'schema-enum',
          found: echoValue(error.data),
          allowed: (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)),
        },
      );
    default:
      return new InputError(
        { file, field: fieldOf(error.instancePath) },
        {
          id: 'schema-invalid',
          keyword: error.keyword,
          ...(typeof params.limit === 'number' ? { limit: params.limit } : {}),
          ...(typeof params.type === 'string' ? { type: params.type } : {}),
          found: echoValue(error.data),
          detail: error.message ?? '',
        },
      );
  }
}

/**
 * The input error for a document (a scenario, a changes file, a result) that
 * its JSON Schema refuses: the most useful of ajv's errors, naming the key
 * path in `file` and saying how to fix it.
 */
export function schemaError(file: string, errors: readonly ErrorObject[]): InputError {
  return describeSchemaError(file, pickError(errors));
}
