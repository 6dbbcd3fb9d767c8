import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './input-error.js';

/** Files to write, by name, into one output folder. */
export type OutputFiles = Readonly<Record<string, string>>;

const realOrResolved = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/**
 * Writes every file atomically: each goes to a temporary name in the same
 * folder and is renamed into place, so a reader never sees half a file.
 * Refuses (before writing anything) to replace any of `inputs`.
 */
export function writeOutputs(folder: string, files: OutputFiles, inputs: readonly string[]): string[] {
  const protectedPaths = new Set(inputs.map(realOrResolved));
  const targets = Object.keys(files).map((name) => join(folder, name));
  for (const target of targets) {
    if (protectedPaths.has(realOrResolved(target))) {
      throw new InputError({ file: target }, 'is an input of this run; choose another --out folder so inputs are never overwritten.');
    }
  }
  mkdirSync(folder, { recursive: true });
  const temporary: string[] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const path = join(folder, `.${name}.${process.pid}.tmp`);
      writeFileSync(path, content, { flag: 'wx' });
      temporary.push(path);
    }
    Object.keys(files).forEach((name, index) => renameSync(temporary[index]!, join(folder, name)));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw error;
  }
  return targets;
}
