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

/** The written difference of two scenarios, one paragraph; under different rules the priority change is the reference rule's. */
function pairParagraph(
  pair: PairSummary,
  reference: string,
  words: WhatIfWords,
  format: Format,
  named: (request: string) => string,
): RichText {
  if (pair.servedDelta === 0 && pair.gained.length === 0 && pair.lost.length === 0) return words.same(pair.first, pair.second);
  const places = pair.provinces.map((p) => words.placeDelta(p.delta, p.province));
  const budget = `EUR ${format.signed(pair.budgetUsedDelta)}`;
  const priority: RichText =
    pair.priorityDelta === null
      ? words.referencePriorityBudget(format.signed(pair.referencePriorityDelta), budget, reference)
      : words.priorityBudget(format.signed(pair.priorityDelta), budget);
  const sentences: string[] = [];
  if (pair.gained.length > 0) sentences.push(words.gained(pair.gained.map(named).join(', ')));
  if (pair.lost.length > 0) sentences.push(words.lost(pair.lost.map(named).join(', ')));
  return [
    ...runs(words.moreFewer(pair.second, pair.servedDelta, pair.first)),
    `${words.byPlace(places)}. `,
    ...runs(priority),
    ...(sentences.length > 0 ? [` ${sentences.join(' ')}`] : []),
  ];
}

/** Rows of one side-by-side figures table, one figure a row, one scenario a column. */
type FigureRow = readonly [label: string, value: (f: ScenarioFigures) => Cell];

/**
 * The side-by-side figures: those on one yardstick for every scenario
 * (counts, budget, the neediest quartile, the priority served scored by the
 * reference rule, distance), and those on each scenario's own scale (its
 * criteria and its own priority sums). When every scenario has the same rule
 * the two coincide and form one table.
 */
function figureTables(comparison: Comparison, words: WhatIfWords, format: Format): { common: FigureRow[]; ownScale: FigureRow[] } {
  const optional = (value: number | null, show: (value: number) => string) => text(value === null ? words.none : show(value));
  const count = (value: number) => text(format.number(value));
  const tierNames = [...new Set(comparison.figures.flatMap((f) => f.tiers.map((t) => t.tier)))];
  const status: FigureRow = [words.statusLabel, (f) => text(words.status[f.status])];
  const tiers = tierNames.map(
    (tier): FigureRow => [words.tier(tier), (f) => optional(f.tiers.find((t) => t.tier === tier)?.value ?? null, format.number)],
  );
  const requests: FigureRow = [words.requests, (f) => count(f.requests)];
  const served: FigureRow = [words.served, (f) => count(f.served)];
  const budget: FigureRow = [words.budget, (f) => text(format.euro(f.budgetLimit))];
  const budgetUsed: FigureRow = [words.budgetUsed, (f) => text(format.euro(f.budgetUsed))];
  const neediest: FigureRow = [words.neediestShare, (f) => optional(f.neediestQuartileShare, format.percent)];
  const distance: FigureRow = [words.averageDistance, (f) => optional(f.averageDistanceKm, format.km)];
  /** Summed, average and lowest priority served, as `pick` scores them, labelled by `label`. */
  const scores = (label: (figure: string) => string, pick: (f: ScenarioFigures) => ScenarioFigures['reference']) => ({
    sum: [label(words.priorityServed), (f) => count(pick(f).priority)] as FigureRow,
    average: [label(words.averagePriority), (f) => optional(pick(f).averagePriority, format.number)] as FigureRow,
    lowest: [label(words.minimumPriority), (f) => optional(pick(f).minimumPriority, format.number)] as FigureRow,
  });
  if (comparison.sameRule) {
    // One rule for all: its own scores are the yardstick, in one table.
    const own = scores(
      (figure) => figure,
      (f) => f,
    );
    return {
      common: [status, ...tiers, requests, served, own.sum, budget, budgetUsed, own.average, own.lowest, neediest, distance],
      ownScale: [],
    };
  }
  const reference = scores(words.referenceRule, (f) => f.reference);
  const own = scores(words.ownRule, (f) => f);
  return {
    common: [status, requests, served, budget, budgetUsed, reference.sum, reference.average, reference.lowest, neediest, distance],
    ownScale: [...tiers, own.sum, own.average, own.lowest],
  };
}

/** A figures table: one figure a row, one scenario a column. */
function figuresTable(rows: readonly FigureRow[], figures: readonly ScenarioFigures[], words: WhatIfWords): Table {
  return {
    kind: 'table',
    columns: [{ label: words.figure }, ...figures.map((f) => ({ label: f.name, numeric: true }))],
    rows: rows.map(([label, value]) => [text(label), ...figures.map(value)]),
  };
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
  const tables = figureTables(comparison, words, format);
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
    ...(pair ? [section(words.summary, paragraph(pairParagraph(pair, comparison.needReference, words, format, named)))] : []),
    section(
      words.scenarios,
      {
        kind: 'table',
        columns: [{ label: words.scenario }, { label: words.file }],
        rows: comparison.scenarios.map((s) => [text(s.name), text(s.file)]),
      },
      figuresTable(tables.common, figures, words),
      paragraph(
        words.neediestNote(
          comparison.needReference,
          comparison.neediestQuartile.length,
          comparison.sameRule ? undefined : comparison.referenceRule,
        ),
      ),
      ...(tables.ownScale.length > 0 ? [paragraph(words.ruleSpecificNote), figuresTable(tables.ownScale, figures, words)] : []),
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
              { label: comparison.sameRule ? words.priority : words.referenceRule(words.priority), numeric: true },
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
