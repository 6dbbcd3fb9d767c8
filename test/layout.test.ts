import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Tests mirror the source: the unit tests of src/<room>/ live in test/<room>/, so a
// reader finds a line's tests from its folder alone. Besides the rooms, test/ holds
// only these folders.
const NOT_ROOMS: Readonly<Record<string, string>> = {
  e2e: 'the suites that spawn the CLI or load the built package',
  support: 'helpers the tests share',
  golden: 'the golden cases (test/e2e/golden.test.ts)',
  fixtures: 'input files, among them the bad-input corpus',
  artifacts: 'pages and images the browser tests write (git-ignored)',
};

const folders = (path: string) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const rooms = folders('../src/');

describe('the layout of test/', () => {
  it('holds a folder per room of src/ and the shared folders, nothing else', () => {
    const stray = folders('./').filter((name) => !rooms.includes(name) && !(name in NOT_ROOMS));
    expect(stray, `test/ folders that match no room of src/ (${rooms.join(', ')}); move their tests to the room they test`).toEqual([]);
  });

  it('gives every room of src/ its unit tests', () => {
    const tested = (room: string) => readdirSync(new URL(`./${room}/`, import.meta.url)).some((name) => name.endsWith('.test.ts'));
    const untested = rooms.filter((room) => !folders('./').includes(room) || !tested(room));
    expect(untested, 'rooms of src/ without a test/<room>/ folder of tests').toEqual([]);
  });

  it('keeps no test file loose in test/ but this one', () => {
    const loose = readdirSync(new URL('./', import.meta.url)).filter((name) => name.endsWith('.test.ts') && name !== 'layout.test.ts');
    expect(loose).toEqual([]);
  });
});
