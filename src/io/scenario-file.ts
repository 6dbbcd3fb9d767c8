import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import type { ObjectiveTier, PriorityConfig } from '../domain/types.js';
import { InputError } from './input-error.js';
import type { ScenarioPeriod } from './period-dates.js';
import type { ScenarioConstraints, ScenarioHistory } from './policy-settings.js';
import { MAX_SCENARIO_BYTES, type InputLimits } from './limits.js';
import { assertSafeScenarioMapping } from './scenario-safety.js';
import { echoText } from './echo.js';
import { schemaError } from './schema-errors.js';
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

/**
 * Parses scenario text into a mapping without checking it against the schema
 * (one layer of an `extends` chain, or a changes file: `kind` says which).
 */
export function parseScenarioMapping(text: string, label: string, kind: 'scenario' | 'changes' = 'scenario'): ScenarioMapping {
  // maxAliasCount bounds alias expansion, so a hostile file cannot balloon ("billion laughs").
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const position = syntaxError.linePos?.[0];
    const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
    // The parser recurses per nesting level; a stack overflow means absurdly deep nesting, not a bug.
    const location = { file: label, line: position?.line, col: position?.col };
    if (/Maximum call stack size exceeded/.test(firstLine)) throw new InputError(location, { id: 'yaml-too-deep' });
    throw new InputError(location, { id: 'yaml-syntax', detail: echoText(firstLine.replace(/ at line \d+, column \d+:?$/, ''), 200) });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError({ file: label }, { id: 'yaml-unreadable', detail: echoText((error as Error).message, 200) });
  }
  // An empty changes file says that nothing changed.
  if (kind === 'changes' && value === null) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError({ file: label }, { id: 'scenario-not-mapping', ...(kind === 'scenario' ? {} : { document: kind }) });
  }
  return value as ScenarioMapping;
}

/** Checks an effective scenario mapping against the schema; `label` names it in messages. */
function validateScenarioMapping(value: ScenarioMapping, label: string): ScenarioFile {
  const validateScenario = scenarioValidator();
  if (!validateScenario(value)) {
    throw schemaError(label, validateScenario.errors ?? []);
  }
  return value;
}

/**
 * A change to a scenario after its `extends` chain is merged, e.g. one point
 * of a sweep. `whatIf` marks the result as a point of a what-if series (see
 * LoadOptions.whatIf).
 */
export type ScenarioEdit = (effective: ScenarioMapping) => {
  readonly value: ScenarioMapping;
  readonly label: string;
  readonly whatIf?: boolean;
};

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
): { scenario: ScenarioFile; bytes: Buffer; sources: readonly ScenarioSource[]; whatIf: boolean } {
  const { value, sources } = resolveScenario(path, (file, label) => {
    const { text, bytes } = readTextFile(file, label, { maxBytes: MAX_SCENARIO_BYTES });
    const layer = parseScenarioMapping(text, label);
    assertSafeScenarioMapping(layer, label);
    assertScenarioPaths(layer, file, label, paths);
    return { value: layer, bytes };
  });
  const edited = edit ? edit(value) : { value, label: basename(path) };
  return {
    scenario: validateScenarioMapping(edited.value, edited.label),
    bytes: sources[0]!.bytes,
    sources,
    whatIf: 'whatIf' in edited && edited.whatIf === true,
  };
}
