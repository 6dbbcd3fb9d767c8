import type { Sensitivity } from '../result/sensitivity.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import { changeCells, changeColumns } from './change-table.js';
import { type Block, paragraph, section, textCell as text } from './document.js';

/** The sensitivity of a solve as a report section: one row per change tried. */
export function sensitivitySection(sensitivity: Sensitivity, lang: Lang, named?: (request: string) => string): Block {
  const words = WORDS[lang].whatIf;
  const format = formatters(lang);
  const changeText = (entry: Sensitivity['entries'][number]) =>
    entry.change === 'budget'
      ? words.moreBudget(format.euro(sensitivity.budgetStep))
      : words.moreExpertPeriod(entry.domain ?? '', entry.like ?? '');
  return section(words.sensitivityTitle, paragraph(words.sensitivityNote), {
    kind: 'table',
    columns: [{ label: words.change }, ...changeColumns(lang)],
    rows: sensitivity.entries.map((entry) => [text(changeText(entry)), ...changeCells(entry, lang, named)]),
  });
}
