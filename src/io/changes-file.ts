import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { PeriodId, RoundTier, Withdrawal } from '../domain/types.js';
import { MAX_SCENARIO_BYTES } from './limits.js';
import { packageFile } from './package-root.js';
import { readTextFile } from './read-text.js';
import { assertScenarioNumbers } from './round-checks.js';
import { parseScenarioMapping } from './scenario-file.js';
import { assertSafeScenarioMapping } from './scenario-safety.js';
import { compileSchema } from './scenario-validator.js';
import { schemaError } from './schema-errors.js';
import { sha256 } from './sha256.js';

/** A changes file (CHANGES.yaml) as schemas/changes.schema.json allows it. */
export interface ChangesFile {
  readonly $schema?: string;
  readonly frozen?: readonly PeriodId[];
  readonly withdraw?: readonly Withdrawal[];
  readonly cancel?: readonly { readonly request: string }[];
  readonly budget?: number;
  readonly objective?: readonly RoundTier[];
}

/** A file `replan` read: what it holds, how messages name it, and its hash for the run record. */
export interface ReadDocument<T> {
  readonly value: T;
  readonly label: string;
  readonly sha256: string;
}

let validator: ValidateFunction<ChangesFile> | undefined;

/**
 * Reads a changes file as a scenario is read: YAML or JSON of at most
 * MAX_SCENARIO_BYTES, no `__proto__`, `constructor` or `prototype` key and no
 * control character, checked against schemas/changes.schema.json (unknown
 * keys with a suggestion) and the budget against its documented range.
 * Whether its ids exist is for the caller, who knows the round and the
 * previous result.
 */
export function readChangesFile(path: string): ReadDocument<ChangesFile> {
  const label = basename(path);
  const { text, bytes } = readTextFile(path, label, { maxBytes: MAX_SCENARIO_BYTES });
  const value = parseScenarioMapping(text, label, 'changes');
  assertSafeScenarioMapping(value, label, 'changes');
  validator ??= compileSchema<ChangesFile>(JSON.parse(readFileSync(packageFile('schemas/changes.schema.json'), 'utf8')));
  if (!validator(value)) throw schemaError(label, validator.errors ?? []);
  const changes: ChangesFile = value;
  if (changes.budget !== undefined) assertScenarioNumbers({ budget: changes.budget }, label);
  return { value: changes, label, sha256: sha256(bytes) };
}
