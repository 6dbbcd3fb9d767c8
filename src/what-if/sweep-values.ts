import { basename } from 'node:path';
import { parse as parseYamlScalar } from 'yaml';
import { InputError } from '../io/input-error.js';
import { assertScenarioPaths, type PathPolicy } from '../io/safe-path.js';
import type { ScenarioEdit } from '../io/scenario-file.js';
import type { ScenarioMapping } from '../io/scenario-extends.js';

/** A value a sweep gives its key: a number for ranges, or whatever a list item reads as. */
export type SweepValue = number | string | boolean;

/** What `--vary KEY=FROM:TO:STEP` or `--vary KEY=v1,v2,v3` asks for. */
export interface SweepSpec {
  /** Dotted scenario path as the user wrote it, e.g. `defaults.maxDistanceKm`. */
  readonly key: string;
  readonly values: readonly SweepValue[];
}

/** Most points one sweep solves; more is almost surely a typo in the step. */
const MAX_SWEEP_POINTS = 500;

const KEY_PATTERN = /^[A-Za-z_$][\w$-]*(\.[\w$-]+)*$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

const varyError = (problem: string) => new InputError({ file: '--vary' }, problem);
const decimals = (text: string) => text.split('.')[1]?.length ?? 0;

/** FROM, FROM+STEP, ... up to TO inclusive, computed in integers so 0.1 steps do not drift. */
function rangeValues(from: string, to: string, step: string): number[] {
  if (![from, to, step].every((part) => NUMBER_PATTERN.test(part))) {
    throw varyError(`the range "${from}:${to}:${step}" must be three plain numbers FROM:TO:STEP, e.g. budget=150000:400000:25000.`);
  }
  const scale = 10 ** Math.max(decimals(from), decimals(to), decimals(step));
  const [first, last, stride] = [from, to, step].map((part) => Math.round(Number(part) * scale)) as [number, number, number];
  if (stride <= 0) throw varyError(`the step must be positive (got ${step}).`);
  if (last < first) throw varyError(`FROM must not exceed TO (got ${from} > ${to}).`);
  const count = Math.floor((last - first) / stride) + 1;
  if (count > MAX_SWEEP_POINTS) throw varyError(`the range has ${count} points, over the limit of ${MAX_SWEEP_POINTS}; use a larger step.`);
  return Array.from({ length: count }, (_, index) => (first + index * stride) / scale);
}

/** Parses `KEY=FROM:TO:STEP` or `KEY=v1,v2,...`; list items are read as YAML scalars (numbers, true/false, text). */
export function parseVary(text: string): SweepSpec {
  const equals = text.indexOf('=');
  const key = equals < 0 ? '' : text.slice(0, equals).trim();
  const body = equals < 0 ? '' : text.slice(equals + 1).trim();
  if (!KEY_PATTERN.test(key) || body === '') {
    throw varyError(
      `"${text}" must look like KEY=FROM:TO:STEP or KEY=v1,v2,v3, with KEY a dotted scenario path such as budget or defaults.maxDistanceKm.`,
    );
  }
  const range = body.split(':');
  if (range.length === 3) return { key, values: rangeValues(range[0]!.trim(), range[1]!.trim(), range[2]!.trim()) };
  if (range.length !== 1) throw varyError(`the range "${body}" must have three parts FROM:TO:STEP.`);
  const items = body.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw varyError(`the list "${body}" has an empty item.`);
  if (items.length > MAX_SWEEP_POINTS) throw varyError(`the list has ${items.length} values, over the limit of ${MAX_SWEEP_POINTS}.`);
  const values = items.map((item): SweepValue => {
    const value: unknown = parseYamlScalar(item);
    return typeof value === 'number' || typeof value === 'boolean' ? value : item;
  });
  return { key, values };
}

const isMapping = (value: unknown): value is ScenarioMapping => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `mapping` with the dotted `path` set to `value`, creating mappings on the way. */
export function setScenarioKey(mapping: ScenarioMapping, path: readonly string[], value: unknown, label: string): ScenarioMapping {
  const [head, ...rest] = path;
  if (head === undefined) return mapping;
  if (rest.length === 0) return { ...mapping, [head]: value };
  const inner = mapping[head] ?? {};
  if (!isMapping(inner)) {
    throw new InputError(
      { file: label, field: head },
      `is ${JSON.stringify(inner)}, not a mapping, so --vary cannot set ${rest.join('.')} inside it.`,
    );
  }
  return { ...mapping, [head]: setScenarioKey(inner, rest, value, label) };
}

/**
 * The edit that gives one sweep point: sets the key after the `extends`
 * chain is merged, so the schema then validates the value in place; messages
 * name the file and the point. A data path set this way obeys the same
 * folder rule as one written in the scenario file.
 */
export function sweepEdit(scenarioPath: string, key: string, value: SweepValue, paths: PathPolicy): ScenarioEdit {
  const label = `${basename(scenarioPath)} with ${key}=${String(value)}`;
  return (effective) => {
    assertScenarioPaths(setScenarioKey({}, key.split('.'), value, label), scenarioPath, label, paths);
    return { value: setScenarioKey(effective, key.split('.'), value, label), label };
  };
}
