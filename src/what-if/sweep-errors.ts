import { InputError, type InputLocation } from '../io/input-error.js';
import type { InputFact } from '../io/input-facts.js';
import { AllocationCheckError } from '../pipeline/solve-checked.js';
import type { Violation } from '../check/check-allocation.js';
import type { SweepPoint } from './sweep-point.js';

/** An error as it crosses the worker boundary (structured clone loses classes). */
export type SerialisedError =
  | { readonly kind: 'input'; readonly location: InputLocation; readonly fact: InputFact }
  | { readonly kind: 'check'; readonly violations: readonly Violation[] }
  | { readonly kind: 'other'; readonly message: string; readonly stack?: string };

/** A worker's answer for one point. */
export type WorkerReply =
  | { readonly index: number; readonly point: SweepPoint }
  | { readonly index: number; readonly error: SerialisedError };

/** Turns an error into plain data a worker can post. */
export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof InputError) return { kind: 'input', location: error.location, fact: error.fact };
  if (error instanceof AllocationCheckError) return { kind: 'check', violations: error.violations };
  if (error instanceof Error) return { kind: 'other', message: error.message, stack: error.stack };
  return { kind: 'other', message: String(error) };
}

/** Rebuilds the error on the main thread, with its class, so the CLI maps it to the right exit code. */
export function deserialiseError(error: SerialisedError): Error {
  switch (error.kind) {
    case 'input':
      return new InputError(error.location, error.fact);
    case 'check':
      return new AllocationCheckError(error.violations);
    case 'other': {
      const rebuilt = new Error(error.message);
      if (error.stack !== undefined) rebuilt.stack = `${error.stack}\n    (in a sweep worker thread)`;
      return rebuilt;
    }
  }
}
