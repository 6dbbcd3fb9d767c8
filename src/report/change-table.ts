import type { AllocationChange } from '../result/allocation-change.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import { WORDS } from '../text/words.js';
import { type Cell, type Column, textCell as text } from './document.js';

/** The columns of a change, after the columns that name it: served, priority, budget used, who gains, who loses. */
export function changeColumns(lang: Lang): Column[] {
  const words = WORDS[lang].whatIf;
  return [
    ...[words.served, words.priorityServed, words.budgetUsed].map((label) => ({ label, numeric: true })),
    { label: words.gainedRequests },
    { label: words.lostRequests },
  ];
}

/** The cells of one change, in the order of `changeColumns`; `named` shows a request id, e.g. with its municipality. */
export function changeCells(change: AllocationChange, lang: Lang, named: (request: string) => string = (request) => request): Cell[] {
  const format = formatters(lang);
  const none = WORDS[lang].whatIf.none;
  return [
    text(format.signed(change.servedDelta)),
    text(format.signed(change.priorityDelta)),
    text(`EUR ${format.signed(change.budgetUsedDelta)}`),
    text(change.gained.map(named).join(', ') || none),
    text(change.lost.map(named).join(', ') || none),
  ];
}
