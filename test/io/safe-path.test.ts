import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { isInside } from '../../src/io/safe-path.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, SCENARIO } from '../support/temp-round.js';
import { inputErrorOf } from '../support/input-error.js';

/**
 * A workspace with the round's experts.csv outside the scenario's folder:
 * <root>/outside/experts.csv and the round in <root>/round/.
 */
function workspace(scenario: string): { root: string; round: string } {
  const root = mkdtempSync(join(tmpdir(), 'expertpool-paths-'));
  const round = join(root, 'round');
  mkdirSync(join(root, 'outside'));
  mkdirSync(round);
  writeFileSync(join(root, 'outside', 'experts.csv'), EXPERTS);
  writeFileSync(join(round, 'municipalities.csv'), MUNICIPALITIES);
  writeFileSync(join(round, 'experts.csv'), EXPERTS);
  writeFileSync(join(round, 'requests.csv'), REQUESTS);
  writeFileSync(join(round, 'scenario.yaml'), scenario);
  return { root, round };
}

const withExperts = (path: string) => SCENARIO.replace('experts: experts.csv', `experts: ${JSON.stringify(path)}`);

describe('isInside', () => {
  it('accepts the folder and paths below it, and nothing else', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b/c/d.csv', '/a/b')).toBe(true);
    expect(isInside('/a/b/..c.csv', '/a/b')).toBe(true);
    expect(isInside('/a/bc/d.csv', '/a/b')).toBe(false);
    expect(isInside('/a/d.csv', '/a/b')).toBe(false);
    expect(isInside('/', '/a/b')).toBe(false);
  });
});

describe('data paths stay in the scenario folder tree', () => {
  it('reads files in the folder and in subfolders', () => {
    const { round } = workspace(withExperts('sub/experts.csv'));
    mkdirSync(join(round, 'sub'));
    writeFileSync(join(round, 'sub', 'experts.csv'), EXPERTS);
    expect(loadRound(join(round, 'scenario.yaml')).round.experts).toHaveLength(2);
  });

  it('refuses ../ out of the folder, naming the field, and reads it with allowOutside', () => {
    const { round } = workspace(withExperts('../outside/experts.csv'));
    const scenario = join(round, 'scenario.yaml');
    const error = inputErrorOf(() => loadRound(scenario));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'data.experts' });
    expect(error.problem).toContain("leads outside the scenario's folder");
    expect(error.problem).toContain('--allow-outside');
    expect(loadRound(scenario, undefined, { allowOutside: true }).round.experts).toHaveLength(2);
  });

  it('refuses a path that climbs out and back in only when it ends outside', () => {
    const { round } = workspace(withExperts('../round/experts.csv'));
    expect(loadRound(join(round, 'scenario.yaml')).round.experts).toHaveLength(2);
  });

  it('refuses an absolute path outside the folder', () => {
    const { root, round } = workspace('');
    writeFileSync(join(round, 'scenario.yaml'), withExperts(join(root, 'outside', 'experts.csv')));
    expect(inputErrorOf(() => loadRound(join(round, 'scenario.yaml'))).location.field).toBe('data.experts');
  });

  it('refuses a symbolic link inside the folder that points out of it, file or folder', () => {
    const { root, round } = workspace(withExperts('linked.csv'));
    symlinkSync(join(root, 'outside', 'experts.csv'), join(round, 'linked.csv'));
    const error = inputErrorOf(() => loadRound(join(round, 'scenario.yaml')));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'data.experts' });
    expect(error.problem).toContain('symbolic link');

    writeFileSync(join(round, 'scenario.yaml'), withExperts('door/experts.csv'));
    symlinkSync(join(root, 'outside'), join(round, 'door'));
    expect(inputErrorOf(() => loadRound(join(round, 'scenario.yaml'))).problem).toContain('symbolic link');
  });

  it('accepts a symbolic link that stays inside the folder', () => {
    const { round } = workspace(withExperts('alias.csv'));
    symlinkSync(join(round, 'experts.csv'), join(round, 'alias.csv'));
    expect(loadRound(join(round, 'scenario.yaml')).round.experts).toHaveLength(2);
  });

  it('holds history.file to the same rule', () => {
    const { root, round } = workspace(`${SCENARIO}history: { file: ../outside/history.csv }\n`);
    writeFileSync(join(root, 'outside', 'history.csv'), 'year,expert,municipality,domain\n');
    expect(inputErrorOf(() => loadRound(join(round, 'scenario.yaml'))).location).toEqual({ file: 'scenario.yaml', field: 'history.file' });
  });

  it('checks each file of an extends chain against its own folder', () => {
    const { round } = workspace(SCENARIO);
    mkdirSync(join(round, 'variants'));
    // Inherited paths were written by scenario.yaml, inside its folder: allowed.
    writeFileSync(join(round, 'variants', 'cheap.yaml'), 'extends: ../scenario.yaml\nbudget: 20000\n');
    expect(loadRound(join(round, 'variants', 'cheap.yaml')).round.budget).toBe(20000);
    // A variant that itself reaches out of its folder is refused, and named.
    writeFileSync(join(round, 'variants', 'reach.yaml'), 'extends: ../scenario.yaml\ndata: { experts: ../experts.csv }\n');
    const error = inputErrorOf(() => loadRound(join(round, 'variants', 'reach.yaml')));
    expect(error.location).toEqual({ file: 'reach.yaml', field: 'data.experts' });
  });
});
