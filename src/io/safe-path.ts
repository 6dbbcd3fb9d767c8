import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { splitDataPath } from './data-path.js';
import { echoText } from './echo.js';
import { InputError } from './input-error.js';
import type { OutputPlace } from './output-facts.js';
import { PATH_KEYS, type ScenarioMapping } from './scenario-extends.js';

/** How far a scenario's data paths may reach. */
export interface PathPolicy {
  /** Read data files outside the scenario's folder tree too (`--allow-outside`). */
  readonly allowOutside: boolean;
}

/** By default a scenario reads only files in its own folder and below. */
export const CONTAINED: PathPolicy = { allowOutside: false };

/** True when `path` is `folder` itself or lies below it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const step = relative(folder, path);
  return step === '' || (!isAbsolute(step) && step !== '..' && !step.startsWith(`..${sep}`));
}

/**
 * The real path of `path`, or of its nearest existing ancestor with the rest
 * appended, so a link anywhere along the way is seen even when the file
 * itself does not exist yet.
 */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : resolve(realPathOf(parent), basename(absolute));
}

/**
 * Refuses the path `written` (relative to `root`) unless it lies in the folder tree of `root`, both as
 * written (`../`, absolute paths) and once symbolic links are followed.
 * `location` names the scenario file and field in the message.
 */
function assertInsideFolder(written: string, root: string, location: { readonly file: string; readonly field: string }): void {
  const absolute = resolve(root, written);
  if (!isInside(absolute, resolve(root))) {
    throw new InputError(location, {
      id: 'path-outside',
      written: echoText(written),
      folder: resolve(root),
      target: absolute,
      link: false,
    });
  }
  const real = realPathOf(absolute);
  if (!isInside(real, realPathOf(root))) {
    throw new InputError(location, { id: 'path-outside', written: echoText(written), folder: resolve(root), target: real, link: true });
  }
}

/**
 * Checks the data paths one scenario file writes (`data.*`, `history.file`)
 * against that file's own folder, before `extends` rebases them: each file of
 * a chain may only reach into its own folder tree, so extending another
 * scenario never widens what a file can read.
 */
export function assertScenarioPaths(layer: ScenarioMapping, scenarioFile: string, label: string, policy: PathPolicy): void {
  if (policy.allowOutside) return;
  const folder = dirname(resolve(scenarioFile));
  for (const [section, key] of PATH_KEYS) {
    const holder = layer[section];
    const written = holder !== null && typeof holder === 'object' ? (holder as ScenarioMapping)[key] : undefined;
    if (typeof written !== 'string' || written === '') continue;
    // A workbook path's `#Sheet` names a sheet inside the file; only the file part is a place on disk.
    assertInsideFolder(splitDataPath(written).file, folder, { file: label, field: `${section}.${key}` });
  }
}

/** Where the symbolic link at `path` points, resolved, even when the target does not exist. */
const linkTarget = (path: string) => realPathOf(resolve(dirname(path), readlinkSync(path)));

/** Where output may lead: `--allow-outside` lifts the rule for links; the working folder is the process's by default. */
export interface OutputPathPolicy {
  readonly allowOutside?: boolean;
  readonly workingFolder?: string;
}

/**
 * Refuses an output place that leads, through symbolic links, out of where it
 * was named: a place named inside the working folder must stay inside it
 * once links are followed (a link `shared` planted in a folder that was
 * handed on must not send reports elsewhere), and a place named elsewhere
 * must not itself be a link out of its own folder. `--allow-outside` lifts
 * both, for a place you trust.
 */
function assertNotLinkedAway(folder: string, option: string, policy: OutputPathPolicy): void {
  if (policy.allowOutside === true) return;
  const absolute = resolve(folder);
  const working = resolve(policy.workingFolder ?? process.cwd());
  if (isInside(absolute, working)) {
    const real = realPathOf(absolute);
    const workingReal = realPathOf(working);
    if (!isInside(real, workingReal)) {
      throw new InputError({ file: folder }, { id: 'output-through-link', target: real, folder: workingReal, option });
    }
    return;
  }
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (stats?.isSymbolicLink() !== true) return;
  const linked = linkTarget(absolute);
  if (!isInside(linked, realPathOf(dirname(absolute)))) {
    throw new InputError({ file: folder }, { id: 'output-link-away', target: linked, option });
  }
}

/**
 * Refuses to write into `folder` when it, or one of the files `names` to be
 * replaced in it, is a symbolic link that leads elsewhere: `--out` named
 * through a link to another place, or a link planted in a shared output
 * folder, must not redirect a report onto some other file. Links that stay
 * inside are harmless (a rename replaces the link, never its target). A
 * link planted as one of `names` is refused even with `--allow-outside`.
 * `place` says whether `option` names the folder itself or one file in it.
 */
export function assertOutputNotLinkedOut(
  folder: string,
  names: readonly string[],
  policy: OutputPathPolicy = {},
  option = '--out',
  place: OutputPlace = 'folder',
): void {
  const absolute = resolve(folder);
  assertNotLinkedAway(folder, option, policy);
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (!existsSync(absolute)) {
    if (stats.isSymbolicLink()) throw new InputError({ file: folder }, { id: 'output-dangling-link', option });
    return;
  }
  const real = realpathSync(absolute);
  for (const name of names) {
    // A name with a trailing `/` is a subfolder of the output set (`letters/`), replaced as a whole.
    const folderEntry = name.endsWith('/');
    const target = join(absolute, folderEntry ? name.slice(0, -1) : name);
    const entry = lstatSync(target, { throwIfNoEntry: false });
    if (entry === undefined || (folderEntry ? entry.isDirectory() : entry.isFile())) continue;
    if (!entry.isSymbolicLink()) throw new InputError({ file: target }, { id: 'output-in-the-way', option, place });
    const linked = linkTarget(target);
    if (!isInside(linked, real)) throw new InputError({ file: target }, { id: 'output-entry-link', target: linked, option, place });
  }
}
