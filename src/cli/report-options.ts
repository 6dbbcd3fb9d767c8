import type { Argv } from 'yargs';
import { LANGS } from '../text/lang.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv.js';
import type { Lang } from '../text/lang.js';
import { DEFAULT_FORMATS, REPORT_FORMATS, type ReportFormat, type ReportOptions } from '../report/report-files.js';
import { UsageError } from './command-wrapper.js';

/** The report flags as yargs parses them. */
export interface ReportArgs {
  format: string;
  /** Undefined when not given: reports are then English and letters Dutch. */
  lang?: string;
  csvDialect: string;
}

/** The `--format` option: which files `--out` writes (`files` names them per format). */
export const formatOption = (files: string, allowed: readonly ReportFormat[] = REPORT_FORMATS) =>
  ({
    type: 'string',
    default: DEFAULT_FORMATS.join(','),
    describe: `Files --out writes, comma-separated: ${allowed.join(', ')} (${files})`,
  }) as const;

/** Adds `--format`, `--lang` and `--csv-dialect` to a command. */
export function withReportOptions<T>(yargs: Argv<T>) {
  return yargs
    .option(
      'format',
      formatOption(
        'report.md, report.html, assignments.csv and unserved.csv, result.json, allocation.xlsx, letters/: a decision letter per municipality',
      ),
    )
    .option('lang', {
      type: 'string',
      choices: [...LANGS],
      describe: 'Language of the reports and explanations (default en) and of the letters (default nl: --lang en writes them in English)',
    })
    .option('csv-dialect', {
      type: 'string',
      default: 'standard',
      choices: [...CSV_DIALECTS],
      describe: 'standard (, and decimal point) or excel-nl (; decimal comma, BOM, CRLF: Excel in Belgian Dutch)',
    });
}

/** Reads `--format`; an unknown format is a usage error that lists the known ones. */
export function parseFormats<F extends ReportFormat>(text: string, allowed: readonly F[]): F[] {
  const formats = text
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter((format) => format !== '');
  const unknown = formats.filter((format) => !(allowed as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError({ id: 'format-unknown', unknown, allowed });
  }
  return formats as F[];
}

/** Reads the report flags. */
export function reportOptions(args: ReportArgs): ReportOptions {
  const lang = args.lang as Lang | undefined;
  // Reports default to English; letters go to Flemish municipalities, so they are Dutch unless a language is asked for.
  return {
    formats: parseFormats(args.format, REPORT_FORMATS),
    lang: lang ?? 'en',
    letterLang: lang ?? 'nl',
    csvDialect: args.csvDialect as CsvDialect,
  };
}
