import type { ReportDocument } from './document.js';
import { renderHtml } from './html-render.js';

/** The style of the comparison and sweep pages: plain tables and a figure; no script. */
const WHAT_IF_STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f2f2f2}figure{margin:1rem 0}
svg text{font-family:system-ui,sans-serif;font-size:12px}`;

/** compare.html and sweep.html: a what-if report as one self-contained page. */
export const whatIfHtml = (document: ReportDocument): string => renderHtml(document, { style: WHAT_IF_STYLE });
