import { ENGINE_FAULTS, type EngineFault } from '../engines/worker-protocol.js';
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

/** The environment variable that injects an engine fault, for end-to-end tests of the fault paths. */
const ENGINE_FAULT_VARIABLE = 'EXPERTPOOL_ENGINE_FAULT';

/** The injected engine fault, if the environment asks for one; an unknown value is ignored. */
export function engineFaultFromEnvironment(): EngineFault | undefined {
  const value = process.env[ENGINE_FAULT_VARIABLE];
  return ENGINE_FAULTS.find((fault) => fault === value);
}
