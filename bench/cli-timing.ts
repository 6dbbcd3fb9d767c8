/**
 * Times the real CLI, process start included, as a user runs it: what the
 * issue's end-to-end targets are about. Pinned to one core with
 * `taskset -c 0` where that exists (util-linux), so V8's background
 * compilation and the engine's thread share the core the solve runs on.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/expertpool.js', import.meta.url));
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** `node ...args` as a command pinned to the first core when taskset exists; whether it is pinned. */
export function onOneCore(args: readonly string[]): { readonly command: string; readonly args: string[]; readonly pinned: boolean } {
  return hasTaskset
    ? { command: 'taskset', args: ['-c', '0', process.execPath, ...args], pinned: true }
    : { command: process.execPath, args: [...args], pinned: false };
}

export interface CliTiming {
  readonly label: string;
  readonly pinned: boolean;
  readonly seconds: readonly number[];
  readonly exits: readonly (number | null)[];
}

/** Runs `expertpool ...args` `runs` times, pinned to one core unless `pinned` is false. */
export function timeCli(label: string, args: readonly string[], runs: number, pinned = true): CliTiming {
  const seconds: number[] = [];
  const exits: (number | null)[] = [];
  const spawned = pinned ? onOneCore([CLI, ...args]) : { command: process.execPath, args: [CLI, ...args], pinned: false };
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(spawned.command, spawned.args, { encoding: 'utf8' });
    seconds.push((performance.now() - started) / 1000);
    exits.push(child.status);
  }
  return { label, pinned: spawned.pinned, seconds, exits };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A Markdown table of the timings: median, fastest and slowest run, exit codes. */
export function cliTable(timings: readonly CliTiming[]): string {
  const rows = timings.map((t) => {
    const cores = t.pinned ? '1 (taskset -c 0)' : 'all';
    const exits = [...new Set(t.exits)].join(', ');
    return `| ${t.label} | ${cores} | ${t.seconds.length} | ${median(t.seconds).toFixed(2)} | ${Math.min(...t.seconds).toFixed(2)} | ${Math.max(...t.seconds).toFixed(2)} | ${exits} |`;
  });
  return [
    '| command, end to end | cores | runs | median s | fastest s | slowest s | exit |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}
