import type { AllocationResult } from '../analysis/result.js';
import type { Round } from '../domain/types.js';
import type { Lang } from './messages.js';
import { reportSections, type TableData } from './report-sections.js';

/**
 * Markdown text from input: HTML and Markdown syntax characters escaped, line
 * breaks flattened, so a name can neither break a table nor inject a link or tag.
 */
export const markdownText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|]/g, (char) => `\\${char}`)
    .replace(/\r?\n|\r/g, ' ');
const cell = markdownText;

/** Renders table data as a GitHub-flavoured Markdown table. */
export function markdownTable(table: TableData): string {
  const header = `| ${table.columns.map((column) => cell(column.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`;
  return [header, rule, ...table.rows.map((row) => `| ${row.map((c) => cell(c.text)).join(' | ')} |`)].join('\n');
}

/**
 * report.md: summary figures, the allocation by period, the unserved requests
 * with their reasons, why each expert, the stability check, demand and
 * supply, and the run record.
 */
export function markdownReport(result: AllocationResult, round: Round, lang: Lang = 'en'): string {
  const s = reportSections(result, round, lang);
  const m = s.messages;
  const lines: string[] = [`# ${cell(s.title)}`, '', `${m.statusLabel}: **${s.status}**.`, ''];
  lines.push(`## ${m.section.summary}`, '', markdownTable(s.summary), '');
  lines.push(`## ${m.section.allocation}`, '');
  for (const period of s.periods) {
    lines.push(`### ${m.section.period(period.period)}`, '', period.table ? markdownTable(period.table) : m.text.noTrajectories, '');
  }
  lines.push(`## ${m.section.unserved}`, '', s.unserved ? markdownTable(s.unserved) : m.text.everyoneServed, '');
  lines.push(`## ${m.section.choices}`, '', s.choices.rows.length > 0 ? markdownTable(s.choices) : m.text.noTrajectories, '');
  lines.push(`## ${m.section.stability}`, '');
  lines.push(...(s.stability ? [m.text.stabilityIntro, '', markdownTable(s.stability)] : [m.text.stable]), '');
  lines.push(`## ${m.section.demandSupply}`, '', markdownText(s.recruit), '');
  lines.push(`### ${m.section.perDomain}`, '', markdownTable(s.domains), '');
  lines.push(`### ${m.section.perProvince}`, '', markdownTable(s.provinces), '');
  lines.push(`## ${m.section.run}`, '', markdownTable(s.run), '');
  return lines.join('\n');
}
