import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { parseDocument } from 'yaml';
import type { ObjectiveTier, PriorityConfig } from '../domain/types.js';
import { InputError } from './input-error.js';
import type { ScenarioPeriod } from './period-dates.js';
import type { ScenarioConstraints, ScenarioHistory } from './policy-settings.js';
import { assertNoControlCharacters, MAX_SCENARIO_BYTES, type InputLimits } from './limits.js';
import { readTextFile } from './read-text.js';
import { assertScenarioPaths, CONTAINED, type PathPolicy } from './safe-path.js';
import { resolveScenario, type ScenarioMapping, type ScenarioSource } from './scenario-extends.js';
import { packageFile } from './package-root.js';
import { compileScenarioValidator } from './scenario-validator.js';

/** What the decision letters say besides the allocation (the scenario's `letters`); every key optional. */
export interface LetterSettings {
  /** Who signs; line breaks start new lines. */
  readonly sender?: string;
  /** Whom to ask, e.g. a name and an e-mail address. */
  readonly contact?: string;
  /** The letters' date, YYYY-MM-DD; without it the letters carry no date. */
  readonly date?: string;
}

/** A scenario file as the schema allows it (defaults not yet applied). */
export interface ScenarioFile {
  readonly $schema?: string;
  readonly name: string;
  readonly year?: number;
  readonly budget: number;
  readonly periods?: readonly ScenarioPeriod[];
  readonly defaults?: { readonly cost?: number; readonly maxDistanceKm?: number; readonly maxTrajectories?: number };
  readonly data: { readonly municipalities: string; readonly experts: string; readonly requests: string };
  readonly priority?: PriorityConfig;
  readonly constraints?: ScenarioConstraints;
  readonly history?: ScenarioHistory;
  readonly objective?: readonly ObjectiveTier[];
  readonly limits?: Partial<InputLimits>;
  readonly letters?: LetterSettings;
}

const SCHEMA_URL = packageFile('schemas/scenario.schema.json');

const schemaText = readFileSync(SCHEMA_URL, 'utf8');

/** The scenario JSON Schema, the documented contract. */
const scenarioSchema: Record<string, unknown> = JSON.parse(schemaText);

let compiledValidator: ValidateFunction<ScenarioFile> | undefined;

/**
 * The schema validator, made on first use: commands that never read a scenario (`--version`,
 * `generate`) should not pay for loading ajv (see scenario-validator.ts).
 */
function scenarioValidator(): ValidateFunction<ScenarioFile> {
  compiledValidator ??= compileScenarioValidator<ScenarioFile>(scenarioSchema, schemaText);
  return compiledValidator;
}

/**
 * Parses scenario text (YAML or JSON; JSON is valid YAML) and validates it
 * against the schema. `label` names the file in messages.
 */
function parseScenario(text: string, label: string): ScenarioFile {
  return validateScenarioMapping(parseScenarioMapping(text, label), label);
}

/** Parses scenario text into a mapping without checking it against the schema (one layer of an `extends` chain). */
export function parseScenarioMapping(text: string, label: string): ScenarioMapping {
  // maxAliasCount bounds alias expansion, so a hostile file cannot balloon ("billion laughs").
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const position = syntaxError.linePos?.[0];
    const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
    // The parser recurses per nesting level; a stack overflow means absurdly deep nesting, not a bug.
    const problem = /Maximum call stack size exceeded/.test(firstLine)
      ? 'nests lists or mappings too deeply to be a scenario'
      : firstLine.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError({ file: label, line: position?.line, col: position?.col }, `is not valid YAML/JSON: ${problem}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError({ file: label }, `cannot be read: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError({ file: label }, 'must be a mapping of keys such as name, budget and data (see schemas/scenario.schema.json).');
  }
  return value as ScenarioMapping;
}

/** Checks an effective scenario mapping against the schema; `label` names it in messages. */
function validateScenarioMapping(value: ScenarioMapping, label: string): ScenarioFile {
  const validateScenario = scenarioValidator();
  if (!validateScenario(value)) {
    throw describeSchemaError(label, pickError(validateScenario.errors ?? []));
  }
  return value;
}

/** A change to a scenario after its `extends` chain is merged, e.g. one point of a sweep. */
export type ScenarioEdit = (effective: ScenarioMapping) => { readonly value: ScenarioMapping; readonly label: string };

/**
 * Reads a scenario file from disk, follows its `extends` chain, applies
 * `edit` (if any) and validates the effective scenario. `bytes` is the named
 * file; `sources` lists every file of the chain, the named one first. Each
 * file's data paths must stay in its own folder tree unless `paths` allows otherwise.
 */
export function readScenarioFile(
  path: string,
  edit?: ScenarioEdit,
  paths: PathPolicy = CONTAINED,
): { scenario: ScenarioFile; bytes: Buffer; sources: readonly ScenarioSource[] } {
  const { value, sources } = resolveScenario(path, (file, label) => {
    const { text, bytes } = readTextFile(file, label, { maxBytes: MAX_SCENARIO_BYTES });
    const layer = parseScenarioMapping(text, label);
    assertNoControlCharacters(layer, label);
    assertScenarioPaths(layer, file, label, paths);
    return { value: layer, bytes };
  });
  const edited = edit ? edit(value) : { value, label: basename(path) };
  return { scenario: validateScenarioMapping(edited.value, edited.label), bytes: sources[0]!.bytes, sources };
}

/** The most useful error first: unknown keys and missing keys before type details. */
function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const rank = (error: ErrorObject) => (error.keyword === 'additionalProperties' ? 0 : error.keyword === 'required' ? 1 : 2);
  return [...errors].sort((a, b) => rank(a) - rank(b))[0];
}

function fieldOf(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').filter((part) => part !== '');
  if (child !== undefined) parts.push(child);
  return (
    parts
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : part))
      .join('.')
      .replace(/\.\[/g, '[') || '(top level)'
  );
}

function describeSchemaError(file: string, error: ErrorObject | undefined): InputError {
  if (!error) return new InputError({ file }, 'does not match the scenario schema.');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = known.length > 0 ? closest(key, known) : undefined;
      const hint = suggestion !== undefined ? ` Did you mean "${suggestion}"?` : '';
      return new InputError(
        { file, field: fieldOf(error.instancePath, key) },
        `is not a known key.${hint} Known keys here: ${known.join(', ')}.`,
      );
    }
    case 'required':
      return new InputError({ file, field: fieldOf(error.instancePath, String(params.missingProperty)) }, 'is required but missing.');
    case 'enum':
      return new InputError(
        { file, field: fieldOf(error.instancePath) },
        `is ${JSON.stringify(error.data)}, but must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      );
    default: {
      const found = `(found ${JSON.stringify(error.data)})`;
      const limit = params.limit as number;
      const plain: Partial<Record<string, string>> = {
        exclusiveMinimum: `must be more than ${limit}`,
        minimum: `must be at least ${limit}`,
        maximum: `must be at most ${limit}`,
        exclusiveMaximum: `must be less than ${limit}`,
        type: `must be ${params.type === 'integer' ? 'a whole number' : `of type ${String(params.type)}`}`,
      };
      return new InputError(
        { file, field: fieldOf(error.instancePath) },
        `${plain[error.keyword] ?? error.message ?? 'is invalid'} ${found}.`,
      );
    }
  }
}
