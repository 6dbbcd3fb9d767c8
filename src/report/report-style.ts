/**
 * The look of every page expertpool writes (report.html, compare.html,
 * sweep.html, the letters and their index): one style sheet for screen and
 * print and the one script that sorts tables. Each page allows exactly its
 * own inline style and script by hash (html-kit.ts); no external resources.
 */

/** The report's style: screen and print, colours by period and role; no external resources. */
export const REPORT_STYLE = `
:root{--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--p0:#1f77b4;--p1:#d95f02;--p2:#7570b3;--p3:#e7298a;--p4:#66a61e;--p5:#a6761d}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}
.status{color:var(--muted);margin:0 0 16px}.status strong{color:var(--ink)}
.diagnosis{border:2px solid #d62728;border-radius:4px;background:#fdf1f1;padding:0 16px 8px}.diagnosis h2{margin-top:12px;color:#a51d1e;border-bottom-color:#f0c4c4}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f8}td.num,th.num{text-align:right}td.num{white-space:nowrap}
table.sortable th{cursor:pointer;user-select:none}table.sortable th[aria-sort=ascending]::after{content:" \\25B2"}table.sortable th[aria-sort=descending]::after{content:" \\25BC"}
svg{display:block;width:100%;height:auto;margin:8px 0 16px;font-size:11px}svg text{fill:var(--ink)}
.hint,.muted,footer{color:var(--muted)}svg text.muted{fill:var(--muted)}
.period-0{fill:var(--p0);stroke:var(--p0)}.period-1{fill:var(--p1);stroke:var(--p1)}.period-2{fill:var(--p2);stroke:var(--p2)}
.period-3{fill:var(--p3);stroke:var(--p3)}.period-4{fill:var(--p4);stroke:var(--p4)}.period-5{fill:var(--p5);stroke:var(--p5)}
ul.summary{font-size:15px;padding-left:20px;margin:8px 0}ul.summary li{margin:0 0 6px}p.method{color:var(--muted);margin:4px 0 8px}
figure{margin:8px 0 16px}figcaption{color:var(--muted);font-size:12px;margin:-8px 0 12px}
.country{fill:#f1f3f6;stroke:#9aa3b2;stroke-width:1;stroke-linejoin:round}
line.trajectory{stroke-width:1.6;stroke-opacity:.9}line.leader{stroke:#8a93a3;stroke-width:.8}
.point{stroke:#fff;stroke-width:1}.point.granted{fill:#1b9e77}.point.partly{fill:#e6ab02}.point.none{fill:#d62728}.point.other{fill:#c3c8d1}
.ring{fill:none;stroke:#1f4e9c;stroke-width:1.8}
text.place,text.province,text.flow-count{font-size:10px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg text.place.none{fill:#a51d1e;font-weight:600}svg text.province{font-size:11px;font-weight:600;stroke:none}
.province-box{fill:#fff;fill-opacity:.9;stroke:#9aa3b2}line.flow{stroke:#4a5568;stroke-opacity:.75}.flow-head{fill:#4a5568}
.cell.free{fill:#fff;stroke:var(--line)}.cell.unavailable{fill:#eceef2;stroke:var(--line)}.cell[class*=period-]{fill-opacity:.25}
.series-0{fill:#b7bdc8}.series-1{fill:#1b9e77}.series-2{fill:#7570b3}.series-3{fill:#d95f02}.series-4{fill:#e7298a}.series-5{fill:#66a61e}
.left{fill:#eceef2;stroke:#c3c8d1}line.grid{stroke:#e4e7ec}line.axis{stroke:#8a93a3}svg text.tick,svg text.axis-title{fill:var(--muted)}
svg text.panel{font-weight:600}polyline.curve{fill:none;stroke-width:2}
@media (max-width:800px){body{padding:12px}table{font-size:12px}th,td{padding:3px 5px}ul.summary{font-size:14px}}
@media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}table,svg{break-inside:avoid}.hint{display:none}
table.sortable th::after{content:none!important}a{color:inherit}}
`.trim();

/** Sorts a table when a header is clicked or activated with the keyboard: numbers by data-sort, text by its content. */
export const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  var headers = table.querySelectorAll('th');
  headers.forEach(function (th, column) {
    th.tabIndex = 0;
    var sort = function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        var cell = row.cells[column];
        var sortKey = cell ? cell.getAttribute('data-sort') : null;
        return sortKey === null ? (cell ? cell.textContent : '') : Number(sortKey);
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); }
    });
  });
});
`.trim();

/** A decision letter: a business letter on A4, printed on one page where it fits. */
export const LETTER_STYLE = `
@page{size:A4;margin:16mm 18mm}
body{font:10.5pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;margin:0 auto;max-width:174mm;padding:16px}
header{margin-bottom:10px}.sender{margin:0 0 10px;font-weight:600}.date{margin:0 0 10px;text-align:right}.addressee{margin:12px 0 14px}
h1{font-size:13.5pt;margin:0 0 12px}h2{font-size:11pt;margin:14px 0 4px}p{margin:0 0 7px}ul{margin:0 0 8px;padding-left:18px}li{margin:0 0 5px}
.signature{margin-top:14px}
@media print{body{padding:0;max-width:none}}
`.trim();
