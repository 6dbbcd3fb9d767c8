import { InputError, type InputLocation } from './input-error.js';

/**
 * Names that JavaScript objects treat specially: as a key, `__proto__` can
 * replace an object's prototype, and `constructor` and `prototype` read
 * inherited values. No scenario key, column name, id, domain, province or
 * period needs them, so they are refused wherever input becomes a key.
 */
const RESERVED_WORDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for `__proto__`, `constructor` and `prototype`. */
export const isReservedWord = (word: string): boolean => RESERVED_WORDS.has(word);

/** Refuses a reserved word as a name or value that becomes a key, at `location`. */
export function assertNotReservedWord(word: string, location: InputLocation): void {
  if (isReservedWord(word.trim())) throw new InputError(location, { id: 'csv-reserved-word', cell: word.trim() });
}
