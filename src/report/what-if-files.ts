/** The files of a comparison and of a sweep, per format: what `compare --out` and `sweep --out` write, and the library renders. */
import type { Lang } from '../text/lang.js';
import type { Comparison } from '../what-if/compare.js';
import type { SweepResult } from '../what-if/sweep.js';
import { comparisonCsv, differenceCsv } from './compare-csv.js';
import { comparisonJson } from './compare-json.js';
import { comparisonDocument } from './compare-report.js';
import type { CsvDialect } from './csv.js';
import { renderMarkdown } from './markdown-render.js';
import { filesOf, type ReportFileSet, type WHAT_IF_FORMATS } from './report-files.js';
import { sweepCsv, sweepDocument, sweepJson } from './sweep-report.js';
import { whatIfHtml } from './what-if-html.js';
import { comparisonWorkbook, sweepWorkbook } from './what-if-xlsx.js';

/** How what-if files are written. */
export interface WhatIfFileOptions {
  readonly formats: readonly (typeof WHAT_IF_FORMATS)[number][];
  readonly lang: Lang;
  readonly csvDialect: CsvDialect;
}

/** Every file a comparison may write, whatever the formats: one output set. */
export const COMPARISON_FILE_NAMES: readonly string[] = [
  'compare.json',
  'compare.md',
  'compare.html',
  'compare.csv',
  'diff.csv',
  'compare.xlsx',
];

/** Every file a sweep may write, whatever the formats: one output set. */
export const SWEEP_FILE_NAMES: readonly string[] = ['sweep.json', 'sweep.md', 'sweep.html', 'sweep.csv', 'sweep.xlsx'];

/** The files of a comparison for the formats asked. */
export function comparisonFiles(comparison: Comparison, options: WhatIfFileOptions): ReportFileSet {
  const document = comparisonDocument(comparison, options.lang);
  return filesOf(options.formats, {
    json: () => ({ 'compare.json': comparisonJson(comparison) }),
    md: () => ({ 'compare.md': renderMarkdown(document) }),
    html: () => ({ 'compare.html': whatIfHtml(document) }),
    csv: () => ({
      'compare.csv': comparisonCsv(comparison, options.csvDialect),
      'diff.csv': differenceCsv(comparison, options.csvDialect),
    }),
    xlsx: () => ({ 'compare.xlsx': comparisonWorkbook(comparison, options.lang) }),
  });
}

/** The files of a sweep for the formats asked; `requestPlaces` names the municipality of each request in the steps. */
export function sweepFiles(
  sweep: SweepResult,
  options: WhatIfFileOptions & { readonly requestPlaces?: ReadonlyMap<string, string> },
): ReportFileSet {
  const document = sweepDocument(sweep, options.lang, options.requestPlaces);
  return filesOf(options.formats, {
    json: () => ({ 'sweep.json': sweepJson(sweep) }),
    md: () => ({ 'sweep.md': renderMarkdown(document) }),
    html: () => ({ 'sweep.html': whatIfHtml(document) }),
    csv: () => ({ 'sweep.csv': sweepCsv(sweep, options.csvDialect) }),
    xlsx: () => ({ 'sweep.xlsx': sweepWorkbook(sweep, options.lang) }),
  });
}
