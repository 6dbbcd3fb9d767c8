import type { AllocationResult } from '../result/result.js';
import type { Round } from '../domain/types.js';
import type { Lang } from '../text/lang.js';
import type { PartSection } from './policy-sections.js';
import { renderMarkdownBlocks } from './report-blocks.js';
import { reportSections, type TableData } from './report-sections.js';

/**
 * Markdown text from input: HTML and Markdown syntax characters escaped, line
 * breaks flattened, so a name can neither break a table nor inject a link or tag.
 */
const markdownText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|]/g, (char) => `\\${char}`)
    .replace(/\r?\n|\r/g, ' ');
const cell = markdownText;

/** Renders table data as a GitHub-flavoured Markdown table. */
function markdownTable(table: TableData): string {
  const header = `| ${table.columns.map((column) => cell(column.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`;
  return [header, rule, ...table.rows.map((row) => `| ${row.map((c) => cell(c.text)).join(' | ')} |`)].join('\n');
}

/** A section of plain parts as Markdown lines, every text escaped; ends with a blank line. */
function markdownPartSection(section: PartSection, level: 2 | 3): string[] {
  const lines = [`${'#'.repeat(level)} ${cell(section.title)}`, ''];
  for (const part of section.parts) {
    if (part.kind === 'text') lines.push(markdownText(part.text), '');
    else if (part.kind === 'table') lines.push(markdownTable(part.table), '');
    else lines.push(...part.items.map((item) => `- ${markdownText(item)}`), '');
  }
  return lines;
}

/**
 * report.md: why the round is infeasible (if it is), summary figures, the
 * priority rule, the greedy baseline, the allocation by period, the unserved requests
 * with their reasons, why each expert, the stability check, demand and
 * supply with its shortfalls, the sensitivity (if asked), and the run record.
 */
export function markdownReport(result: AllocationResult, round: Round, lang: Lang = 'en'): string {
  const s = reportSections(result, round, lang);
  const m = s.messages;
  const policy = s.policy;
  const lines: string[] = [`# ${cell(s.title)}`, '', `${m.statusLabel}: **${s.status}**.`, ''];
  if (policy.diagnosis) lines.push(...markdownPartSection(policy.diagnosis, 2));
  lines.push(`## ${m.section.summary}`, '', markdownTable(s.summary), '');
  for (const section of [policy.priority, policy.baseline]) if (section) lines.push(...markdownPartSection(section, 2));
  lines.push(`## ${m.section.allocation}`, '');
  for (const period of s.periods) {
    lines.push(`### ${m.section.period(period.period)}`, '', period.table ? markdownTable(period.table) : m.text.noTrajectories, '');
  }
  lines.push(`## ${m.section.unserved}`, '', s.unserved ? markdownTable(s.unserved) : s.unservedNone, '');
  lines.push(`## ${m.section.choices}`, '', s.choices.rows.length > 0 ? markdownTable(s.choices) : m.text.noTrajectories, '');
  lines.push(`## ${m.section.stability}`, '');
  lines.push(...(s.stability ? [m.text.stabilityIntro, '', markdownTable(s.stability)] : [m.text.stable]), '');
  lines.push(`## ${m.section.demandSupply}`, '', markdownText(s.recruit), '');
  lines.push(`### ${m.section.perDomain}`, '', markdownTable(s.domains), '');
  lines.push(`### ${m.section.perProvince}`, '', markdownTable(s.provinces), '');
  if (policy.shortfalls) lines.push(...markdownPartSection(policy.shortfalls, 3));
  if (policy.sensitivity) lines.push(renderMarkdownBlocks(policy.sensitivity));
  lines.push(`## ${m.section.run}`, '', markdownTable(s.run), '');
  return lines.join('\n');
}
