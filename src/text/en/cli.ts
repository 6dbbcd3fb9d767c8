/** The English words of the command line. */
import type { CliWords } from '../cli-words.js';

/** The English words of the command line. */
export const CLI: CliWords = {
  usage: {
    'time-limit': ({ seconds, max }) =>
      `--time-limit must be a number of seconds more than 0 and at most ${max} (one day); got ${seconds}. For example: --time-limit 60`,
    'format-unknown': ({ unknown, allowed }) =>
      `--format: unknown format "${unknown.join(', ')}"; choose from ${allowed.join(', ')} (comma-separated)`,
    jobs: ({ jobs }) => `--jobs must be a whole number of at least 1 (got ${jobs})`,
    'compare-too-few': ({ count }) => `compare needs at least two scenario files (got ${count})`,
    'request-unknown': ({ request, suggestion }) =>
      `--request: no request "${request}" in the round${suggestion !== undefined ? `; did you mean "${suggestion}"?` : ''}`,
    'export-no-file': () => 'name a file to write with --lp FILE and/or --mps FILE',
    'export-same-file': () => '--lp and --mps name the same file; give each format its own file',
    'count-range': ({ flag, value, min, max }) => `--${flag} must be a whole number from ${min} to ${max} (got ${value})`,
    'budget-not-positive': ({ value }) => `--budget must be a positive number of EUR (got ${value})`,
    'engine-unknown': ({ engine, known }) => `unknown engine "${engine}"; choose one of: ${known.join(', ')}`,
  },
  nameCommand: 'Name a command: solve or validate.',
  seeHelp: 'Run "expertpool --help" for usage.',
  interrupted: 'interrupted; the solve was stopped and nothing was written.',
  engineFailure: (detail) => `engine failure: ${detail}\nNo result was written.`,
  allocationRefused: (report) => `internal error: ${report}This is a bug; no result was written. Please report it with the scenario.`,
  internalError: (detail) => `internal error (this is a bug; please report it with the scenario and this text):\n${detail}`,
  stdoutFailed: (detail) => `cannot write to standard output (${detail}); what it received is incomplete.`,
  infeasible: 'infeasible',
  breaks: 'breaks',
  sweepProgress: (bar, done, total) => `sweep [${bar}] ${done}/${total} points`,
  generated: (count, folder, files) => `Wrote ${count} files into ${folder}: ${files}`,
  exported: (file, size) => `Wrote ${file}: ${size}`,
  modelTitle: (round, tier, sense, scale) =>
    `expertpool model of "${round}", tier "${tier}" (${sense === 'max' ? 'maximise' : 'minimise'}; optimum / ${scale} = the tier value)`,
  modelSize: (columns, arcs, rows) => `${columns} columns (x0..x${arcs - 1} are trajectories, the rest counts), ${rows} rows`,
};
