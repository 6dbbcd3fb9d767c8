import { expect } from 'vitest';
import { INPUT_EN } from '../../src/text/input-messages-en.js';
import { WORDS } from '../../src/text/words.js';

/** What the English tables put where a value goes. */
const HOLE = '\u0001';

/**
 * A value that stands for any parameter: it reads as HOLE in a text, and each
 * of its fields and calls is itself, so a table that takes facts
 * (`({ option, entries }) => ...`) or lists (`list.join(', ')`) can be called too.
 */
const ANY: unknown = new Proxy(() => ANY, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => HOLE : ANY),
});

/** The ways a table's function is called: with holes, with lists of holes, with a value that fits any parameter. */
const ARGUMENTS: readonly unknown[] = [HOLE, [HOLE, HOLE], ANY];

/** Every text the English tables can give: plain strings, and each function called with holes for its values. */
function englishTexts(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (typeof value === 'function' && value !== ANY) {
    for (const arg of ARGUMENTS) {
      let text: unknown;
      try {
        text = (value as (...args: unknown[]) => unknown)(...Array<unknown>(Math.max(value.length, 1)).fill(arg));
      } catch {
        // A table that needs values of another shape is read through one of the other calls.
        continue;
      }
      englishTexts(
        Array.isArray(text) ? text.map((run) => (typeof run === 'string' ? run : Object.values(run).join(''))).join('') : text,
        found,
      );
    }
  } else if (value && typeof value === 'object' && value !== ANY) for (const inner of Object.values(value)) englishTexts(inner, found);
  return found;
}

/** The English tables' phrases of three words or more, between the values and the punctuation. */
const ENGLISH_PHRASES = [
  ...new Set(
    englishTexts([WORDS.en, INPUT_EN])
      .flatMap((text) => text.split(/[\u0001.,:;()"?!✓]/))
      .map((phrase) => phrase.trim().replace(/\s+/g, ' '))
      .filter((phrase) => phrase.split(' ').filter((word) => /[a-z]/i.test(word)).length >= 3),
  ),
];

/** Words that are English and never Dutch; none may stand alone in a Dutch text. */
const ENGLISH_WORDS = new Set(
  (
    'the and with which would from than only every this that are was were has have been not served unserved request requests ' +
    'trajectory trajectories round period periods priority its there their will cannot for to by at no or an be domain municipality ' +
    'supplier allocation tier seed solve counterfactual rule rules free available within reach beyond'
  ).split(' '),
);

/** The words of a text a reader sees as prose: scenario keys, file names, quoted column and field names, paths, flags and numbers left out. */
function proseWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((token) => !/[/\\=]|\w\.\w|^-{1,2}\w|^`|`$|^"[\w.[\]-]+"[,:;.]?$/.test(token))
    .flatMap((token) => token.split(/[^\p{L}'’-]+/u))
    .filter((word) => word !== '');
}

/** The text a reader sees on an HTML page: no script, no style, no tags; entities decoded. */
export function visibleHtmlText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Fails when a Dutch text holds a phrase of the English tables or an English word. */
export function expectNoEnglish(text: string, what: string): void {
  expect(
    ENGLISH_PHRASES.filter((phrase) => text.includes(phrase)),
    `${what}: English phrases`,
  ).toEqual([]);
  expect([...new Set(proseWords(text).filter((word) => ENGLISH_WORDS.has(word.toLowerCase())))], `${what}: English words`).toEqual([]);
}

/** How many English phrases the check knows, so a test can see that the tables were read. */
export const englishPhraseCount = ENGLISH_PHRASES.length;
