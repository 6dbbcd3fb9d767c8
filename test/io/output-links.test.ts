import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOutputFolder, writeOutputs } from '../../src/io/write-outputs.js';
import { inputErrorOf } from '../support/input-error.js';

const FILES = { 'report.html': '<p>new</p>', 'assignments.csv': 'expert\n' };

/** A fresh folder with `precious.txt` beside the place where output goes. */
function place(): { root: string; precious: string } {
  const root = mkdtempSync(join(tmpdir(), 'expertpool-out-'));
  const precious = join(root, 'precious.txt');
  writeFileSync(precious, 'keep me');
  return { root, precious };
}

describe('output never follows a symbolic link out of --out', () => {
  it('refuses a report file that is a link to a file outside, and leaves that file alone', () => {
    const { root, precious } = place();
    const out = join(root, 'out');
    mkdirSync(out);
    symlinkSync(precious, join(out, 'report.html'));
    const error = inputErrorOf(() => writeOutputs(out, FILES, []));
    expect(error.location.file).toBe(join(out, 'report.html'));
    expect(error.problem).toContain('outside the --out folder');
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
    expect(existsSync(join(out, 'assignments.csv'))).toBe(false);
  });

  it('refuses a dangling link out as well, so nothing is created there', () => {
    const { root } = place();
    const out = join(root, 'out');
    mkdirSync(out);
    symlinkSync(join(root, 'created-by-report.html'), join(out, 'report.html'));
    expect(inputErrorOf(() => writeOutputs(out, FILES, [])).problem).toContain('symbolic link');
    expect(existsSync(join(root, 'created-by-report.html'))).toBe(false);
  });

  it('replaces a link that stays inside the folder, not its target', () => {
    const { root } = place();
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'old.html'), 'old');
    symlinkSync(join(out, 'old.html'), join(out, 'report.html'));
    writeOutputs(out, FILES, []);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('<p>new</p>');
    expect(readFileSync(join(out, 'old.html'), 'utf8')).toBe('old');
  });

  it('refuses an --out that is itself a link to another place, before the solve and at writing', () => {
    const { root } = place();
    const elsewhere = mkdtempSync(join(tmpdir(), 'expertpool-elsewhere-'));
    const out = join(root, 'out');
    symlinkSync(elsewhere, out);
    expect(inputErrorOf(() => assertOutputFolder(out, { force: true, inputs: [] })).problem).toContain('give the real folder');
    expect(inputErrorOf(() => writeOutputs(out, FILES, [])).problem).toContain('give the real folder');
    expect(existsSync(join(elsewhere, 'report.html'))).toBe(false);
    symlinkSync(join(root, 'missing'), join(root, 'dangling'));
    expect(inputErrorOf(() => writeOutputs(join(root, 'dangling'), FILES, [])).problem).toContain('does not exist');
  });

  it('accepts a link to a sibling folder and writes into it', () => {
    const { root } = place();
    mkdirSync(join(root, 'real-out'));
    symlinkSync(join(root, 'real-out'), join(root, 'out'));
    writeOutputs(join(root, 'out'), FILES, []);
    expect(readFileSync(join(root, 'real-out', 'report.html'), 'utf8')).toBe('<p>new</p>');
  });

  it('refuses a folder in the way of a report file', () => {
    const { root } = place();
    mkdirSync(join(root, 'out', 'report.html'), { recursive: true });
    expect(inputErrorOf(() => writeOutputs(join(root, 'out'), FILES, [])).problem).toContain('not a regular file');
  });
});
