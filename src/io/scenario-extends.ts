import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { joinDataPath, splitDataPath } from './data-path.js';
import { echoText, echoValue } from './echo.js';
import { InputError } from './input-error.js';

/** A scenario file's raw mapping, before defaults and before schema validation. */
export type ScenarioMapping = Record<string, unknown>;

/** One file of an `extends` chain as read from disk. */
export interface ScenarioLayer {
  readonly value: ScenarioMapping;
  readonly bytes: Buffer;
}

/** A file that took part in the effective scenario, for the run record. */
export interface ScenarioSource {
  /** Absolute path on disk. */
  readonly path: string;
  /** Path relative to the scenario the user named (its own base name for that file). */
  readonly label: string;
  readonly bytes: Buffer;
}

/** The effective scenario of a file and its `extends` chain, the named file first. */
export interface ResolvedScenario {
  readonly value: ScenarioMapping;
  readonly sources: readonly ScenarioSource[];
}

/**
 * Scenario keys that hold file paths. Paths are relative to the file that
 * writes them, so an inherited path is rebased onto the extending file.
 */
export const PATH_KEYS: readonly (readonly [string, string])[] = [
  ['data', 'municipalities'],
  ['data', 'experts'],
  ['data', 'requests'],
  ['history', 'file'],
];

/** Longest `extends` chain; deeper is almost surely a mistake, not a design. */
const MAX_DEPTH = 20;

const isMapping = (value: unknown): value is ScenarioMapping => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Deep merge of scenario mappings: mappings merge key by key, everything
 * else (lists included) in `override` replaces what `base` has. Neither input
 * is modified. Every mapping of the result is an object without a prototype,
 * so no key can reach Object.prototype, whatever a file holds; a mapping that
 * YAML aliases share (or that holds itself) is copied once.
 */
export function mergeScenario(
  base: ScenarioMapping,
  override: ScenarioMapping,
  copies = new Map<object, ScenarioMapping>(),
): ScenarioMapping {
  const merged: ScenarioMapping = Object.create(null);
  for (const key of Object.keys(base)) {
    const value = base[key];
    merged[key] = isMapping(value) ? copyMapping(value, copies) : value;
  }
  for (const key of Object.keys(override)) {
    const inherited = merged[key];
    const value = override[key];
    if (!isMapping(value)) merged[key] = value;
    else if (isMapping(inherited)) merged[key] = mergeScenario(inherited, value, copies);
    else merged[key] = copyMapping(value, copies);
  }
  return merged;
}

/** A copy of `value` whose mappings have no prototype; `copies` keeps shared and cyclic mappings shared. */
function copyMapping(value: ScenarioMapping, copies: Map<object, ScenarioMapping>): ScenarioMapping {
  const known = copies.get(value);
  if (known !== undefined) return known;
  const copy: ScenarioMapping = Object.create(null);
  copies.set(value, copy);
  for (const key of Object.keys(value)) {
    const item = value[key];
    copy[key] = isMapping(item) ? copyMapping(item, copies) : item;
  }
  return copy;
}

/** Path keys of `layer`, rewritten from `fromFolder` to be relative to `toFolder` (with `/`). */
function rebasePaths(layer: ScenarioMapping, fromFolder: string, toFolder: string): ScenarioMapping {
  if (fromFolder === toFolder) return layer;
  let rebased = layer;
  for (const [section, key] of PATH_KEYS) {
    const holder = rebased[section];
    const path = isMapping(holder) ? holder[key] : undefined;
    if (typeof path !== 'string') continue;
    const written = splitDataPath(path);
    if (isAbsolute(written.file)) continue;
    const moved = relative(toFolder, resolve(fromFolder, written.file)).split(sep).join('/');
    rebased = { ...rebased, [section]: { ...(holder as ScenarioMapping), [key]: joinDataPath({ ...written, file: moved }) } };
  }
  return rebased;
}

const canonical = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/**
 * Reads a scenario and every file it `extends`, following the chain, and
 * merges them: the extending file wins, lists are replaced, paths stay
 * relative to the file that wrote them. A cycle or a bad `extends` value is
 * an InputError naming the file. `readLayer` parses one file (no schema check).
 */
export function resolveScenario(path: string, readLayer: (path: string, label: string) => ScenarioLayer): ResolvedScenario {
  const topFolder = dirname(resolve(path));
  const sources: ScenarioSource[] = [];
  const chain: string[] = [];
  const visit = (file: string, label: string): ScenarioMapping => {
    const real = canonical(file);
    if (chain.includes(real)) {
      const loop = [...chain.slice(chain.indexOf(real)), real].map((p) => relative(topFolder, p) || basename(p)).join(' -> ');
      throw new InputError({ file: label, field: 'extends' }, { id: 'extends-cycle', loop });
    }
    if (chain.length >= MAX_DEPTH) {
      throw new InputError({ file: label, field: 'extends' }, { id: 'extends-too-deep', max: MAX_DEPTH });
    }
    chain.push(real);
    const { value, bytes } = readLayer(file, label);
    sources.push({ path: resolve(file), label, bytes });
    const { extends: parent, ...own } = value;
    const folder = dirname(resolve(file));
    if (parent === undefined) return copyMapping(rebasePaths(own, folder, topFolder), new Map());
    if (typeof parent !== 'string' || parent.trim() === '') {
      throw new InputError({ file: label, field: 'extends' }, { id: 'extends-not-path', found: echoValue(parent) });
    }
    const parentPath = resolve(folder, parent);
    if (!existsSync(parentPath)) {
      throw new InputError({ file: label, field: 'extends' }, { id: 'extends-missing', parent: echoText(parent), path: parentPath });
    }
    const parentLabel = relative(topFolder, parentPath).split(sep).join('/') || basename(parentPath);
    const base = visit(parentPath, parentLabel);
    return mergeScenario(base, rebasePaths(own, folder, topFolder));
  };
  const value = visit(path, basename(path));
  return { value, sources };
}
