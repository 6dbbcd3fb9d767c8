import type { AllocationResult } from '../result/result.js';
import { allocationWorkbook } from './allocation-xlsx.js';
import { assignmentsCsv, unservedCsv, type CsvDialect } from './csv.js';
import { htmlReport } from './html.js';
import { resultJson } from './json.js';
import { letterFiles } from './letters.js';
import { markdownReport } from './markdown.js';
import type { Lang } from '../text/lang.js';
import { changedMunicipalities } from '../result/replan.js';

/** Report formats `--format` accepts. */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'xlsx', 'letters'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats of `compare` and `sweep`: their reports, without letters. */
export const WHAT_IF_FORMATS = ['md', 'html', 'csv', 'json', 'xlsx'] as const satisfies readonly ReportFormat[];

/** The formats `--out` writes when `--format` is not given: no workbook and no letters unless asked for. */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'csv', 'json'];
/** The files of each format. */
const FORMAT_FILES: Readonly<Record<ReportFormat, readonly string[]>> = {
  md: ['report.md'],
  html: ['report.html'],
  csv: ['assignments.csv', 'unserved.csv'],
  json: ['result.json'],
  xlsx: ['allocation.xlsx'],
  // The letters are one entry of the set: their folder is replaced as a whole.
  letters: ['letters/'],
};

/** Every file name `--out` may hold for a result, whatever the formats: a run replaces the files of its formats and removes the others. */
export const REPORT_FILE_NAMES: readonly string[] = REPORT_FORMATS.flatMap((format) => FORMAT_FILES[format]);

export interface ReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly lang: Lang;
  /** The letters' language: Dutch unless the language was asked for. */
  readonly letterLang: Lang;
  readonly csvDialect: CsvDialect;
}

/** Report files by name: text, or the bytes of a workbook; letters go into `letters/`. */
export type ReportFileSet = Record<string, string | Buffer>;

/** The files of the formats asked, in REPORT_FORMATS order; each format's files are made only when asked for. */
export function filesOf<F extends string>(formats: readonly F[], make: Readonly<Record<F, () => ReportFileSet>>): ReportFileSet {
  return Object.assign({}, ...(Object.keys(make) as F[]).filter((format) => formats.includes(format)).map((format) => make[format]()));
}

/**
 * Every report file of a result, by its path under --out, for the formats
 * asked. Decision letters of a revised allocation (`result.replan`) go only
 * to the municipalities whose situation changed.
 */
export function reportFiles(result: AllocationResult, options: ReportOptions): ReportFileSet {
  const only = result.replan ? new Set(changedMunicipalities(result.replan)) : undefined;
  return filesOf(options.formats, {
    md: () => ({ 'report.md': markdownReport(result, options.lang) }),
    html: () => ({ 'report.html': htmlReport(result, options.lang) }),
    csv: () => ({
      'assignments.csv': assignmentsCsv(result, options.csvDialect),
      'unserved.csv': unservedCsv(result, { dialect: options.csvDialect, lang: options.lang }),
    }),
    json: () => ({ 'result.json': resultJson(result) }),
    xlsx: () => ({ 'allocation.xlsx': allocationWorkbook(result, options.lang) }),
    letters: () => letterFiles(result, { lang: options.letterLang, ...(only ? { only } : {}) }),
  });
}
