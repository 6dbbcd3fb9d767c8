import { compareStrings } from '../domain/index-by.js';
import type { MunicipalityDecision } from '../result/decisions.js';

/** Letters a file system may refuse or read two ways, written as plain ASCII. */
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };

/** Longest name part of a file name, so paths stay well below every system's limit. */
const MAX_NAME_LENGTH = 60;

/**
 * A municipality's name as part of a file name that every operating system
 * accepts and reads the same: accents and ligatures transliterated, lower
 * case, every other run of characters (spaces, slashes, dots, control and
 * bidi characters, markup) a single hyphen; empty when nothing is left.
 */
export function fileNamePart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (char) => LIGATURES[char] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name (without extension) of each municipality's letter, by NIS
 * code: `<nis>-<name>`, or `<nis>` when the name leaves nothing; a name that
 * comes out twice gets `-2`, `-3` in NIS order, so names are unique, also on
 * file systems that ignore case, and the same for the same input.
 */
export function letterFileNames(decisions: readonly Pick<MunicipalityDecision, 'nis' | 'name'>[]): ReadonlyMap<string, string> {
  // `index` is the list of the letters.
  const used = new Set<string>(['index']);
  const names = new Map<string, string>();
  for (const { nis, name } of [...decisions].sort((a, b) => compareStrings(a.nis, b.nis))) {
    const stem = [fileNamePart(nis), fileNamePart(name)].filter((part) => part !== '').join('-') || 'municipality';
    let unique = stem;
    for (let suffix = 2; used.has(unique); suffix++) unique = `${stem}-${suffix}`;
    used.add(unique);
    names.set(nis, unique);
  }
  return names;
}
