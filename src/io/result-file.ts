import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { ReadDocument } from './changes-file.js';
import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import { packageFile } from './package-root.js';
import { readTextFile } from './read-text.js';
import { assertSafeScenarioMapping } from './scenario-safety.js';
import { compileSchema } from './scenario-validator.js';
import { schemaError } from './schema-errors.js';
import { sha256 } from './sha256.js';
import { VERSION } from './version.js';

let validator: ValidateFunction | undefined;

/** Major and minor of a version such as `0.1.0`; undefined when it is not one. */
function majorMinor(version: string): readonly [number, number] | undefined {
  const match = /^(\d+)\.(\d+)\./.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Reads a result written by expertpool (`solve` or `replan`) as untrusted
 * input: a JSON file of at most `maxBytes`, no `__proto__`, `constructor` or
 * `prototype` key and no control character, checked against
 * schemas/result.schema.json, and written by this version of expertpool or
 * an earlier one (a later one may write results this one misreads). The
 * caller gets the value as the schema describes it.
 */
export function readResultFile(path: string, maxBytes: number): ReadDocument<unknown> {
  const label = basename(path);
  const { text, bytes } = readTextFile(path, label, { maxBytes, key: 'maxFileBytes' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file: label }, { id: 'result-not-json', detail: echoText((error as Error).message.replace(/\s+/g, ' '), 200) });
  }
  assertSafeScenarioMapping(value, label, 'result');
  validator ??= compileSchema(JSON.parse(readFileSync(packageFile('schemas/result.schema.json'), 'utf8')));
  if (!validator(value)) throw schemaError(label, validator.errors ?? []);
  const version = String((value as { run: { version: string } }).run.version);
  const [written, current] = [majorMinor(version), majorMinor(VERSION)];
  if (written && current && (written[0] > current[0] || (written[0] === current[0] && written[1] > current[1])))
    throw new InputError({ file: label, field: 'run.version' }, { id: 'result-version', version: echoText(version), current: VERSION });
  return { value, label, sha256: sha256(bytes) };
}
