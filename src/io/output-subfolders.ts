import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './input-error.js';

/** Files by name: those at the top of the output folder, and those of each subfolder (e.g. `letters/`), by subfolder. */
export interface SplitFiles {
  readonly top: Readonly<Record<string, string | Uint8Array>>;
  readonly subfolders: ReadonlyMap<string, Readonly<Record<string, string | Uint8Array>>>;
}

/** Splits output files named `folder/name` from the top-level ones; only one level of subfolders exists. */
export function splitBySubfolder(files: Readonly<Record<string, string | Uint8Array>>): SplitFiles {
  const top: Record<string, string | Uint8Array> = {};
  const subfolders = new Map<string, Record<string, string | Uint8Array>>();
  for (const [name, content] of Object.entries(files)) {
    const [folder, file, ...rest] = name.split('/');
    if (file === undefined) {
      top[name] = content;
      continue;
    }
    if (rest.length > 0 || folder === '' || file === '' || folder === '.' || folder === '..') {
      throw new Error(`output file name ${JSON.stringify(name)} is not "name" or "folder/name"`);
    }
    const group = subfolders.get(folder!) ?? {};
    group[file] = content;
    subfolders.set(folder!, group);
  }
  return { top, subfolders };
}

/**
 * Refuses a subfolder of the output that is in the way: a symbolic link
 * (output never follows one) or something that is not a folder.
 */
export function assertSubfoldersWritable(folder: string, names: readonly string[]): void {
  for (const name of names) {
    const path = join(folder, name);
    const entry = lstatSync(path, { throwIfNoEntry: false });
    if (entry === undefined || entry.isDirectory()) continue;
    throw new InputError(
      { file: path },
      entry.isSymbolicLink()
        ? 'is a symbolic link; output never writes through one. Remove the link, or choose another --out folder.'
        : `is in the way: it is not a folder, so the ${name} cannot be written into it. Move it, or choose another --out folder.`,
    );
  }
}

/**
 * Replaces each subfolder of an existing output folder as a whole: the new
 * one is filled under a temporary name by `fill`, then swapped in, so it never
 * mixes this run's files with an earlier run's (no stale letter stays behind).
 * Returns a function that swaps them in; call it after the top-level files are in place.
 */
export function prepareSubfolders(
  folder: string,
  subfolders: SplitFiles['subfolders'],
  fill: (staging: string, files: Readonly<Record<string, string | Uint8Array>>) => void,
): () => void {
  const staged: { name: string; staging: string }[] = [];
  try {
    for (const [name, files] of subfolders) {
      const staging = join(folder, `.${name}.${process.pid}.tmp`);
      mkdirSync(staging);
      staged.push({ name, staging });
      fill(staging, files);
    }
  } catch (error) {
    for (const { staging } of staged) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return () => {
    for (const { name, staging } of staged) {
      const target = join(folder, name);
      const old = join(folder, `.${name}.${process.pid}.old`);
      const existed = lstatSync(target, { throwIfNoEntry: false }) !== undefined;
      if (existed) renameSync(target, old);
      renameSync(staging, target);
      if (existed) rmSync(old, { recursive: true, force: true });
    }
  };
}
