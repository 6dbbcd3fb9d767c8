import { InputError, type InputLocation } from '../../src/io/input-error.js';
import type { InputFact } from '../../src/io/input-facts.js';
import { inputErrorText, problemText } from '../../src/text/input-messages.js';

/** An input error as a user reads it in English: where, the facts, and the words. */
export interface WordedInputError {
  readonly location: InputLocation;
  readonly fact: InputFact;
  /** The English sentence of the problem. */
  readonly problem: string;
  /** The English message with its location, as the CLI prints it. */
  readonly message: string;
}

/** The InputError that `action` throws, worded in English; fails the test if it throws nothing or something else. */
export function inputErrorOf(action: () => unknown): WordedInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return worded(error);
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

/** An InputError with its English words. */
export const worded = (error: InputError): WordedInputError => ({
  location: error.location,
  fact: error.fact,
  problem: problemText(error.fact, 'en'),
  message: inputErrorText(error, 'en'),
});
