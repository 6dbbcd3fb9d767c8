import type { AllocationResult } from '../result/result.js';
import { assignmentsCsv, unservedCsv, type CsvDialect } from './csv.js';
import { htmlReport } from './html.js';
import { resultJson } from './json.js';
import { markdownReport } from './markdown.js';
import type { Lang } from '../text/lang.js';

/** Report formats `--format` accepts. */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly lang: Lang;
  readonly csvDialect: CsvDialect;
}

/**
 * Every report file of a result, by file name, for the formats asked.
 * Decision letters of a revised allocation (`result.replan`) go only to the
 * municipalities whose situation changed: changedMunicipalities(result.replan)
 * in result/replan.ts names them.
 */
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
    }
  }
  return files;
}
