import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, MARKDOWN_PAYLOAD, writeHostileRound } from '../support/hostile-round.js';
import { runCli } from '../support/run-cli.js';

const LETTERS = 'scenarios/round-2022/letters.yaml';
const freshFolder = () => join(mkdtempSync(join(tmpdir(), 'expertpool-letters-')), 'out');

describe('expertpool solve --format letters', () => {
  it('writes a Dutch letter per municipality and an index, and English ones with --lang en', () => {
    const out = freshFolder();
    const run = runCli(['solve', LETTERS, '--out', out, '--format', 'md,letters']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['letters', 'report.md']);
    // The report keeps the default English; the letters go out in Dutch.
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## At a glance');
    const letters = readdirSync(join(out, 'letters'));
    expect(letters).toContain('index.html');
    expect(letters).toContain('11002-antwerpen.html');
    expect(letters.filter((name) => name.endsWith('.md'))).toHaveLength((letters.length - 1) / 2);
    expect(readFileSync(join(out, 'letters', '11002-antwerpen.md'), 'utf8')).toContain('Geacht college,');

    const english = runCli(['solve', LETTERS, '--out', out, '--format', 'letters', '--lang', 'en', '--force']);
    expect(english.status, english.stderr).toBe(0);
    expect(readFileSync(join(out, 'letters', '11002-antwerpen.md'), 'utf8')).toContain('Dear mayor and aldermen,');
  });

  it('replaces the letters folder as a whole on --force, so no letter of an earlier run stays behind', () => {
    const out = freshFolder();
    mkdirSync(join(out, 'letters'), { recursive: true });
    writeFileSync(join(out, 'letters', '99999-stale.html'), 'an earlier round');
    const run = runCli(['solve', LETTERS, '--out', out, '--format', 'letters', '--force']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, 'letters', '99999-stale.html'))).toBe(false);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a letters folder that is a link out of --out, and writes nothing through it', () => {
    const root = mkdtempSync(join(tmpdir(), 'expertpool-letters-'));
    const elsewhere = join(root, 'elsewhere');
    const out = join(root, 'out');
    mkdirSync(elsewhere);
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'letters'));
    const run = runCli(['solve', LETTERS, '--out', out, '--format', 'letters', '--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('letters: is a symbolic link');
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('letters of a round with hostile names', () => {
  let out: string;
  beforeAll(() => {
    out = freshFolder();
    const run = runCli(['solve', writeHostileRound(), '--out', out, '--format', 'letters']);
    expect(run.status, run.stderr).toBe(0);
  });

  it('get file names of plain letters, digits and hyphens only', () => {
    const names = readdirSync(join(out, 'letters'));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(name).toMatch(/^(index|\d{5}(-[a-z0-9]+)*)\.(html|md)$/);
  });

  it('keep every name as text: no markup, no link, no emphasis', () => {
    const files = readdirSync(join(out, 'letters')).map((name) => [name, readFileSync(join(out, 'letters', name), 'utf8')] as const);
    for (const [name, text] of files) {
      if (name.endsWith('.html')) {
        expect(text, name).not.toMatch(/<script>alert|<img|<svg|<b>/);
        expect(text.match(/<script/g) ?? [], name).toEqual([]);
      } else {
        expect(text, name).not.toContain(MARKDOWN_PAYLOAD);
        // Markdown shows an escaped bracket as text; only an unescaped "](" would start a link.
        expect(text, name).not.toMatch(/<script>|(?<!\\)\]\(https/);
      }
    }
    const letter = files.find(([name]) => name.startsWith('12025-') && name.endsWith('.md'))![1];
    expect(letter).toContain('\\[click me\\](https\\://evil.example) \\*\\*x\\*\\*');
    const html = files.find(([name]) => name.startsWith('12025-') && name.endsWith('.html'))![1];
    expect(html).toContain(HOSTILE.municipalityNames[4]);
  });
});
