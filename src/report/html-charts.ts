import { exactSum } from '../domain/numbers.js';
import type { AllocationResult } from '../result/result.js';
import { periodNamer } from '../text/calendar-text.js';
import type { Lang } from '../text/lang.js';
import { formatEuro } from '../text/number-format.js';
import type { ReportWords } from '../text/report-words.js';
import { WORDS } from '../text/words.js';
import { escapeHtml, svgNumber } from './html-kit.js';
import { type LegendEntry, svgLegend } from './svg-legend.js';

/** The timeline: one row per expert, one column per period; a trajectory, free, or not available. */
export function svgTimeline(result: AllocationResult, messages: ReportWords): string {
  const { round } = result;
  const labelWidth = 230;
  const cellWidth = 170;
  const rowHeight = 26;
  const names = new Map(round.municipalities.map((m) => [m.nis, m.name]));
  const slot = new Map(result.assignments.map((a) => [`${a.expert}\u0000${a.period}`, a]));
  const parts: string[] = round.periods.map(
    (period, index) =>
      `<text class="head" x="${labelWidth + index * cellWidth + cellWidth / 2}" y="16" text-anchor="middle">${escapeHtml(period)}</text>`,
  );
  round.experts.forEach((expert, row) => {
    const y = 24 + row * rowHeight;
    parts.push(
      `<text class="label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(`${expert.name} (${expert.id})`)}</text>`,
    );
    round.periods.forEach((period, index) => {
      const x = labelWidth + index * cellWidth;
      const assignment = slot.get(`${expert.id}\u0000${period}`);
      const available = expert.periods.includes(period);
      const cls = assignment ? `period-${index}` : available ? 'free' : 'unavailable';
      const label = assignment
        ? `${assignment.request} ${names.get(assignment.municipality) ?? assignment.municipality}`
        : available
          ? messages.text.free
          : messages.text.unavailable;
      parts.push(
        `<rect class="cell ${cls}" x="${x + 2}" y="${y}" width="${cellWidth - 4}" height="${rowHeight - 4}"><title>${escapeHtml(`${expert.id} ${period}: ${label}`)}</title></rect>`,
        `<text class="${assignment ? 'cell-text' : 'cell-text muted'}" x="${x + 8}" y="${y + 16}">${escapeHtml(label)}</text>`,
      );
    });
  });
  const height = 24 + round.experts.length * rowHeight + 4;
  return `<svg id="timeline" class="timeline" role="img" viewBox="0 0 ${labelWidth + round.periods.length * cellWidth + 4} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(messages.section.timeline)}</title>${parts.join('')}</svg>`;
}

/**
 * Budget use: one bar of the budget with a segment per period and what is
 * left, and a legend naming each segment with its months and amount.
 */
export function svgBudget(result: AllocationResult, lang: Lang): string {
  const { round } = result;
  const words = WORDS[lang];
  const periodName = periodNamer(result, lang);
  const width = 760;
  const limit = Math.max(result.budget.limit, result.budget.used, 1);
  const parts: string[] = [];
  const entries: LegendEntry[] = [];
  let x = 0;
  round.periods.forEach((period, index) => {
    const spent = exactSum(result.assignments.filter((a) => a.period === period).map((a) => a.cost));
    const w = (spent / limit) * width;
    const text = `${periodName(period)}: ${formatEuro(spent, lang)}`;
    if (spent > 0)
      parts.push(
        `<rect class="period-${index}" x="${svgNumber(x)}" y="4" width="${svgNumber(w)}" height="26"><title>${escapeHtml(text)}</title></rect>`,
      );
    entries.push({ symbol: (lx, ly) => `<rect class="period-${index}" x="${lx + 2}" y="${ly - 6}" width="16" height="12"/>`, text });
    x += w;
  });
  const left = `${words.map.legend.left}: ${formatEuro(result.budget.left, lang)}`;
  parts.push(
    `<rect class="left" x="${svgNumber(x)}" y="4" width="${svgNumber(Math.max(0, width - x))}" height="26"><title>${escapeHtml(left)}</title></rect>`,
  );
  entries.push({ symbol: (lx, ly) => `<rect class="left" x="${lx + 2}" y="${ly - 6}" width="16" height="12"/>`, text: left });
  const key = svgLegend(entries, 34, 0, width);
  return `<svg id="budget" class="budget" role="img" viewBox="0 0 ${width} ${34 + key.height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(words.report.section.budgetUse)}</title>${parts.join('')}${key.svg}</svg>`;
}
