import { alternativeText, placeNamer, reasonText, stabilityText } from '../text/explain-text.js';
import { formatNumber } from '../text/number-format.js';
import type { RequestExplanation } from '../result/request-explanation.js';
import type { RoundFacts } from '../result/round-facts.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';

/** One request's explanation as plain text in a language. */
export function explanationText(explanation: RequestExplanation, round: RoundFacts, lang: Lang): string {
  const m = WORDS[lang].report;
  const namer = placeNamer(round.municipalities);
  const bullet = (text: string) => `  - ${text}`;
  const lines: string[] = [];
  if (explanation.served) {
    const a = explanation.assignment;
    const expert = round.experts.find((e) => e.id === a.expert);
    lines.push(
      m.explain.served(
        a.request,
        namer.place(a.municipality),
        a.domain,
        formatNumber(a.priority, lang),
        `${expert?.name ?? a.expert} (${a.expert})`,
        namer.place(a.supplier),
        a.period,
      ),
    );
    lines.push('', m.explain.alternatives);
    const alternatives = explanation.choice?.alternatives ?? [];
    lines.push(
      ...(alternatives.length === 0 ? [bullet(m.text.noAlternatives)] : alternatives.map((alt) => bullet(alternativeText(alt, lang)))),
    );
  } else {
    const u = explanation.unserved;
    lines.push(m.explain.unserved(u.request, namer.place(u.municipality), u.domain, formatNumber(u.priority, lang)));
    lines.push('', m.explain.reasons, ...u.reasons.map((reason) => bullet(`[${reason.code}] ${reasonText(reason, u, lang, namer)}`)));
  }
  if (explanation.stability.length > 0) {
    lines.push('', m.explain.stability, ...explanation.stability.map((entry) => bullet(stabilityText(entry, lang))));
  }
  return `${lines.join('\n')}\n`;
}
