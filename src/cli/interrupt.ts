import { EXIT } from './command-wrapper.js';

/** Ctrl-C for the duration of one command. */
export interface InterruptScope {
  /** Aborted on the first Ctrl-C (SIGINT); the engine runner stops its worker at once. */
  readonly signal: AbortSignal;
  /** Restores the default signal handling. */
  dispose(): void;
}

/**
 * Turns the first Ctrl-C into an abort signal, so the running solve stops
 * and the command exits 130 without writing anything; a second Ctrl-C quits
 * at once (still without output: results are only written after a solve).
 */
export function interruptScope(): InterruptScope {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
    },
  };
}
