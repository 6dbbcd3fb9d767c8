import type { AllocationResult } from '../result/result.js';
import { allocationWorkbook } from './allocation-xlsx.js';
import { assignmentsCsv, unservedCsv, type CsvDialect } from './csv.js';
import { htmlReport } from './html.js';
import { resultJson } from './json.js';
import { markdownReport } from './markdown.js';
import type { Lang } from '../text/lang.js';

/** Report formats `--format` accepts. */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats `--out` writes when `--format` is not given: a workbook only when asked for. */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'csv', 'json'];

export interface ReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly lang: Lang;
  readonly csvDialect: CsvDialect;
}

/** Report files by name: text, or the bytes of a workbook. */
export type ReportFileSet = Record<string, string | Buffer>;

/** The files of the formats asked, in REPORT_FORMATS order; each format's files are made only when asked for. */
export function filesOf(formats: readonly ReportFormat[], make: Readonly<Record<ReportFormat, () => ReportFileSet>>): ReportFileSet {
  return Object.assign({}, ...REPORT_FORMATS.filter((format) => formats.includes(format)).map((format) => make[format]()));
}

/** Every report file of a result, by file name, for the formats asked. */
export function reportFiles(result: AllocationResult, options: ReportOptions): ReportFileSet {
  return filesOf(options.formats, {
    json: () => ({ 'result.json': resultJson(result) }),
    md: () => ({ 'report.md': markdownReport(result, options.lang) }),
    html: () => ({ 'report.html': htmlReport(result, options.lang) }),
    csv: () => ({
      'assignments.csv': assignmentsCsv(result, options.csvDialect),
      'unserved.csv': unservedCsv(result, { dialect: options.csvDialect, lang: options.lang }),
    }),
    xlsx: () => ({ 'allocation.xlsx': allocationWorkbook(result, options.lang) }),
  });
}
