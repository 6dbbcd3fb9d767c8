import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/types.js';
import { InputError } from '../../src/io/input-error.js';
import { loadRound } from '../../src/io/load-round.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, SCENARIO } from '../support/temp-round.js';

/** Text people and tools put where it does not belong: delimiters, quotes, line ends, odd numbers, YAML syntax. */
const NASTY = [
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '|',
  ':',
  ' ',
  '-',
  '0',
  '-1',
  '1e400',
  'NaN',
  'Infinity',
  '16.667,50',
  '99999',
  'P9',
  '\u00e9',
  '\u0000',
  '\ufeff',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!!binary',
  '#',
  "'",
  '%',
  'budget: 0',
  '\n  - x',
  'extends: x.yaml',
  '${x}',
  'wonen:4',
];

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate-line' | 'drop-line'; readonly line: number }
  | { readonly kind: 'swap-lines'; readonly line: number; readonly other: number }
  | { readonly kind: 'truncate'; readonly at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'drop-line' as const), line: position }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: position, other: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
) as fc.Arbitrary<Mutation>;

/** Applies a mutation; positions are fractions of the text so they always land inside it. */
function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const lineAt = (fraction: number) => Math.floor(fraction * lines.length);
  switch (change.kind) {
    case 'insert': {
      const at = Math.floor(change.at * (text.length + 1));
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete': {
      const at = Math.floor(change.at * text.length);
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'duplicate-line':
      lines.splice(lineAt(change.line), 0, lines[lineAt(change.line)] ?? '');
      return lines.join('\n');
    case 'drop-line':
      lines.splice(lineAt(change.line), 1);
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [lineAt(change.line), lineAt(change.other)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, Math.floor(change.at * text.length));
  }
}

const FILES = {
  'scenario.yaml': SCENARIO,
  'municipalities.csv': MUNICIPALITIES,
  'experts.csv': EXPERTS,
  'requests.csv': REQUESTS,
} as const;
type FileName = keyof typeof FILES;

/** A round the loader accepted must be internally consistent, whatever text it came from. */
function assertConsistent(round: Round): void {
  const places = new Set(round.municipalities.map((m) => m.nis));
  expect(places.size).toBe(round.municipalities.length);
  expect(new Set(round.experts.map((e) => e.id)).size).toBe(round.experts.length);
  expect(new Set(round.requests.map((r) => r.id)).size).toBe(round.requests.length);
  expect(Number.isFinite(round.budget) && round.budget > 0).toBe(true);
  for (const m of round.municipalities) expect([m.lat, m.lon].every(Number.isFinite)).toBe(true);
  for (const e of round.experts) {
    expect(places.has(e.municipality)).toBe(true);
    expect(Number.isFinite(e.cost) && e.cost > 0).toBe(true);
    expect(e.periods.every((p) => round.periods.includes(p))).toBe(true);
  }
  for (const r of round.requests) {
    expect(places.has(r.municipality)).toBe(true);
    expect(r.periods.length).toBeGreaterThan(0);
    expect(r.periods.every((p) => round.periods.includes(p))).toBe(true);
    if (r.priority !== undefined) expect(Number.isFinite(r.priority) && r.priority >= 0).toBe(true);
  }
}

/** Loads the files from a fresh folder; the outcome is a consistent round or an InputError, fast. */
function loadOrInputError(files: Readonly<Record<string, string | Buffer>>): 'round' | 'input-error' {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-fuzz-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  const started = performance.now();
  try {
    assertConsistent(loadRound(join(folder, 'scenario.yaml')).round);
    return 'round';
  } catch (error) {
    if (error instanceof InputError) return 'input-error';
    throw error;
  } finally {
    // A loader that backtracks badly on some input would show up here long before a hang.
    const milliseconds = performance.now() - started;
    rmSync(folder, { recursive: true, force: true });
    expect(milliseconds).toBeLessThan(2000);
  }
}

describe('loader fuzzing: mutated input gives a valid round or an InputError, never another exception', () => {
  const file = fc.constantFrom(...(Object.keys(FILES) as FileName[]));

  it('mutated CSV and scenario text', () => {
    const outcomes = { round: 0, 'input-error': 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(file, mutation), { minLength: 1, maxLength: 4 }), (changes) => {
        const files: Record<string, string> = { ...FILES };
        for (const [name, change] of changes) files[name] = mutate(files[name]!, change);
        outcomes[loadOrInputError(files)]++;
      }),
      { numRuns: 300 },
    );
    // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
    expect(outcomes.round).toBeGreaterThan(0);
    expect(outcomes['input-error']).toBeGreaterThan(0);
  });

  it('random bytes in a file (invalid UTF-8, control bytes)', () => {
    fc.assert(
      fc.property(file, position, fc.uint8Array({ minLength: 1, maxLength: 8 }), (name, at, bytes) => {
        const original = Buffer.from(FILES[name]);
        const index = Math.floor(at * original.length);
        const files: Record<string, string | Buffer> = {
          ...FILES,
          [name]: Buffer.concat([original.subarray(0, index), bytes, original.subarray(index)]),
        };
        loadOrInputError(files);
      }),
      { numRuns: 150 },
    );
  });

  it('a scenario made of arbitrary JSON values under known and unknown keys', () => {
    const value = fc.jsonValue({ maxDepth: 2 });
    const keys = fc.constantFrom(
      'name',
      'year',
      'budget',
      'periods',
      'defaults',
      'priority',
      'constraints',
      'objective',
      'history',
      'limits',
      'extends',
      'budgett',
    );
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 3 }), (overrides) => {
        const scenario = {
          name: 'Fuzz',
          budget: 50000,
          defaults: { cost: 16667, maxDistanceKm: 60 },
          data: { municipalities: 'municipalities.csv', experts: 'experts.csv', requests: 'requests.csv' },
          ...overrides,
        };
        loadOrInputError({ ...FILES, 'scenario.yaml': JSON.stringify(scenario) });
      }),
      { numRuns: 150 },
    );
  });
});
