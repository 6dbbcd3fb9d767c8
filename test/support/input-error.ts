import { InputError } from '../../src/io/input-error.js';

/** The InputError that `action` throws; fails the test if it throws nothing or something else. */
export function inputErrorOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
