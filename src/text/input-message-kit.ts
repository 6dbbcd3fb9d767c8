/** What the English and Dutch tables of input messages share. */
import type { InputFactId, InputFacts, Quantity, RangeProblem } from '../io/input-facts.js';
import { QUANTITY_RANGES } from '../io/quantities.js';
import type { Lang } from './lang.js';

/** One language's sentence for every input problem, by message id. */
export type InputWording = { readonly [Id in InputFactId]: (fact: Readonly<InputFacts[Id]>) => string };

/** Error codes of a write that more room fixes (a full disk, a used-up quota, a file size limit). */
export const OUT_OF_SPACE: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** `1.5 MB`, `10 KB`, `10 bytes`: a file size in messages. */
export function describeBytes(bytes: number, lang: Lang): string {
  const decimal = (value: number) => (lang === 'nl' ? value.toFixed(1).replace('.', ',') : value.toFixed(1));
  if (bytes >= 1048576) return `${decimal(bytes / 1048576)} MB`;
  if (bytes >= 1024) return `${decimal(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** `A001`, `A001 and A002`, `A001, A002, A003 and 4 more`: ids in a message, `and` in the language. */
export function listIds(ids: readonly string[], more: number, and: string, others: (count: number) => string): string {
  const items = more > 0 ? [...ids, others(more)] : [...ids];
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** One language's phrases for a number outside its range; `unit` is ` EUR`, ` km` or empty. */
export interface RangeWords {
  readonly notPositive: (unit: string) => string;
  readonly negative: string;
  readonly notWhole: (year: boolean) => string;
  readonly between: (min: number, max: number) => string;
  readonly atLeast: (min: number) => string;
  readonly yearFrom: (min: number) => string;
  readonly yearUntil: (max: number) => string;
  readonly tooLarge: (value: number, quantity: Quantity, max: number, unit: string) => string;
  readonly tooPrecise: (quantity: Quantity, decimals: number) => string;
}

const UNIT: Partial<Record<Quantity, string>> = { cost: ' EUR', budget: ' EUR', 'max-distance': ' km' };

/** How a number breaks its documented range (io/quantities.ts), in the words of one language. */
export function rangeText(words: RangeWords, quantity: Quantity, value: number, problem: RangeProblem): string {
  const { min, max, decimals } = QUANTITY_RANGES[quantity];
  const unit = UNIT[quantity] ?? '';
  const degrees = quantity === 'lat' || quantity === 'lon';
  switch (problem) {
    case 'not-positive':
      return words.notPositive(unit);
    case 'negative':
      return words.negative;
    case 'not-whole':
      return words.notWhole(quantity === 'year');
    case 'below':
      return quantity === 'year' ? words.yearFrom(min) : degrees ? words.between(min, max) : words.atLeast(min);
    case 'above':
      return quantity === 'year' ? words.yearUntil(max) : degrees ? words.between(min, max) : words.tooLarge(value, quantity, max, unit);
    case 'decimals':
      return words.tooPrecise(quantity, decimals ?? 0);
  }
}
