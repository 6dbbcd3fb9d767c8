import { basename } from 'node:path';
import { parse as parseYamlScalar } from 'yaml';
import { echoText, echoValue } from '../io/echo.js';
import { InputError } from '../io/input-error.js';
import type { InputFact } from '../io/input-facts.js';
import { isReservedWord } from '../io/reserved-words.js';
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

const varyError = (fact: InputFact) => new InputError({ file: '--vary' }, fact);
const decimals = (text: string) => text.split('.')[1]?.length ?? 0;

/** FROM, FROM+STEP, ... up to TO inclusive, computed in integers so 0.1 steps do not drift. */
function rangeValues(from: string, to: string, step: string): number[] {
  const range = echoText(`${from}:${to}:${step}`);
  if (![from, to, step].every((part) => NUMBER_PATTERN.test(part))) throw varyError({ id: 'vary-range-numbers', range });
  const scale = 10 ** Math.max(decimals(from), decimals(to), decimals(step));
  const [first, last, stride] = [from, to, step].map((part) => Math.round(Number(part) * scale)) as [number, number, number];
  // Numbers with hundreds of digits or decimals overflow to Infinity or NaN; they name no points.
  if (![scale, first, last, stride].every(Number.isSafeInteger)) throw varyError({ id: 'vary-no-points', range });
  if (stride <= 0) throw varyError({ id: 'vary-step', step: echoText(step) });
  if (last < first) throw varyError({ id: 'vary-order', from: echoText(from), to: echoText(to) });
  const count = Math.floor((last - first) / stride) + 1;
  if (count > MAX_SWEEP_POINTS) throw varyError({ id: 'vary-too-many', count, max: MAX_SWEEP_POINTS, list: false });
  const values = Array.from({ length: count }, (_, index) => (first + index * stride) / scale);
  if (values.length === 0 || !values.every(Number.isFinite)) throw varyError({ id: 'vary-no-points', range });
  return values;
}

/** Parses `KEY=FROM:TO:STEP` or `KEY=v1,v2,...`; list items are read as YAML scalars (numbers, true/false, text). */
export function parseVary(text: string): SweepSpec {
  const equals = text.indexOf('=');
  const key = equals < 0 ? '' : text.slice(0, equals).trim();
  const body = equals < 0 ? '' : text.slice(equals + 1).trim();
  if (!KEY_PATTERN.test(key) || body === '') throw varyError({ id: 'vary-form', text: echoText(text) });
  const reserved = key.split('.').find(isReservedWord);
  if (reserved !== undefined) throw new InputError({ file: '--vary', field: key }, { id: 'scenario-forbidden-key', key: reserved });
  const range = body.split(':');
  if (range.length === 3) return { key, values: rangeValues(range[0]!.trim(), range[1]!.trim(), range[2]!.trim()) };
  if (range.length !== 1) throw varyError({ id: 'vary-range-parts', body: echoText(body) });
  const items = body.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw varyError({ id: 'vary-empty-item', body: echoText(body) });
  if (items.length > MAX_SWEEP_POINTS) throw varyError({ id: 'vary-too-many', count: items.length, max: MAX_SWEEP_POINTS, list: true });
  const values = items.map((item): SweepValue => {
    const value: unknown = parseYamlScalar(item);
    return typeof value === 'number' || typeof value === 'boolean' ? value : item;
  });
  return { key, values };
}

const isMapping = (value: unknown): value is ScenarioMapping => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A copy of `mapping` with the dotted `path` set to `value`, creating
 * mappings on the way. Only own keys are read and every mapping made has no
 * prototype, so no path can reach Object.prototype.
 */
export function setScenarioKey(mapping: ScenarioMapping, path: readonly string[], value: unknown, label: string): ScenarioMapping {
  const [head, ...rest] = path;
  if (head === undefined) return mapping;
  const copy: ScenarioMapping = Object.assign(Object.create(null), mapping);
  if (rest.length === 0) {
    copy[head] = value;
    return copy;
  }
  const inner = (Object.hasOwn(mapping, head) ? mapping[head] : undefined) ?? Object.create(null);
  if (!isMapping(inner)) {
    throw new InputError({ file: label, field: head }, { id: 'vary-not-mapping', found: echoValue(inner), rest: rest.join('.') });
  }
  copy[head] = setScenarioKey(inner, rest, value, label);
  return copy;
}

/**
 * The edit that gives one sweep point: sets the key after the `extends`
 * chain is merged, so the schema then validates the value in place; messages
 * name the file and the point. A data path set this way obeys the same
 * folder rule as one written in the scenario file. The point is a what-if:
 * a budget too small for any trajectory is a finding there, not a typo.
 */
export function sweepEdit(scenarioPath: string, key: string, value: SweepValue, paths: PathPolicy): ScenarioEdit {
  const label = `${basename(scenarioPath)} with ${key}=${String(value)}`;
  return (effective) => {
    assertScenarioPaths(setScenarioKey({}, key.split('.'), value, label), scenarioPath, label, paths);
    return { value: setScenarioKey(effective, key.split('.'), value, label), label, whatIf: true };
  };
}
