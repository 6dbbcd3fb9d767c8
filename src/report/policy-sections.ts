/**
 * The policy parts of a result as report sections: why an infeasible round is
 * infeasible, the priority rule with its order or classes, the greedy
 * hand-matching baseline and the shortfalls found before solving. Each part
 * exists only when its field is in the result, so a report shows exactly
 * what the result holds.
 */
import { exactSum } from '../domain/numbers.js';
import type { Baseline, Diagnosis, Shortfall, TierValues } from '../result/policy.js';
import { isSumRule, passedOver } from '../result/passed-over.js';
import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import { placeNamer } from '../text/explain-text.js';
import { passedOverText } from '../text/passed-over-text.js';
import { diagnosisText, violationText } from '../text/diagnosis-text.js';
import type { Lang } from '../text/lang.js';
import { formatKm, formatNumber } from '../text/number-format.js';
import type { ReportWords } from '../text/report-words.js';
import { WORDS } from '../text/words.js';
import { cells } from './allocation-tables.js';
import { type Block, type Cell, paragraph, section, textCell as text } from './document.js';

/** How many requests of a strict order (or of a class) the report lists; the rest is in result.json. */
export const ORDER_SHOWN = 20;

/** Request ids in order, served ones marked, the first `ORDER_SHOWN` only. */
function markedIds(ids: readonly string[], served: ReadonlySet<string>, m: ReportWords): string {
  const shown = ids.slice(0, ORDER_SHOWN).map((id) => (served.has(id) ? `${id} ✓` : id));
  const rest = ids.length - ORDER_SHOWN;
  return `${shown.join(', ')}${rest > 0 ? ` ${m.policy.more(rest)}` : ''}`;
}

/** Why the round is infeasible: each setting in conflict and what would make the round feasible. */
export function diagnosisSection(diagnosis: readonly Diagnosis[], lang: Lang): Block {
  const p = WORDS[lang].report.policy;
  const conflicts: Block = {
    kind: 'table',
    columns: [{ label: p.column.setting }, { label: p.column.conflict }],
    rows: diagnosis.map((d) => [text(d.constraint), text(diagnosisText(d, lang))]),
  };
  return { kind: 'section', title: p.section.diagnosis, blocks: [paragraph(p.diagnosisIntro), conflicts], className: 'diagnosis' };
}

/** Status breaks_rules: the rules the returned hand-matching breaks, plainly, at the top of the report. */
export function violationsSection(violations: NonNullable<AllocationResult['violations']>, lang: Lang): Block {
  const p = WORDS[lang].report.policy;
  return {
    kind: 'section',
    title: p.section.violations,
    blocks: [paragraph(p.violationsIntro), { kind: 'list', items: violations.map((violation) => violationText(violation, lang)) }],
    className: 'diagnosis',
  };
}

/** The priority rule, with the order it put the requests in or its classes. */
export function prioritySection(result: AllocationResult, lang: Lang): Block | undefined {
  const priority = result.priority;
  if (!priority) return undefined;
  const m = WORDS[lang].report;
  const p = m.policy;
  const served = new Set(result.assignments.map((a) => a.request));
  const description =
    priority.scoreOrder === 'strict'
      ? p.strictScore(priority.rule)
      : (p.ruleDescription[priority.rule as keyof typeof p.ruleDescription] ?? priority.rule);
  const blocks: Block[] = [paragraph(p.rule(priority.rule, description))];
  if (priority.orderRule !== undefined) blocks.push(paragraph(p.greedyOrder(priority.orderRule)));
  if (result.run.seed !== undefined) blocks.push(paragraph(p.seed(String(result.run.seed))));
  if (priority.order) {
    const shown = Math.min(ORDER_SHOWN, priority.order.length);
    blocks.push(paragraph(`${p.order(shown, priority.order.length)} ${markedIds(priority.order, served, m)}`));
  }
  if (priority.classes) {
    const { number } = cells(lang);
    blocks.push(paragraph(p.classesIntro), {
      kind: 'table',
      columns: [
        { label: p.column.class },
        { label: p.column.requests, numeric: true },
        { label: p.column.served, numeric: true },
        { label: p.column.inOrder },
      ],
      rows: priority.classes.map((c) => [
        text(c.name),
        number(c.requests.length),
        number(c.requests.filter((id) => served.has(id)).length),
        text(markedIds(c.requests, served, m)),
      ]),
    });
  }
  // Without an allocation there is nothing served to compare with.
  if (isSumRule(result) && !hasNoAllocation(result)) blocks.push(passedOverSection(result, lang));
  return section(p.section.priority, ...blocks);
}

/** Sum rules: every request left unserved while requests of lower priority are served, and the option that prevents it. */
function passedOverSection(result: AllocationResult, lang: Lang): Block {
  const p = WORDS[lang].report.policy;
  const entries = passedOver(result);
  if (entries.length === 0) return section(p.section.passedOver, paragraph(p.passedOverNone));
  const namer = placeNamer(result.round.municipalities);
  return section(p.section.passedOver, paragraph(p.passedOverIntro(result.priority!.rule)), {
    kind: 'list',
    items: entries.map((entry) => passedOverText(entry, lang, namer)),
  });
}

/** The greedy hand-matching against the optimiser: each tier's value, the gain, and the rules it breaks. */
export function baselineSection(baseline: Baseline, lang: Lang): Block {
  const m = WORDS[lang].report;
  const p = m.policy;
  const gain = baseline.gain;
  const rows: { label: string; key: keyof TierValues; show: (value: number) => string }[] = [
    { label: m.figure.priority, key: 'priority', show: (value) => formatNumber(value, lang) },
    { label: m.figure.served, key: 'served', show: (value) => formatNumber(value, lang) },
    { label: m.figure.distance, key: 'distanceKm', show: (value) => formatKm(value, lang) },
  ];
  const cell = (value: number, show: (value: number) => string): Cell => ({ text: show(value), sort: value });
  // The gain is the optimiser's value minus the baseline's: a sign shows which way it goes.
  const signed = (show: (value: number) => string) => (value: number) => `${value > 0 ? '+' : ''}${show(value)}`;
  const figureColumns = gain ? [p.column.handMatching, p.column.optimiser, p.column.gain] : [p.column.handMatching];
  const blocks: Block[] = [
    paragraph(p.baselineIntro(baseline.order)),
    {
      kind: 'table',
      columns: [{ label: m.column.figure }, ...figureColumns.map((label) => ({ label, numeric: true }))],
      rows: rows.map(({ label, key, show }) => [
        text(label),
        cell(baseline.objective[key], show),
        ...(gain ? [cell(exactSum([baseline.objective[key], gain[key]]), show), cell(gain[key], signed(show))] : []),
      ]),
    },
  ];
  if (!gain) blocks.push(paragraph(p.noGain));
  if (baseline.violations.length > 0) {
    blocks.push(paragraph(p.unmet), { kind: 'list', items: baseline.violations.map((violation) => violationText(violation, lang)) });
  }
  return section(p.section.baseline, ...blocks);
}

/** The shortfalls found before solving, a subsection of demand and supply. */
export function shortfallsSection(shortfalls: readonly Shortfall[], lang: Lang): Block {
  const m = WORDS[lang].report;
  const p = m.policy;
  const { number } = cells(lang);
  return section(p.section.shortfalls, paragraph(p.shortfallsIntro), {
    kind: 'table',
    columns: [
      { label: m.column.domain },
      { label: m.column.period },
      ...[p.column.demand, p.column.supply, p.column.shortBy].map((label) => ({ label, numeric: true })),
    ],
    rows: shortfalls.map((s) => [
      text(s.domain),
      text(s.period ?? p.wholeRound),
      number(s.demand),
      number(s.supply),
      number(s.demand - s.supply),
    ]),
  });
}
