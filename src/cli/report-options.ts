import type { Argv } from 'yargs';
import { LANGS } from '../text/lang.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv.js';
import type { Lang } from '../text/lang.js';
import { DEFAULT_FORMATS, REPORT_FORMATS, type ReportFormat, type ReportOptions } from '../report/report-files.js';
import { UsageError } from './command-wrapper.js';

/** The report flags as yargs parses them. */
export interface ReportArgs {
  format: string;
  lang: string;
  csvDialect: string;
}

/** The `--format` option: which files `--out` writes (`files` names them per format). */
export const formatOption = (files: string) =>
  ({
    type: 'string',
    default: DEFAULT_FORMATS.join(','),
    describe: `Files --out writes, comma-separated: ${REPORT_FORMATS.join(', ')} (${files})`,
  }) as const;

/** Adds `--format`, `--lang` and `--csv-dialect` to a command. */
export function withReportOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('format', formatOption('report.md, report.html, assignments.csv and unserved.csv, result.json, allocation.xlsx'))
    .option('lang', { type: 'string', default: 'en', choices: [...LANGS], describe: 'Language of the reports and explanations' })
    .option('csv-dialect', {
      type: 'string',
      default: 'standard',
      choices: [...CSV_DIALECTS],
      describe: 'standard (, and decimal point) or excel-nl (; decimal comma, BOM, CRLF: Excel in Belgian Dutch)',
    });
}

/** Reads `--format`; an unknown format is a usage error that lists the known ones. */
export function parseFormats(text: string): ReportFormat[] {
  const formats = text
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter((format) => format !== '');
  const unknown = formats.filter((format) => !(REPORT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--format: unknown format "${unknown.join(', ')}"; choose from ${REPORT_FORMATS.join(', ')} (comma-separated)`);
  }
  return formats as ReportFormat[];
}

/** Reads the report flags. */
export function reportOptions(args: ReportArgs): ReportOptions {
  return { formats: parseFormats(args.format), lang: args.lang as Lang, csvDialect: args.csvDialect as CsvDialect };
}
