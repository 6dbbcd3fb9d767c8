import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';
import { resultWithMessages } from '../text/result-messages.js';
import { allocationDocument } from './allocation-document.js';
import { renderHtml } from './html-render.js';
import { REPORT_STYLE, SORT_SCRIPT } from './report-style.js';

/**
 * report.html: one self-contained file with the content of report.md plus a
 * map, a timeline of experts by period, budget use and served vs. requested
 * per province and per domain; sortable tables; the result embedded as the
 * same JSON as result.json. Rendered from the result alone.
 */
export function htmlReport(result: AllocationResult, lang: Lang = 'en'): string {
  return renderHtml(allocationDocument(result, lang), {
    style: REPORT_STYLE,
    script: SORT_SCRIPT,
    // The same JSON as result.json, English messages included.
    data: { id: 'expertpool-result', value: resultWithMessages(result) },
  });
}
