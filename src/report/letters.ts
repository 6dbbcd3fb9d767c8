/**
 * Decision letters (`--format letters`): one letter per municipality that
 * asked or lends, as a printable, self-contained HTML page (one A4 page
 * where possible) and as Markdown, plus letters/index.html listing them.
 * Built on the report document model from the result alone; the words come
 * from text/ and never name the solver's machinery.
 */
import { indexBy } from '../domain/index-by.js';
import { isProvenBest, type MunicipalityDecision, municipalityDecisions } from '../result/decisions.js';
import { rankMeasure } from '../result/priority-rank.js';
import type { AllocationResult } from '../result/result.js';
import { formatDate, periodNamer } from '../text/calendar-text.js';
import type { Lang } from '../text/lang.js';
import { expertTexts, grantedText, type LetterNames, openingTexts, refusedText } from '../text/letter-text.js';
import { formatEuro } from '../text/number-format.js';
import type { RichText } from '../text/rich-text.js';
import { WORDS } from '../text/words.js';
import { type Block, paragraph, type ReportDocument, section } from './document.js';
import { renderHtml } from './html-render.js';
import { letterFileNames } from './letter-files.js';
import { letterIndexDocument } from './letter-index.js';
import { renderMarkdown } from './markdown-render.js';
import { LETTER_STYLE, REPORT_STYLE } from './report-style.js';

/** The folder --out writes the letters into. */
const LETTERS_FOLDER = 'letters';

export interface LetterOptions {
  readonly lang: Lang;
  /** Write letters only to these municipalities (NIS codes), e.g. those a revised allocation changed; default every one. */
  readonly only?: ReadonlySet<string>;
}

/** How the letters of one result name places, experts and periods. */
function letterNames(result: AllocationResult, lang: Lang): LetterNames {
  const places = indexBy(result.round.municipalities, (m) => m.nis);
  const experts = indexBy(result.round.experts, (e) => e.id);
  return {
    place: (nis) => places.get(nis)?.name ?? nis,
    expert: (id) => experts.get(id)?.name ?? id,
    period: periodNamer(result, lang),
  };
}

/** The sender's lines: the scenario's, split at its line breaks, or the default. */
const senderLines = (result: AllocationResult, lang: Lang): string[] =>
  (result.scenario.letters?.sender ?? WORDS[lang].letters.defaultSender).split(/\r\n?|\n/).filter((line) => line.trim() !== '');

/** One municipality's letter as a document. */
function letterDocument(result: AllocationResult, decision: MunicipalityDecision, names: LetterNames, lang: Lang): ReportDocument {
  const words = WORDS[lang].letters;
  const measure = rankMeasure(result.priority);
  const sender = senderLines(result, lang);
  const date = result.scenario.letters?.date;
  const contact = result.scenario.letters?.contact;
  const requests: RichText[] = [
    ...decision.granted.map((assignment) => grantedText(assignment, names, lang)),
    ...decision.refused.map((request) => refusedText(request, measure, lang)),
  ];
  const lent = decision.experts.reduce((sum, expert) => sum + expert.trajectories.length, 0);
  const experts: Block[] = decision.experts.flatMap((expert) => {
    const { lead, lines } = expertTexts(expert, names, lang);
    return lines.length > 0 ? [paragraph(lead), { kind: 'list', items: lines } satisfies Block] : [paragraph(lead)];
  });
  const rule = words.ruleName[result.priority?.rule ?? 'score'] ?? result.priority?.rule ?? 'score';
  return {
    title: words.title(result.scenario.name, decision.name),
    lang,
    preamble: [
      { kind: 'lines', lines: sender, className: 'sender' },
      ...(date === undefined ? [] : [{ kind: 'lines', lines: [formatDate(date, lang)], className: 'date' } satisfies Block]),
      { kind: 'lines', lines: [words.addressee(decision.name)], className: 'addressee' },
    ],
    blocks: [
      paragraph(words.greeting),
      ...openingTexts(decision, lang).map(paragraph),
      ...(requests.length > 0 ? [section(words.section.requests, { kind: 'list', items: requests })] : []),
      ...(decision.experts.length > 0
        ? [
            section(
              words.section.experts,
              ...experts,
              ...(lent > 0 ? [paragraph(words.compensation(formatEuro(decision.compensation, lang), lent))] : []),
            ),
          ]
        : []),
      paragraph(words.method(rule, formatEuro(result.budget.limit, lang), isProvenBest(result))),
      ...(contact === undefined ? [] : [paragraph(words.contact(contact))]),
      { kind: 'lines', lines: [words.closing, ...sender], className: 'signature' },
    ],
  };
}

/**
 * Every file of the decision letters by its path under --out:
 * `letters/<nis>-<name>.html` and `.md` per municipality that asked or lends
 * (or only those in `options.only`), and `letters/index.html`. Same result,
 * same bytes: no clock, no machine locale.
 */
export function letterFiles(result: AllocationResult, options: LetterOptions): Record<string, string> {
  const { lang } = options;
  const decisions = municipalityDecisions(result, options.only);
  const names = letterNames(result, lang);
  const stems = letterFileNames(decisions);
  const files: Record<string, string> = {};
  for (const decision of decisions) {
    const document = letterDocument(result, decision, names, lang);
    const stem = stems.get(decision.nis)!;
    files[`${LETTERS_FOLDER}/${stem}.html`] = renderHtml(document, { style: LETTER_STYLE });
    files[`${LETTERS_FOLDER}/${stem}.md`] = renderMarkdown(document);
  }
  files[`${LETTERS_FOLDER}/index.html`] = renderHtml(letterIndexDocument(result, decisions, stems, lang), { style: REPORT_STYLE });
  return files;
}
