import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';
import { allocationDocument } from './allocation-document.js';
import { renderMarkdown } from './markdown-render.js';

/** report.md (and solve's report on stdout): the allocation report of a result, from the result alone. */
export function markdownReport(result: AllocationResult, lang: Lang = 'en'): string {
  return renderMarkdown(allocationDocument(result, lang));
}
