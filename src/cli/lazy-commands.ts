import type { Argv } from 'yargs';

/** What main needs of a command before it knows which command runs: its usage line and summary. */
interface CommandSummary {
  readonly command: string;
  readonly describe: string;
}

/** A full command definition as the command modules export it. */
interface CommandModuleDefinition extends CommandSummary {
  readonly builder: (yargs: Argv) => Argv<unknown>;
  readonly handler: (args: never) => Promise<void>;
}

/** A command whose definition module is imported only when yargs runs that command. */
export interface LazyCommand extends CommandSummary {
  readonly load: () => Promise<CommandModuleDefinition>;
}

/*
 * Importing a command module pulls in its engines, WASM loader, report renderers and schema
 * validator; doing that for all eight commands cost most of a `--version`. The usage line and
 * summary live here (a test checks they equal the modules' own) so `--help` lists every command
 * without loading any of them.
 */
/** Every command, in the order `--help` lists them. */
export const LAZY_COMMANDS: readonly LazyCommand[] = [
  {
    command: 'solve <scenario>',
    describe: 'Solve a round to proven optimality and report the allocation',
    load: async () => (await import('./solve-command.js')).solveCommand,
  },
  {
    command: 'replan <scenario>',
    describe:
      'Revise a decided allocation during the year (experts withdraw, requests are cancelled, the budget changes), keeping what was promised',
    load: async () => (await import('./replan-command.js')).replanCommand,
  },
  {
    command: 'validate <scenario>',
    describe:
      'Check a scenario and its CSV files or workbooks and summarise the round, without solving; exit 1 when the checks prove it cannot be solved',
    load: async () => (await import('./validate-command.js')).validateCommand,
  },
  {
    command: 'explain <scenario>',
    describe: 'Solve a round and explain why one request is served by its expert, or why it is not served',
    load: async () => (await import('./explain-command.js')).explainCommand,
  },
  {
    command: 'compare <scenarios..>',
    describe: 'Solve several scenarios and report them side by side: figures, who is served where, what changed',
    load: async () => (await import('./compare-command.js')).compareCommand,
  },
  {
    command: 'sweep <scenario>',
    describe: 'Solve a scenario for every value of one key and report the curve and what each step adds',
    load: async () => (await import('./sweep-command.js')).sweepCommand,
  },
  {
    command: 'init <dir>',
    describe: 'Write a new round to fill in: scenario.yaml and three CSV files (or one workbook), an example row each and column notes',
    load: async () => (await import('./init-command.js')).initCommand,
  },
  {
    command: 'generate',
    describe: 'Write a seeded synthetic round (scenario.yaml and the three CSV files) for tests and benchmarks',
    load: async () => (await import('./generate-command.js')).generateCommand,
  },
  {
    command: 'export <scenario>',
    describe: "Write the first tier's exact model as a CPLEX LP and/or MPS file, to check a round with another solver",
    load: async () => (await import('./export-command.js')).exportCommand,
  },
];

/**
 * The yargs command module for a lazy command: yargs awaits an async builder, so the definition
 * module is imported when this command is parsed (its own `--help` included) and not before.
 */
export function yargsCommand(lazy: LazyCommand) {
  return {
    command: lazy.command,
    describe: lazy.describe,
    builder: async (yargs: Argv) => (await lazy.load()).builder(yargs),
    handler: async (args: unknown) => (await lazy.load()).handler(args as never),
  };
}
