import type { Sensitivity } from '../result/sensitivity.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import { renderMarkdownBlocks, type Block } from './report-blocks.js';
import { changeAlignment, changeCells, changeColumns } from './sweep-report.js';

/** The sensitivity of a solve as report blocks: one row per change tried. */
export function sensitivityBlocks(sensitivity: Sensitivity, lang: Lang): Block[] {
  const text = WORDS[lang].whatIf;
  const format = formatters(lang);
  const changeText = (entry: Sensitivity['entries'][number]) =>
    entry.change === 'budget'
      ? text.moreBudget(format.euro(sensitivity.budgetStep))
      : text.moreExpertPeriod(entry.domain ?? '', entry.like ?? '');
  return [
    { kind: 'heading', level: 2, text: text.sensitivityTitle },
    { kind: 'paragraph', text: text.sensitivityNote },
    {
      kind: 'table',
      header: [text.change, ...changeColumns(lang)],
      rows: sensitivity.entries.map((entry) => [changeText(entry), ...changeCells(entry, lang)]),
      numeric: changeAlignment(1),
    },
  ];
}

/** The sensitivity section in Markdown, to append to the solve report. */
export function sensitivityMarkdown(sensitivity: Sensitivity, lang: Lang): string {
  return renderMarkdownBlocks(sensitivityBlocks(sensitivity, lang));
}
