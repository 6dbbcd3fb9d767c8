import type { MunicipalityDecision } from '../result/decisions.js';
import type { AllocationResult } from '../result/result.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { cells } from './allocation-tables.js';
import { type Cell, paragraph, type ReportDocument, textCell as text } from './document.js';

/** letters/index.html: every letter of the round, one municipality a row, with links to its HTML and Markdown. */
export function letterIndexDocument(
  result: AllocationResult,
  decisions: readonly MunicipalityDecision[],
  stems: ReadonlyMap<string, string>,
  lang: Lang,
): ReportDocument {
  const words = WORDS[lang].letters.index;
  const c = words.column;
  const { number } = cells(lang);
  const link = (label: string, href: string): Cell => ({ text: label, href });
  return {
    title: words.title(result.scenario.name),
    lang,
    blocks: [
      paragraph(words.intro),
      {
        kind: 'table',
        id: 'letters',
        sortable: false,
        columns: [
          { label: c.municipality },
          { label: c.province },
          ...[c.requests, c.granted, c.experts, c.trajectories].map((label) => ({ label, numeric: true })),
          { label: c.letter },
          { label: c.markdown },
        ],
        rows: decisions.map((decision) => {
          const stem = stems.get(decision.nis)!;
          return [
            text(`${decision.name} (${decision.nis})`),
            text(decision.province),
            number(decision.granted.length + decision.refused.length),
            number(decision.granted.length),
            number(decision.experts.length),
            number(decision.experts.reduce((sum, expert) => sum + expert.trajectories.length, 0)),
            link(`${stem}.html`, `${stem}.html`),
            link(`${stem}.md`, `${stem}.md`),
          ];
        }),
      },
    ],
  };
}
