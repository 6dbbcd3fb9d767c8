import { summarisePair, type PairSummary } from '../what-if/compare-summary.js';
import type { Comparison, ScenarioFigures } from '../what-if/compare.js';
import type { Lang } from '../text/lang.js';
import { formatters } from '../text/number-format.js';
import type { WhatIfWords } from '../text/what-if-words.js';
import { WORDS } from '../text/words.js';
import type { Block, Cell, ReportDocument } from './report-blocks.js';

type Format = ReturnType<typeof formatters>;

/** The written difference of two scenarios, one paragraph. */
function pairParagraph(pair: PairSummary, text: WhatIfWords, format: Format): string {
  if (pair.servedDelta === 0 && pair.gained.length === 0 && pair.lost.length === 0) {
    return text.same(pair.first, pair.second);
  }
  const places = pair.provinces.map((p) => text.placeDelta(p.delta, p.province));
  const sentences = [
    `${text.moreFewer(pair.second, pair.servedDelta, pair.first)}${text.byPlace(places)}.`,
    pair.priorityDelta === null
      ? text.budgetOnly(`EUR ${format.signed(pair.budgetUsedDelta)}`)
      : text.priorityBudget(format.signed(pair.priorityDelta), `EUR ${format.signed(pair.budgetUsedDelta)}`),
  ];
  if (pair.gained.length > 0) sentences.push(text.gained(pair.gained.join(', ')));
  if (pair.lost.length > 0) sentences.push(text.lost(pair.lost.join(', ')));
  return sentences.join(' ');
}

/** Rows of the side-by-side figures table, one figure a row, one scenario a column. */
function figureRows(figures: readonly ScenarioFigures[], text: WhatIfWords, format: Format): Cell[][] {
  const optional = (value: number | null, show: (value: number) => string) => (value === null ? text.none : show(value));
  const tierNames = [...new Set(figures.flatMap((f) => f.tiers.map((t) => t.tier)))];
  const row = (label: string, value: (f: ScenarioFigures) => Cell): Cell[] => [label, ...figures.map(value)];
  return [
    row(text.statusLabel, (f) => text.status[f.status]),
    ...tierNames.map((tier) =>
      row(text.tier(tier), (f) => optional(f.tiers.find((t) => t.tier === tier)?.value ?? null, (v) => format.number(v))),
    ),
    row(text.requests, (f) => f.requests),
    row(text.served, (f) => f.served),
    row(text.priorityServed, (f) => format.number(f.priority)),
    row(text.budget, (f) => format.euro(f.budgetLimit)),
    row(text.budgetUsed, (f) => format.euro(f.budgetUsed)),
    row(text.averagePriority, (f) => optional(f.averagePriority, (v) => format.number(v))),
    row(text.minimumPriority, (f) => optional(f.minimumPriority, (v) => format.number(v))),
    row(text.neediestShare, (f) => optional(f.neediestQuartileShare, format.percent)),
    row(text.averageDistance, (f) => optional(f.averageDistanceKm, format.km)),
  ];
}

/** A count per group (province, domain), one group a row, one scenario a column. */
function groupTable(
  label: string,
  figures: readonly ScenarioFigures[],
  pick: (f: ScenarioFigures) => Readonly<Record<string, number>>,
): Block {
  const groups = [...new Set(figures.flatMap((f) => Object.keys(pick(f))))].sort();
  return {
    kind: 'table',
    header: [label, ...figures.map((f) => f.name)],
    rows: groups.map((group) => [group, ...figures.map((f) => pick(f)[group] ?? 0)]),
    numeric: [false, ...figures.map(() => true)],
  };
}

/** The comparison report as a document, in one language; render it with renderMarkdown or renderHtml. */
export function comparisonDocument(comparison: Comparison, lang: Lang): ReportDocument {
  const text = WORDS[lang].whatIf;
  const format = formatters(lang);
  const { figures } = comparison;
  const names = figures.map((f) => f.name);
  const blocks: Block[] = [];
  const pair = summarisePair(comparison);
  if (pair) blocks.push({ kind: 'heading', level: 2, text: text.summary }, { kind: 'paragraph', text: pairParagraph(pair, text, format) });

  blocks.push(
    { kind: 'heading', level: 2, text: text.scenarios },
    { kind: 'table', header: [text.scenario, text.file], rows: comparison.scenarios.map((s) => [s.name, s.file]) },
    { kind: 'table', header: [text.figure, ...names], rows: figureRows(figures, text, format), numeric: [false, ...names.map(() => true)] },
    { kind: 'paragraph', text: text.neediestNote(comparison.needReference, comparison.neediestQuartile.length) },
    { kind: 'heading', level: 2, text: text.perProvince },
    groupTable(text.province, figures, (f) => f.byProvince),
    { kind: 'heading', level: 2, text: text.perDomain },
    groupTable(text.domain, figures, (f) => f.byDomain),
    { kind: 'heading', level: 2, text: text.differences },
  );
  const mark = (served: boolean) => (served ? '✓' : text.none);
  blocks.push(
    comparison.diff.length === 0
      ? { kind: 'paragraph', text: text.noDifferences }
      : {
          kind: 'table',
          header: [text.request, text.municipality, text.province, text.domain, text.priority, ...names],
          rows: comparison.diff.map((d) => [
            d.request,
            `${d.municipalityName} (${d.municipality})`,
            d.province,
            d.domain,
            format.number(d.priority),
            ...names.map((n) => mark(d.servedIn.includes(n))),
          ]),
          numeric: [false, false, false, false, true, ...names.map(() => false)],
        },
    { kind: 'heading', level: 2, text: text.changedTitle },
  );
  blocks.push(
    comparison.changed.length === 0
      ? { kind: 'paragraph', text: text.noChanges }
      : {
          kind: 'table',
          header: [text.request, text.municipality, ...names],
          rows: comparison.changed.map((c) => [
            c.request,
            c.municipality,
            ...names.map((name) => {
              const trajectory = c.trajectories.find((t) => t.scenario === name);
              return trajectory ? `${trajectory.expert} ${trajectory.period}` : text.none;
            }),
          ]),
        },
  );
  return { title: text.compareTitle, lang, blocks };
}
