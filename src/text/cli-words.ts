/**
 * The words of the command line: usage errors, the lines the command wrapper
 * prints for faults, and what commands print on stderr besides reports.
 * yargs's own help and option descriptions stay English.
 */
/** The facts of a wrong flag or argument, by message id: what the words of each language need. */
interface UsageFacts {
  /** `--time-limit` outside (0, max]; `seconds` as yargs read it (NaN and Infinity included). */
  'time-limit': { seconds: number; max: number };
  'format-unknown': { unknown: readonly string[]; allowed: readonly string[] };
  jobs: { jobs: number };
  'compare-too-few': { count: number };
  /** `explain --request` names no request of the round; `suggestion` is the closest id. */
  'request-unknown': { request: string; suggestion?: string };
  'export-no-file': Record<never, never>;
  'export-same-file': Record<never, never>;
  /** A count option of `generate` that is not a whole number within [min, max]. */
  'count-range': { flag: string; value: number; min: number; max: number };
  'budget-not-positive': { value: number };
  'engine-unknown': { engine: string; known: readonly string[] };
}

/** One usage problem's facts: its message id and what the message needs. */
export type UsageFact = { [Id in keyof UsageFacts]: { readonly id: Id } & Readonly<UsageFacts[Id]> }[keyof UsageFacts];

/** The words of the command line in one language. */
export interface CliWords {
  /** One sentence per usage problem, by message id. */
  readonly usage: { readonly [Id in keyof UsageFacts]: (fact: Readonly<UsageFacts[Id]>) => string };
  /** The command line names no command. */
  readonly nameCommand: string;
  /** The line after a message of the argument parser. */
  readonly seeHelp: string;
  /** Ctrl-C stopped the run. */
  readonly interrupted: string;
  /** An engine failed; `detail` is the engine's own account (English, for a bug report). */
  readonly engineFailure: (detail: string) => string;
  /** The checker refused the solver's allocation; `report` names the broken rules (English, for a bug report). */
  readonly allocationRefused: (report: string) => string;
  /** Any other error: a bug; `detail` is its stack. */
  readonly internalError: (detail: string) => string;
  /** Standard output failed (not a closed pipe); `detail` is the system's message. */
  readonly stdoutFailed: (detail: string) => string;
  /** The label before each conflict of an infeasible round and each rule a returned allocation breaks. */
  readonly infeasible: string;
  readonly breaks: string;
  /** `sweep`'s progress bar; `bar` is drawn with # and -. */
  readonly sweepProgress: (bar: string, done: number, total: number) => string;
  /** What `generate` and `export` print when done. */
  readonly generated: (count: number, folder: string, files: string) => string;
  readonly exported: (file: string, size: string) => string;
  /** The comment lines atop an exported model: its round and tier, and its size. */
  readonly modelTitle: (round: string, tier: string, sense: 'max' | 'min', scale: number) => string;
  readonly modelSize: (columns: number, arcs: number, rows: number) => string;
}
