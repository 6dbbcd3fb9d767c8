import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../src/io/sha256.js';
import { runCli } from './run-cli.js';
import { workbookDump } from './workbook.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folder of the golden cases: one folder per case, each with its case.json. */
const GOLDEN_ROOT = join(ROOT, 'test', 'golden');
const STOP_CLOCK = fileURLToPath(new URL('./stop-clock.mjs', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** One run of the CLI in a golden case. */
interface GoldenRun {
  /** expertpool's arguments; paths are relative to the case's work folder. */
  readonly args: readonly string[];
  /** The exit code the run ends with: 0, or 1 for an infeasible round. */
  readonly exit: number;
  /**
   * Golden file (in the case folder) -> the output it holds (in the work
   * folder). Two folders (names ending in `/`) pair every golden file of the
   * first with the output of the same name in the second.
   */
  readonly expect: Readonly<Record<string, string>>;
}

/**
 * A golden case, as its case.json says. Every run starts in one work folder
 * that holds a copy of scenarios/ and the case's inputs; the clock is stopped
 * (stop-clock.mjs), so every wall time reads 0 s.
 */
export interface GoldenCase {
  readonly name: string;
  readonly folder: string;
  /** What the case shows, in a sentence or two. */
  readonly about: string;
  /** Work folder path -> file of the case folder, copied in before the runs (e.g. a scenario variant). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly runs: readonly GoldenRun[];
  /** Files the runs write and later runs read, whose hash in the outputs is replaced by zeros: their bytes change with every new result field. */
  readonly zeroHashes: readonly string[];
}

/** A golden file and the output of the work folder it holds. */
interface GoldenPair {
  readonly golden: string;
  readonly output: string;
}

/** The error of a case.json that does not say what the types above say. */
const caseError = (name: string, what: string) => new Error(`test/golden/${name}/case.json: ${what} (see test/support/golden-cases.ts)`);

/** A value of case.json, or an error that names the case and the field. */
function field<T>(name: string, value: unknown, key: string, isValid: (value: unknown) => boolean, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!isValid(value)) throw caseError(name, `"${key}" is missing or not what a case holds`);
  return value as T;
}

/** Refuses a key that no case reads, so a misspelt one is not silently left out. */
function knownKeys(name: string, object: object, keys: readonly string[], where: string): void {
  const unknown = Object.keys(object).filter((key) => !keys.includes(key));
  if (unknown.length > 0) throw caseError(name, `${where} has unknown keys ${unknown.join(', ')}`);
}

const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isTextMap = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isText);

/** Reads and checks test/golden/<name>/case.json. */
function readCase(name: string): GoldenCase {
  const folder = join(GOLDEN_ROOT, name);
  const json = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as Record<string, unknown>;
  knownKeys(name, json, ['about', 'inputs', 'runs', 'zeroHashes'], 'the case');
  const runs = field<Record<string, unknown>[]>(name, json.runs, 'runs', (value) => Array.isArray(value) && value.length > 0);
  runs.forEach((run, index) => knownKeys(name, run, ['args', 'exit', 'expect'], `runs[${index}]`));
  return {
    name,
    folder,
    about: field(name, json.about, 'about', isText),
    inputs: field(name, json.inputs, 'inputs', isTextMap, {}),
    runs: runs.map((run, index) => ({
      args: field(name, run.args, `runs[${index}].args`, isTextList),
      exit: field(name, run.exit, `runs[${index}].exit`, (value) => value === 0 || value === 1, 0),
      expect: field(name, run.expect, `runs[${index}].expect`, isTextMap),
    })),
    zeroHashes: field(name, json.zeroHashes, 'zeroHashes', isTextList, []),
  };
}

/** Every golden case: each folder of test/golden with a case.json, by name. */
export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(GOLDEN_ROOT, entry.name, 'case.json')))
    .map((entry) => readCase(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The files under `folder`, as paths relative to it with `/` between names. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** Every golden file of a case with the output it holds; a folder pair that matches no golden file is an error. */
export function goldenPairs(goldenCase: GoldenCase): GoldenPair[] {
  return goldenCase.runs.flatMap((run) =>
    Object.entries(run.expect).flatMap(([golden, output]) => {
      if (!golden.endsWith('/')) return [{ golden, output }];
      const folder = join(goldenCase.folder, golden);
      const names = existsSync(folder) ? filesUnder(folder) : [];
      if (names.length === 0) throw new Error(`test/golden/${goldenCase.name}: the folder ${golden} holds no golden file`);
      return names.map((name) => ({ golden: `${golden}${name}`, output: `${output}${name}` }));
    }),
  );
}

/**
 * Runs a case's CLI runs in a new work folder and returns it. A run that ends
 * with another exit code than the case says throws, with what the CLI printed.
 */
export function runGoldenCase(goldenCase: GoldenCase): string {
  const work = mkdtempSync(join(tmpdir(), `expertpool-golden-${goldenCase.name}-`));
  cpSync(join(ROOT, 'scenarios'), join(work, 'scenarios'), { recursive: true });
  for (const [target, source] of Object.entries(goldenCase.inputs)) cpSync(join(goldenCase.folder, source), join(work, target));
  for (const run of goldenCase.runs) {
    const done = runCli(run.args, { cwd: work, nodeArgs: ['--import', STOP_CLOCK] });
    if (done.status !== run.exit)
      throw new Error(
        `expertpool ${run.args.join(' ')} exited ${done.status}, not ${run.exit}:\n${done.stderr}${done.stdout.slice(0, 2000)}`,
      );
  }
  return work;
}

/**
 * An output as its golden file holds it: a workbook as its cell dump, then
 * expertpool's version as VERSION, the hashes the case zeroes as zeros and
 * the work folder as `<work>`, so the bytes are the same on every machine and
 * in every release.
 */
export function goldenText(goldenCase: GoldenCase, work: string, output: string): string {
  const bytes = readFileSync(join(work, output));
  let text = output.endsWith('.xlsx') ? workbookDump(bytes) : bytes.toString('utf8');
  text = text.replace(new RegExp(`(?<![\\w.])${VERSION.replaceAll('.', '\\.')}(?![\\w]|\\.\\d)`, 'g'), 'VERSION');
  for (const file of goldenCase.zeroHashes) text = text.replaceAll(sha256(readFileSync(join(work, file))), `sha256:${'0'.repeat(64)}`);
  return text.replaceAll(work, '<work>');
}

/** The case folder's files that are neither case.json, an input nor a golden file of a run: nothing would compare them. */
export function uncompared(goldenCase: GoldenCase): string[] {
  const known = new Set(['case.json', ...Object.values(goldenCase.inputs), ...goldenPairs(goldenCase).map((pair) => pair.golden)]);
  return filesUnder(goldenCase.folder).filter((file) => !known.has(file));
}
