import type { Argv } from 'yargs';
import type { LoadedRound } from '../io/load-round.js';
import { LANGS, type Lang } from '../text/lang.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';
import { WHAT_IF_FORMATS } from '../report/report-files.js';
import { formatOption } from './report-options.js';
import { checkTimeLimit, ENGINE_OPTION, timeLimitOption } from './engine-options.js';

/** The options `compare` and `sweep` share, as yargs parses them. */
export interface WhatIfArgs {
  json: boolean;
  out?: string;
  format: string;
  force: boolean;
  csvDialect: CsvDialect;
  lang: Lang;
  engine: string;
  timeLimit: number;
  allowOutside: boolean;
}

/**
 * Adds the options `compare` and `sweep` share; `what` names the thing --json prints, `files` what --out
 * writes, `formatFiles` the files of each format.
 */
export function withWhatIfOptions<T>(yargs: Argv<T>, texts: { what: string; files: string; formatFiles: string; timeLimit: string }) {
  return yargs
    .option('json', { type: 'boolean', default: false, describe: `Print the ${texts.what} as JSON on stdout` })
    .option('out', { type: 'string', describe: `Write ${texts.files} into this folder (see --format)` })
    .option('format', formatOption(texts.formatFiles, WHAT_IF_FORMATS))
    .option('force', {
      type: 'boolean',
      default: false,
      describe:
        'Allow --out to write into an existing folder that is not empty: its report files are replaced as one set, other files stay (inputs are never overwritten)',
    })
    .option('csv-dialect', {
      type: 'string',
      default: 'standard',
      choices: [...CSV_DIALECTS],
      describe: 'standard (, and decimal point) or excel-nl (; decimal comma, BOM, CRLF: Excel in Belgian Dutch)',
    })
    .option('lang', {
      type: 'string',
      default: 'en',
      choices: [...LANGS],
      describe: 'Language of the Markdown and HTML report and the workbook',
    })
    .option('engine', ENGINE_OPTION)
    .option('time-limit', timeLimitOption(texts.timeLimit))
    .option('allow-outside', ALLOW_OUTSIDE_OPTION);
}

/** Checks the shared options that yargs cannot. */
export function checkWhatIfArgs(args: WhatIfArgs): void {
  checkTimeLimit(args.timeLimit);
}

/** Every file a run reads, so --out never overwrites one. */
export function inputFiles(loaded: LoadedRound): string[] {
  return [...loaded.inputPaths];
}
