import type { ReportDocument } from './document.js';
import { renderHtml } from './html-render.js';
import { REPORT_STYLE } from './report-style.js';

/** compare.html and sweep.html: a what-if report as one self-contained page, in the style of report.html. */
export const whatIfHtml = (document: ReportDocument): string => renderHtml(document, { style: REPORT_STYLE });
