import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimOutputFile } from '../../src/io/output-file.js';
import { claimOutputFolder, type OutputFolderOptions } from '../../src/io/output-folder.js';
import { problemText } from '../../src/text/input-messages.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';
import { inputErrorOf } from '../support/input-error.js';

// Each refusal of an output place is a fact, worded in English as before and in Dutch.
const SET = ['report.md', 'result.json'];
const root = () => mkdtempSync(join(tmpdir(), 'expertpool-refusal-'));

/** A folder `out` in a new temporary folder, made by `make` (nothing when it makes nothing). */
function place(make: (out: string) => void = () => {}): string {
  const out = join(root(), 'out');
  make(out);
  return out;
}

const folderClaim =
  (out: string, more: Partial<OutputFolderOptions> = {}) =>
  () =>
    claimOutputFolder(out, { force: true, inputs: [], names: SET, ...more });
const fileClaim = (file: string) => () => claimOutputFile(file, { force: true, inputs: [], option: '--lp' });

/** A folder holding one file of the user's. */
const withFile = (name: string) => (out: string) => {
  mkdirSync(out);
  writeFileSync(join(out, name), 'x');
};

interface Case {
  readonly id: string;
  readonly claim: () => unknown;
  readonly en: string;
  readonly nl: string;
}

const CASES: readonly (() => Case)[] = [
  () => ({
    id: 'output-not-empty',
    claim: folderClaim(place(withFile('notes.txt')), { force: false }),
    en: 'already exists and is not empty (1 entry). Add --force to overwrite the report files in it, or choose another --out folder.',
    nl: 'bestaat al en is niet leeg (1 item). Voeg --force toe om de rapportbestanden erin te overschrijven, of kies een andere map voor --out.',
  }),
  () => ({
    id: 'output-not-empty',
    claim: folderClaim(place(withFile('notes.txt')), { force: false, option: 'DIR', newRound: true }),
    en: 'already exists and is not empty (1 entry). Add --force to replace the files of a new round in it, or choose another folder.',
    nl: 'bestaat al en is niet leeg (1 item). Voeg --force toe om er de bestanden van een nieuwe ronde in te vervangen, of kies een andere map.',
  }),
  () => {
    const out = place(withFile('scenario.yaml'));
    return {
      id: 'output-holds-input',
      claim: folderClaim(out, { force: false, inputs: [join(out, 'scenario.yaml')] }),
      en: 'holds "scenario.yaml", which is an input of this run. Choose another --out folder (or add --force to write beside the inputs; an input is never replaced).',
      nl: 'bevat "scenario.yaml", een invoerbestand van deze opdracht. Kies een andere map voor --out (of voeg --force toe om naast de invoer te schrijven; invoer wordt nooit vervangen).',
    };
  },
  () => {
    const out = place(withFile('report.md'));
    return {
      id: 'output-replaces-input',
      claim: folderClaim(out, { inputs: [join(out, 'report.md')] }),
      en: 'is an input of this run; choose another --out folder so inputs are never overwritten.',
      nl: 'is een invoerbestand van deze opdracht; kies een andere map voor --out, zodat invoer nooit overschreven wordt.',
    };
  },
  () => ({
    id: 'output-not-folder',
    claim: folderClaim(place((out) => writeFileSync(out, 'x'))),
    en: 'exists and is not a folder. Choose a folder for --out.',
    nl: 'bestaat al en is geen map. Kies een map voor --out.',
  }),
  () => {
    const elsewhere = root();
    return {
      id: 'output-link-away',
      claim: folderClaim(place((out) => symlinkSync(elsewhere, out))),
      en: `is a symbolic link to ${elsewhere}. Output does not follow links out of the place you name: give the real folder as --out.`,
      nl: `is een symbolische koppeling naar ${elsewhere}. Uitvoer volgt geen koppelingen weg uit de plaats die je opgeeft: geef de echte map op als --out.`,
    };
  },
  () => ({
    id: 'output-dangling-link',
    claim: folderClaim(place((out) => symlinkSync(join(out, '..', 'missing'), out))),
    en: 'is a symbolic link to a folder that does not exist. Give a real folder as --out.',
    nl: 'is een symbolische koppeling naar een map die niet bestaat. Geef een echte map op als --out.',
  }),
  () => ({
    id: 'output-in-the-way',
    claim: folderClaim(place((out) => mkdirSync(join(out, 'report.md'), { recursive: true }))),
    en: 'is in the way: it is not a regular file, so a report cannot replace it. Move it, or choose another --out folder.',
    nl: 'staat in de weg: het is geen gewoon bestand, dus een rapport kan het niet vervangen. Verplaats het, of kies een andere map voor --out.',
  }),
  () => {
    const file = join(root(), 'model.lp');
    mkdirSync(file);
    return {
      id: 'output-in-the-way',
      claim: fileClaim(file),
      en: 'is in the way: it is not a regular file, so a report cannot replace it. Move it, or choose another file for --lp.',
      nl: 'staat in de weg: het is geen gewoon bestand, dus een rapport kan het niet vervangen. Verplaats het, of kies een ander bestand voor --lp.',
    };
  },
  () => {
    const target = join(root(), 'theirs.md');
    return {
      id: 'output-entry-link',
      claim: folderClaim(place((out) => (mkdirSync(out), symlinkSync(target, join(out, 'report.md'))))),
      en: `is a symbolic link to ${target}, outside the --out folder; a report never writes through it. Remove the link, or choose another --out folder.`,
      nl: `is een symbolische koppeling naar ${target}, buiten de map van --out; een rapport schrijft er nooit doorheen. Verwijder de koppeling, of kies een andere map voor --out.`,
    };
  },
  () => {
    const target = join(root(), 'theirs.lp');
    const file = join(root(), 'model.lp');
    symlinkSync(target, file);
    return {
      id: 'output-entry-link',
      claim: fileClaim(file),
      en: `is a symbolic link to ${target}, outside the folder of --lp; a report never writes through it. Remove the link, or choose another file for --lp.`,
      nl: `is een symbolische koppeling naar ${target}, buiten de map van --lp; een rapport schrijft er nooit doorheen. Verwijder de koppeling, of kies een ander bestand voor --lp.`,
    };
  },
];

describe('a refused output place', () => {
  it.each(CASES.map((make, index) => [index, make] as const))('is a fact worded in English and Dutch (case %i)', (_, make) => {
    const { id, claim, en, nl } = make();
    const error = inputErrorOf(claim);
    expect(error.fact.id).toBe(id);
    expect(error.problem).toBe(en);
    expect(problemText(error.fact, 'nl')).toBe(nl);
    expectNoEnglish(nl, id);
  });

  it('carries only its id and values, no sentence', () => {
    const error = inputErrorOf(folderClaim(place(withFile('notes.txt')), { force: false }));
    expect(error.fact).toEqual({ id: 'output-not-empty', entries: 1, option: '--out', newRound: false });
  });
});
