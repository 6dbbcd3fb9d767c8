import { exactSum } from '../domain/numbers.js';
import type { PassedOver } from '../result/passed-over.js';
import { joinList, type Namer } from './explain-text.js';
import type { Lang } from './lang.js';
import { formatNumber } from './number-format.js';
import { WORDS } from './words.js';

/**
 * The sentence of a request the sum rule leaves unserved while it serves
 * requests of lower priority: how many, the lowest, and (when its
 * counterfactual ran) what serving it would displace against its own priority.
 */
export function passedOverText(entry: PassedOver, lang: Lang, namer: Namer): string {
  const words = WORDS[lang].report.policy;
  const ranked = (r: { readonly request: string; readonly priority: number }) => `${r.request}, ${formatNumber(r.priority, lang)}`;
  const lowest = entry.servedBelow[0]!;
  const lead = words.passedOver(
    entry.request,
    namer.place(entry.municipality),
    formatNumber(entry.priority, lang),
    entry.servedBelow.length,
    ranked(lowest),
  );
  const displaced = entry.displaced ?? [];
  if (displaced.length === 0) return lead;
  const names = joinList(
    displaced.map((d) => `${d.request} (${formatNumber(d.priority, lang)})`),
    WORDS[lang].explain,
  );
  const sum = formatNumber(exactSum(displaced.map((d) => d.priority)), lang);
  return `${lead} ${words.passedOverDisplaces(names, sum, formatNumber(entry.priority, lang))}`;
}
