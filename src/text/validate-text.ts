import type { DomainSupply } from '../diagnose/demand-supply.js';
import type { RoundSummary } from '../diagnose/round-summary.js';
import type { Diagnosis, Shortfall } from '../result/policy.js';
import { diagnosisText, shortfallText } from './diagnosis-text.js';
import type { Lang } from './lang.js';
import { formatEuro, formatNumber } from './number-format.js';
import { WORDS } from './words.js';

/**
 * What `validate` found besides the summary: who supplies each domain, the
 * shortfalls, the conflicts, and the example rows of `expertpool init` the
 * round still holds (with the file each table is read from).
 */
export interface RoundChecks {
  readonly supply: readonly DomainSupply[];
  readonly shortfalls: readonly Shortfall[];
  readonly conflicts: readonly Diagnosis[];
  readonly exampleRows: readonly {
    readonly table: 'municipalities' | 'experts' | 'requests';
    readonly id: string;
    readonly file: string;
  }[];
}

/**
 * The text `validate` prints: its verdict (valid, or readable but proven
 * unsolvable), the round at a glance, its supply per domain, and what the checks found.
 */
export function validateText(summary: RoundSummary, checks: RoundChecks, lang: Lang): string {
  const words = WORDS[lang].validate;
  const number = (value: number) => formatNumber(value, lang);
  const label = words.label;
  // The labels share one column, as wide as the longest label of the language.
  const width = Math.max(...Object.values(label).map((text) => text.length)) + 2;
  const line = (name: string, value: string) => `  ${`${name}:`.padEnd(width)}${value}`;
  const eligible = summary.requests - summary.requestsWithoutEligibleExpert.length;
  const lines = [
    checks.conflicts.length > 0 ? words.unsolvable(summary.name, checks.conflicts.length) : words.valid(summary.name),
    line(label.periods, summary.periods.join(', ')),
    line(label.municipalities, number(summary.municipalities)),
    line(label.experts, words.experts(number(summary.experts), summary.capacity)),
    line(label.requests, words.requests(number(summary.requests), eligible)),
    line(label.pairs, words.pairs(number(summary.eligiblePairs), number(summary.modelVariables), number(summary.modelConstraints))),
    line(label.budget, words.budget(formatEuro(summary.budget, lang), summary.budgetTrajectories)),
  ];
  if (summary.requestsWithoutEligibleExpert.length > 0)
    lines.push(`  ${words.noEligible(summary.requestsWithoutEligibleExpert.join(', '))}`);
  const column = words.column;
  const widths = [Math.max(8, column.requests.length), Math.max(8, column.eligible.length), 7, Math.max(14, column.expertPeriods.length)];
  const row = (first: string, cells: readonly (string | number)[]) =>
    `  ${first.padEnd(18)} ${cells.map((cell, index) => String(cell).padStart(widths[index]!)).join(' ')}`;
  lines.push('', row(column.domain, [column.requests, column.eligible, column.experts, column.expertPeriods]));
  for (const d of summary.domains) lines.push(row(d.domain, [d.requests, d.requestsWithEligibleExpert, d.experts, d.expertPeriods]));
  lines.push('', `  ${words.supplyIntro}`);
  for (const supply of checks.supply) {
    const who = supply.suppliers.map((s) => `${s.name} (${s.experts.map((e) => `${e.id}:${e.level}`).join(', ')})`).join('; ');
    lines.push(`  ${supply.domain.padEnd(18)} ${supply.experts[1]} / ${supply.experts[2]} / ${supply.experts[3]}   ${who}`);
  }
  if (checks.shortfalls.length > 0) {
    lines.push('', `  ${words.shortfallsIntro}`, ...checks.shortfalls.map((shortfall) => `  - ${shortfallText(shortfall, lang)}`));
  }
  if (checks.conflicts.length > 0) {
    lines.push('', `  ${words.conflictsIntro}`, ...checks.conflicts.map((c) => `  - ${c.constraint}: ${diagnosisText(c, lang)}`));
  }
  if (checks.exampleRows.length > 0) {
    const { unfinished } = words;
    lines.push('', `  ${unfinished.intro}`, ...checks.exampleRows.map((row) => `  - ${unfinished.table[row.table](row.id, row.file)}`));
    lines.push(`  ${unfinished.then}`);
  }
  return `${lines.join('\n')}\n`;
}
