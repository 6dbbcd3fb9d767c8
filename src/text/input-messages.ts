/**
 * The words of every input problem, in English and Dutch: the io layer states
 * the facts (InputError, InputNotice), this module says them. The tables are
 * in input-messages-en.ts and input-messages-nl.ts, one sentence per message id.
 */
import { formatLocation, type InputError, type LocationWords, type InputNotice } from '../io/input-error.js';
import type { InputFact } from '../io/input-facts.js';
import type { InputWording } from './input-message-kit.js';
import { INPUT_EN } from './input-messages-en.js';
import { INPUT_NL } from './input-messages-nl.js';
import type { Lang } from './lang.js';

/** The words of a location and of a warning, per language. */
interface MessageWords extends LocationWords {
  readonly warning: string;
}

const WORDING: Readonly<Record<Lang, { readonly words: MessageWords; readonly messages: InputWording }>> = {
  en: {
    words: { line: 'line', row: 'row', column: 'column', field: 'field', sheet: 'sheet', cell: 'cell', warning: 'warning' },
    messages: INPUT_EN,
  },
  nl: {
    words: { line: 'regel', row: 'rij', column: 'kolom', field: 'veld', sheet: 'blad', cell: 'cel', warning: 'waarschuwing' },
    messages: INPUT_NL,
  },
};

/** The sentence for one problem's facts. */
export function problemText(fact: InputFact, lang: Lang): string {
  const say = WORDING[lang].messages[fact.id] as (facts: InputFact) => string;
  return say(fact);
}

/** An input error as the user reads it: where, then what is wrong and how to fix it. */
export function inputErrorText(error: Pick<InputError, 'location' | 'fact'>, lang: Lang = 'en'): string {
  return `${formatLocation(error.location, WORDING[lang].words)}: ${problemText(error.fact, lang)}`;
}

/** A warning line, e.g. `warning: requests.csv, row 2, column "domain": ...`. */
export function inputWarningText(notice: InputNotice, lang: Lang = 'en'): string {
  return `${WORDING[lang].words.warning}: ${inputErrorText(notice, lang)}`;
}
