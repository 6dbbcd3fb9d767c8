import type { RequestExplanation } from '../result/request-explanation.js';
import type { RoundFacts } from '../result/round-facts.js';
import { alternativeText, placeNamer, reasonText, stabilityText } from '../text/explain-text.js';
import type { Lang } from '../text/lang.js';
import { formatNumber } from '../text/number-format.js';
import { code } from '../text/rich-text.js';
import { WORDS } from '../text/words.js';
import { type Block, paragraph } from './document.js';
import { renderMarkdownBlocks } from './markdown-render.js';

/** What `explain` prints: one request's explanation as Markdown in a language, every name escaped. */
export function explanationText(explanation: RequestExplanation, round: RoundFacts, lang: Lang): string {
  const m = WORDS[lang].report;
  const namer = placeNamer(round.municipalities);
  const blocks: Block[] = [];
  if (explanation.served) {
    const a = explanation.assignment;
    const expert = round.experts.find((e) => e.id === a.expert);
    const alternatives = explanation.choice?.alternatives ?? [];
    blocks.push(
      paragraph(
        m.explain.served(
          a.request,
          namer.place(a.municipality),
          a.domain,
          formatNumber(a.priority, lang),
          `${expert?.name ?? a.expert} (${a.expert})`,
          namer.place(a.supplier),
          a.period,
        ),
      ),
      paragraph(m.explain.alternatives),
      { kind: 'list', items: alternatives.length === 0 ? [m.text.noAlternatives] : alternatives.map((alt) => alternativeText(alt, lang)) },
    );
  } else {
    const u = explanation.unserved;
    blocks.push(
      paragraph(m.explain.unserved(u.request, namer.place(u.municipality), u.domain, formatNumber(u.priority, lang))),
      paragraph(m.explain.reasons),
      {
        kind: 'list',
        items: u.reasons.map((reason) => [code(WORDS[lang].explain.reasonLabel[reason.code]), ` ${reasonText(reason, u, lang, namer)}`]),
      },
    );
  }
  if (explanation.stability.length > 0) {
    blocks.push(paragraph(m.explain.stability), { kind: 'list', items: explanation.stability.map((entry) => stabilityText(entry, lang)) });
  }
  return renderMarkdownBlocks(blocks);
}
