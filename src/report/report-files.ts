import type { AllocationResult } from '../result/result.js';
import { assignmentsCsv, unservedCsv, type CsvDialect } from './csv.js';
import { htmlReport } from './html.js';
import { resultJson } from './json.js';
import { letterFiles } from './letters.js';
import { markdownReport } from './markdown.js';
import type { Lang } from '../text/lang.js';

/** Report formats `--format` accepts. */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'letters'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `--out` writes when `--format` is not given: the reports, without the letters. */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'csv', 'json'];

export interface ReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly lang: Lang;
  /** The letters' language: Dutch unless the language was asked for. */
  readonly letterLang: Lang;
  readonly csvDialect: CsvDialect;
}

/** Every report file of a result, by its path under --out (letters go into `letters/`), for the formats asked. */
export function reportFiles(result: AllocationResult, options: ReportOptions): Record<string, string> {
  const files: Record<string, string> = {};
  for (const format of REPORT_FORMATS) {
    if (!options.formats.includes(format)) continue;
    switch (format) {
      case 'json':
        files['result.json'] = resultJson(result);
        break;
      case 'md':
        files['report.md'] = markdownReport(result, options.lang);
        break;
      case 'html':
        files['report.html'] = htmlReport(result, options.lang);
        break;
      case 'csv':
        files['assignments.csv'] = assignmentsCsv(result, options.csvDialect);
        files['unserved.csv'] = unservedCsv(result, { dialect: options.csvDialect, lang: options.lang });
        break;
      case 'letters':
        Object.assign(files, letterFiles(result, { lang: options.letterLang }));
        break;
    }
  }
  return files;
}
