import type { Sensitivity } from '../analysis/sensitivity.js';
import { formatters, MESSAGES, type ReportLanguage } from './compare-messages.js';
import { renderMarkdownBlocks, type Block } from './report-blocks.js';

/** The sensitivity of a solve as report blocks: one row per change tried. */
export function sensitivityBlocks(sensitivity: Sensitivity, lang: ReportLanguage): Block[] {
  const text = MESSAGES[lang];
  const format = formatters(lang);
  const changeText = (entry: Sensitivity['entries'][number]) =>
    entry.change === 'budget' ? text.moreBudget(format.euro(sensitivity.budgetStep)) : text.moreExpertPeriod(entry.domain ?? '', entry.like ?? '');
  return [
    { kind: 'heading', level: 2, text: text.sensitivityTitle },
    { kind: 'paragraph', text: text.sensitivityNote },
    {
      kind: 'table',
      header: [text.change, text.served, text.priorityServed, text.budgetUsed, text.gainedRequests, text.lostRequests],
      rows: sensitivity.entries.map((entry) => [
        changeText(entry),
        format.signed(entry.servedDelta),
        format.signed(entry.priorityDelta),
        `EUR ${format.signed(entry.budgetUsedDelta)}`,
        entry.gained.join(', ') || text.none,
        entry.lost.join(', ') || text.none,
      ]),
      numeric: [false, true, true, true, false, false],
    },
  ];
}

/** The sensitivity section in Markdown, to append to the solve report. */
export function sensitivityMarkdown(sensitivity: Sensitivity, lang: ReportLanguage): string {
  return renderMarkdownBlocks(sensitivityBlocks(sensitivity, lang));
}
