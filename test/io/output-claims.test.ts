import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimOutputFolder } from '../../src/io/output-folder.js';
import { inputErrorText } from '../../src/text/input-messages.js';
import { inputErrorOf } from '../support/input-error.js';

const SET = ['report.md', 'result.json', 'assignments.csv'];
const root = () => mkdtempSync(join(tmpdir(), 'expertpool-claim-'));
const claim = (out: string, more: { force?: boolean; inputs?: string[]; workingFolder?: string; allowOutside?: boolean } = {}) =>
  claimOutputFolder(out, { force: true, inputs: [], names: SET, ...more });

describe('a claim on an output folder', () => {
  it('refuses a second claim until the first is released, naming this process', () => {
    const out = join(root(), 'out');
    const first = claim(out);
    const error = inputErrorOf(() => claim(out));
    expect(error.fact).toMatchObject({ id: 'output-busy', pid: process.pid, host: hostname(), option: '--out' });
    first.release();
    claim(out).write({ 'result.json': '{}' });
    expect(readdirSync(out)).toEqual(['result.json']);
  });

  it('refuses to write into a folder that appeared while the run worked, and leaves it alone', () => {
    const out = join(root(), 'out');
    const claimed = claim(out);
    mkdirSync(out);
    writeFileSync(join(out, 'theirs.txt'), 'x');
    const error = inputErrorOf(() => claimed.write({ 'result.json': '{}' }));
    expect(inputErrorText(error)).toContain('appeared while this run was working');
    expect(readdirSync(out)).toEqual(['theirs.txt']);
    expect(readdirSync(join(out, '..'))).toEqual(['out']);
  });

  it('refuses to write into a folder that was replaced, or whose lock another run took over', () => {
    const place = root();
    const out = join(place, 'out');
    mkdirSync(out);
    const replaced = claim(out);
    renameSync(out, join(place, 'moved'));
    mkdirSync(out);
    expect(inputErrorOf(() => replaced.write({ 'result.json': '{}' })).fact).toMatchObject({ id: 'output-changed', change: 'replaced' });
    const taken = claim(out);
    writeFileSync(join(out, '.expertpool.lock'), JSON.stringify({ pid: process.pid, host: hostname(), token: 'another run' }));
    expect(inputErrorOf(() => taken.write({ 'result.json': '{}' })).fact).toMatchObject({ id: 'output-changed', change: 'taken' });
    expect(readdirSync(out)).toEqual(['.expertpool.lock']);
  });

  it('replaces the whole set: files of its other formats go, other files stay', () => {
    const out = join(root(), 'out');
    mkdirSync(out);
    for (const name of [...SET, 'notes.txt']) writeFileSync(join(out, name), 'old');
    claim(out).write({ 'result.json': 'new' });
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'result.json']);
    expect(readFileSync(join(out, 'result.json'), 'utf8')).toBe('new');
  });

  it('refuses, before the work, a folder where a file of the set is an input, even one this run would not write', () => {
    const out = join(root(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'assignments.csv'), 'an input');
    const error = inputErrorOf(() => claim(out, { inputs: [join(out, 'assignments.csv')] }));
    expect(error.location.file).toBe(join(out, 'assignments.csv'));
    expect(readdirSync(out)).toEqual(['assignments.csv']);
  });

  it('removes the parent folders it created when the run ends without writing', () => {
    const place = root();
    claim(join(place, 'a', 'b', 'out')).release();
    expect(readdirSync(place)).toEqual([]);
    claim(join(place, 'a', 'b', 'out')).write({ 'report.md': '#' });
    expect(readdirSync(join(place, 'a', 'b', 'out'))).toEqual(['report.md']);
  });

  it('does not count its own lock and leftovers as the user files that need --force', () => {
    const out = join(root(), 'out');
    mkdirSync(join(out, '.expertpool-staging'), { recursive: true });
    claim(out, { force: false }).write({ 'report.md': '#' });
    expect(readdirSync(out)).toEqual(['report.md']);
  });
});

describe('output named inside the working folder stays inside it', () => {
  it('refuses a parent folder linked out of the working folder, unless allowed', () => {
    const work = root();
    const elsewhere = root();
    symlinkSync(elsewhere, join(work, 'shared'));
    const error = inputErrorOf(() => claim(join(work, 'shared', 'reports'), { workingFolder: work }));
    expect(error.fact).toMatchObject({ id: 'output-through-link', target: join(elsewhere, 'reports') });
    claim(join(work, 'shared', 'reports'), { workingFolder: work, allowOutside: true }).write({ 'report.md': '#' });
    expect(existsSync(join(elsewhere, 'reports', 'report.md'))).toBe(true);
  });

  it('accepts links that stay inside, and a folder named outside the working folder through its own links', () => {
    const work = root();
    mkdirSync(join(work, 'real'));
    symlinkSync(join(work, 'real'), join(work, 'alias'));
    claim(join(work, 'alias', 'out'), { workingFolder: work }).write({ 'report.md': '#' });
    expect(readdirSync(join(work, 'real', 'out'))).toEqual(['report.md']);
    const other = root();
    symlinkSync(join(work, 'real'), join(other, 'via'));
    claim(join(other, 'via', 'out2'), { workingFolder: work }).write({ 'report.md': '#' });
    expect(readdirSync(join(work, 'real', 'out2'))).toEqual(['report.md']);
  });
});
