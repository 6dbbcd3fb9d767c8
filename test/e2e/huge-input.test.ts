import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { REQUESTS, smallRound } from '../support/temp-round.js';

const MB = 1024 * 1024;

/** Writes a requests.csv of at least `bytes` bytes of valid rows, in 1 MB chunks (never the whole file in memory). */
function writeHugeRequests(folder: string, bytes: number): void {
  const descriptor = openSync(join(folder, 'requests.csv'), 'w');
  try {
    writeSync(descriptor, REQUESTS);
    let written = REQUESTS.length;
    let id = 10_000;
    while (written < bytes) {
      const lines: string[] = [];
      let chunk = 0;
      while (chunk < MB) {
        const line = `R${id++},41002,wonen,P1|P2,2021-10-04T09:12:33+02:00,${id % 100}\n`;
        lines.push(line);
        chunk += line.length;
      }
      written += writeSync(descriptor, lines.join(''));
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Validates with a small heap: a loader that held a 50 MB file's rows in
 * memory would die of "heap out of memory" (a crash with a stack, not exit 2).
 */
const validateWithSmallHeap = (folder: string) =>
  spawnSync(process.execPath, ['--max-old-space-size=192', BIN, 'validate', join(folder, 'scenario.yaml')], {
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('a 50 MB CSV', () => {
  it('over the byte limit is refused before it is read', () => {
    const folder = smallRound();
    writeHugeRequests(folder, 50 * MB + 1);
    const run = validateWithSmallHeap(folder);
    expect(run.stderr).toMatch(/^expertpool: requests\.csv: is 50\.\d MB, over the 50\.0 MB limit/);
    expect(run.status).toBe(2);
  });

  it('just under the byte limit is refused at the row limit, in bounded memory', () => {
    const folder = smallRound();
    writeHugeRequests(folder, 49 * MB);
    const run = validateWithSmallHeap(folder);
    expect(run.stderr).toMatch(/^expertpool: requests\.csv, row \d+: has more than \d+ data rows, the limit/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(2);
  });
});
