import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './input-error.js';
import { assertSubfoldersWritable, prepareSubfolders, splitBySubfolder } from './output-subfolders.js';
import { assertOutputNotLinkedOut } from './safe-path.js';

/** Files to write, by name, into one output folder: text (UTF-8) or bytes (a workbook). */
export type OutputFiles = Readonly<Record<string, string | Uint8Array>>;

const realOrResolved = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/**
 * Checks, before any work is done, that `folder` may receive output files:
 * it is a folder (or does not exist yet), and an existing folder that is not
 * empty is only written into with `force`, so a previous run's report or a
 * folder of other files (`inputs` among them) is never overwritten by accident.
 * `newRound` says so for `init`, which is given a folder, not `--out`.
 */
export function assertOutputFolder(
  folder: string,
  options: { readonly force: boolean; readonly inputs: readonly string[]; readonly newRound?: boolean },
): void {
  if (!existsSync(folder)) return;
  assertOutputNotLinkedOut(folder, []);
  if (!statSync(folder).isDirectory()) {
    throw new InputError({ file: folder }, 'exists and is not a folder. Choose a folder for --out.');
  }
  const entries = readdirSync(folder);
  if (entries.length > 0 && !options.force) {
    const real = realpathSync(folder);
    const input = options.inputs.map(realOrResolved).find((path) => dirname(path) === real);
    if (input !== undefined) {
      throw new InputError(
        { file: folder },
        `holds "${basename(input)}", which is an input of this run. Choose another --out folder (or add --force to write beside the inputs; an input is never replaced).`,
      );
    }
    const fix = options.newRound
      ? 'Add --force to replace the files of a new round in it, or choose another folder.'
      : 'Add --force to overwrite the report files in it, or choose another --out folder.';
    throw new InputError(
      { file: folder },
      `already exists and is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}). ${fix}`,
    );
  }
}

/** Writes each file under a temporary name inside `folder`, then renames them all into place. */
function writeByRenames(folder: string, files: OutputFiles): void {
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
}

/**
 * Writes every file atomically and refuses (before writing anything) to
 * replace any of `inputs` or to write through a symbolic link out of `folder`. A new folder is filled under a temporary name next
 * to it and renamed into place, so it appears complete or not at all; in an
 * existing folder each file goes to a temporary name and is renamed, so a
 * reader never sees half a file, and a subfolder (a file named
 * `letters/x.html`) is replaced as a whole.
 */
export function writeOutputs(folder: string, files: OutputFiles, inputs: readonly string[]): string[] {
  const { top, subfolders } = splitBySubfolder(files);
  assertOutputNotLinkedOut(folder, Object.keys(top));
  assertSubfoldersWritable(folder, [...subfolders.keys()]);
  const protectedPaths = new Set(inputs.map(realOrResolved));
  const targets = Object.keys(files).map((name) => join(folder, name));
  for (const target of targets) {
    if (protectedPaths.has(realOrResolved(target))) {
      throw new InputError({ file: target }, 'is an input of this run; choose another --out folder so inputs are never overwritten.');
    }
  }
  if (existsSync(folder)) {
    const swapIn = prepareSubfolders(folder, subfolders, writeByRenames);
    writeByRenames(folder, top);
    swapIn();
    return targets;
  }
  mkdirSync(dirname(folder), { recursive: true });
  const staging = join(dirname(folder), `.${basename(folder)}.${process.pid}.tmp`);
  mkdirSync(staging);
  try {
    writeByRenames(staging, top);
    for (const [name, subfolderFiles] of subfolders) {
      mkdirSync(join(staging, name));
      writeByRenames(join(staging, name), subfolderFiles);
    }
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return targets;
}
