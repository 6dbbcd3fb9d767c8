import { compareStrings } from '../domain/index-by.js';
import { placeNamer } from '../text/explain-text.js';
import { summarisePair, type PairSummary } from '../what-if/compare-summary.js';
import type { Comparison, ScenarioFigures } from '../what-if/compare.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import type { Inline, RichText } from '../text/rich-text.js';
import type { WhatIfWords } from '../text/what-if-words.js';
import { WORDS } from '../text/words.js';
import { type Block, type Cell, paragraph, type ReportDocument, section, type Table, textCell as text } from './document.js';
import { type BarGroup, svgBarChart } from './html-kit.js';

type Format = ReturnType<typeof formatters>;

const runs = (rich: RichText): readonly Inline[] => (typeof rich === 'string' ? [rich] : rich);

/** The written difference of two scenarios, one paragraph. */
function pairParagraph(pair: PairSummary, words: WhatIfWords, format: Format, named: (request: string) => string): RichText {
  if (pair.servedDelta === 0 && pair.gained.length === 0 && pair.lost.length === 0) return words.same(pair.first, pair.second);
  const places = pair.provinces.map((p) => words.placeDelta(p.delta, p.province));
  const sentences: string[] = [
    pair.priorityDelta === null
      ? words.budgetOnly(`EUR ${format.signed(pair.budgetUsedDelta)}`)
      : words.priorityBudget(format.signed(pair.priorityDelta), `EUR ${format.signed(pair.budgetUsedDelta)}`),
  ];
  if (pair.gained.length > 0) sentences.push(words.gained(pair.gained.map(named).join(', ')));
  if (pair.lost.length > 0) sentences.push(words.lost(pair.lost.map(named).join(', ')));
  return [...runs(words.moreFewer(pair.second, pair.servedDelta, pair.first)), `${words.byPlace(places)}. ${sentences.join(' ')}`];
}

/** Rows of the side-by-side figures table, one figure a row, one scenario a column. */
function figureRows(figures: readonly ScenarioFigures[], words: WhatIfWords, format: Format): Cell[][] {
  const optional = (value: number | null, show: (value: number) => string) => text(value === null ? words.none : show(value));
  const count = (value: number) => text(format.number(value));
  const tierNames = [...new Set(figures.flatMap((f) => f.tiers.map((t) => t.tier)))];
  const row = (label: string, value: (f: ScenarioFigures) => Cell): Cell[] => [text(label), ...figures.map(value)];
  return [
    row(words.statusLabel, (f) => text(words.status[f.status])),
    ...tierNames.map((tier) => row(words.tier(tier), (f) => optional(f.tiers.find((t) => t.tier === tier)?.value ?? null, format.number))),
    row(words.requests, (f) => count(f.requests)),
    row(words.served, (f) => count(f.served)),
    row(words.priorityServed, (f) => count(f.priority)),
    row(words.budget, (f) => text(format.euro(f.budgetLimit))),
    row(words.budgetUsed, (f) => text(format.euro(f.budgetUsed))),
    row(words.averagePriority, (f) => optional(f.averagePriority, format.number)),
    row(words.minimumPriority, (f) => optional(f.minimumPriority, format.number)),
    row(words.neediestShare, (f) => optional(f.neediestQuartileShare, format.percent)),
    row(words.averageDistance, (f) => optional(f.averageDistanceKm, format.km)),
  ];
}

/** A count per group (province, domain), one group a row, one scenario a column. */
function groupTable(
  label: string,
  figures: readonly ScenarioFigures[],
  pick: (f: ScenarioFigures) => Readonly<Record<string, number>>,
  format: Format,
): Table {
  const groups = [...new Set(figures.flatMap((f) => Object.keys(pick(f))))].sort();
  return {
    kind: 'table',
    columns: [{ label }, ...figures.map((f) => ({ label: f.name, numeric: true }))],
    rows: groups.map((group) => [text(group), ...figures.map((f) => text(format.number(pick(f)[group] ?? 0)))]),
  };
}

/** The comparison report as a document, in one language; render it with renderMarkdown or renderHtml. */
export function comparisonDocument(comparison: Comparison, lang: Lang): ReportDocument {
  const words = WORDS[lang].whatIf;
  const format = formatters(lang);
  const { figures } = comparison;
  const names = figures.map((f) => f.name);
  const pair = summarisePair(comparison);
  const mark = (served: boolean) => text(served ? '✓' : words.none);
  const namer = placeNamer(comparison.scenarios.flatMap((s) => s.result.round.municipalities));
  const placeOf = new Map(comparison.diff.map((d) => [d.request, d.municipalityName]));
  const named = (request: string) => (placeOf.has(request) ? `${request} (${placeOf.get(request)})` : request);
  const provinces = [...new Set(figures.flatMap((f) => Object.keys(f.byProvince)))].sort(compareStrings);
  // A chart only a page shows; Markdown has the tables beside it.
  const chart = (title: string, series: readonly string[], groups: readonly BarGroup[]): Block => ({
    kind: 'figure',
    htmlOnly: true,
    svg: svgBarChart({ title, series, groups, format: (value) => format.number(value), axisTitle: words.servedAxis }),
  });
  const blocks: Block[] = [
    ...(pair ? [section(words.summary, paragraph(pairParagraph(pair, words, format, named)))] : []),
    section(
      words.scenarios,
      {
        kind: 'table',
        columns: [{ label: words.scenario }, { label: words.file }],
        rows: comparison.scenarios.map((s) => [text(s.name), text(s.file)]),
      },
      {
        kind: 'table',
        columns: [{ label: words.figure }, ...names.map((label) => ({ label, numeric: true }))],
        rows: figureRows(figures, words, format),
      },
      paragraph(words.neediestNote(comparison.needReference, comparison.neediestQuartile.length)),
      chart(
        words.perScenario,
        [words.requests, words.served],
        figures.map((f) => ({ label: f.name, values: [f.requests, f.served] })),
      ),
    ),
    section(
      words.perProvince,
      chart(
        words.perProvince,
        names,
        provinces.map((province) => ({ label: province, values: figures.map((f) => f.byProvince[province] ?? 0) })),
      ),
      groupTable(words.province, figures, (f) => f.byProvince, format),
    ),
    section(
      words.perDomain,
      groupTable(words.domain, figures, (f) => f.byDomain, format),
    ),
    section(
      words.differences,
      comparison.diff.length === 0
        ? paragraph(words.noDifferences)
        : {
            kind: 'table',
            columns: [
              ...[words.request, words.municipality, words.province, words.domain].map((label) => ({ label })),
              { label: words.priority, numeric: true },
              ...names.map((label) => ({ label })),
            ],
            rows: comparison.diff.map((d) => [
              text(d.request),
              text(`${d.municipalityName} (${d.municipality})`),
              text(d.province),
              text(d.domain),
              text(format.number(d.priority)),
              ...names.map((n) => mark(d.servedIn.includes(n))),
            ]),
          },
    ),
    section(
      words.changedTitle,
      comparison.changed.length === 0
        ? paragraph(words.noChanges)
        : {
            kind: 'table',
            columns: [words.request, words.municipality, ...names].map((label) => ({ label })),
            rows: comparison.changed.map((c) => [
              text(c.request),
              text(namer.place(c.municipality)),
              ...names.map((name) => {
                const trajectory = c.trajectories.find((t) => t.scenario === name);
                return text(trajectory ? `${trajectory.expert} ${trajectory.period}` : words.none);
              }),
            ]),
          },
    ),
  ];
  return { title: words.compareTitle, lang, blocks };
}
