import type { Sensitivity, SensitivityEntry } from '../result/sensitivity.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import { changeCells, changeColumns } from './change-table.js';
import { type Block, type Cell, paragraph, section, textCell as text } from './document.js';

/**
 * The rows of one change tried. An extra expert-period comes with its cost
 * added to the budget, so it gets two rows: what that money alone buys, and
 * what the slot itself adds beyond it, with whether the slot is used at all.
 * A result written before these facts existed keeps its single row.
 */
function entryRows(entry: SensitivityEntry, sensitivity: Sensitivity, lang: Lang, named?: (request: string) => string): Cell[][] {
  const words = WORDS[lang].whatIf;
  const format = formatters(lang);
  const none = text(words.none);
  if (entry.change === 'budget')
    return [[text(words.moreBudget(format.euro(sensitivity.budgetStep))), none, ...changeCells(entry, lang, named)]];
  const domain = entry.domain ?? '';
  const like = entry.like ?? '';
  if (!entry.fundingAlone || !entry.slotAdds || entry.funding === undefined) {
    return [[text(words.moreExpertPeriod(domain, like)), none, ...changeCells(entry, lang, named)]];
  }
  return [
    [text(words.fundingAlone(format.euro(entry.funding), domain, like)), none, ...changeCells(entry.fundingAlone, lang, named)],
    [text(words.slotBeyondFunding(domain, like)), text(entry.slotUsed ? words.yes : words.no), ...changeCells(entry.slotAdds, lang, named)],
  ];
}

/** The sensitivity of a solve as a report section: one row per change tried, two per extra expert-period. */
export function sensitivitySection(sensitivity: Sensitivity, lang: Lang, named?: (request: string) => string): Block {
  const words = WORDS[lang].whatIf;
  return section(words.sensitivityTitle, paragraph(words.sensitivityNote), {
    kind: 'table',
    columns: [{ label: words.change }, { label: words.slotUsed }, ...changeColumns(lang)],
    rows: sensitivity.entries.flatMap((entry) => entryRows(entry, sensitivity, lang, named)),
  });
}
