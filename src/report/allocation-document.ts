import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import { roundOutcome } from '../result/round-outcome.js';
import { joinList } from '../text/explain-text.js';
import type { Lang } from '../text/lang.js';
import { formatNumber } from '../text/number-format.js';
import { methodText, outcomeTexts, requestNamer } from '../text/summary-text.js';
import { WORDS } from '../text/words.js';
import { balanceTable, choicesTable, periodTable, runTable, stabilityTable, summaryTable, unservedTable } from './allocation-tables.js';
import { type Block, paragraph, type ReportDocument, section } from './document.js';
import { svgBudget, svgTimeline } from './html-charts.js';
import { svgMap } from './map-svg.js';
import { svgBarChart } from './html-kit.js';
import { baselineSection, diagnosisSection, prioritySection, shortfallsSection, violationsSection } from './policy-sections.js';
import { sensitivitySection } from './sensitivity-report.js';
import { replanSection } from './replan-section.js';

/** A section only a page shows: a drawing under its title. */
const drawing = (title: string, svg: string): Block => ({ ...section(title, { kind: 'figure', svg }), htmlOnly: true });

/** The map under its title, with a caption that says what it shows; a page only. */
function mapSection(result: AllocationResult, lang: Lang): Block {
  const { svg, caption } = svgMap(result, lang);
  return { ...section(WORDS[lang].report.section.map, { kind: 'figure', svg, caption }), htmlOnly: true };
}

/** Demand and supply: where to recruit, served vs. requested charts, the balance per domain and province, the shortfalls. */
function demandSupplySection(result: AllocationResult, lang: Lang): Block {
  const m = WORDS[lang].report;
  const balance = result.demandSupply;
  const chart = (title: string, list: typeof balance.domains) =>
    drawing(
      title,
      svgBarChart({
        title,
        series: [m.legend.requested, m.legend.served],
        groups: list.map((b) => ({ label: b.key, values: [b.requested, b.served] })),
        format: (value) => formatNumber(value, lang),
        axisTitle: WORDS[lang].whatIf.requests,
      }),
    );
  const and = (items: readonly string[]) => joinList(items.slice(0, 3), WORDS[lang].explain);
  // Without an allocation every request counts as unserved, which says nothing about where experts are short.
  const recruit = hasNoAllocation(result)
    ? m.text.recruitNoAllocation
    : balance.recruit.domains.length === 0
      ? m.text.recruitNone
      : m.text.recruit(and(balance.recruit.domains), and(balance.recruit.provinces));
  const shortfalls = result.shortfalls ?? [];
  return section(
    m.section.demandSupply,
    paragraph(recruit),
    chart(m.section.servedByProvince, balance.provinces),
    chart(m.section.servedByDomain, balance.domains),
    section(m.section.perDomain, balanceTable(balance.domains, m.column.domain, lang)),
    section(m.section.perProvince, balanceTable(balance.provinces, m.column.province, lang)),
    ...(shortfalls.length > 0 ? [shortfallsSection(shortfalls, lang)] : []),
  );
}

/**
 * The allocation report of a result, in one language, from the result
 * alone: what a revised allocation changed (if it is one), the round at a glance for the cabinet (with the
 * method and the budget bar), why the round is infeasible (if it is), the key figures, the priority
 * rule, the greedy baseline, the map and timeline (HTML), the allocation by
 * period, the unserved requests with their reasons, why each expert, the
 * stability check, demand and supply with its shortfalls, the sensitivity
 * (if asked) and the run record.
 */
export function allocationDocument(result: AllocationResult, lang: Lang): ReportDocument {
  const m = WORDS[lang].report;
  const noTrajectories = paragraph(m.text.noTrajectories);
  const unserved = unservedTable(result, lang);
  const stability = stabilityTable(result, lang);
  const unservedNone =
    result.status === 'infeasible' ? m.text.noAllocation : hasNoAllocation(result) ? m.text.noAllocationInTime : m.text.everyoneServed;
  const priority = prioritySection(result, lang);
  const glance: Block = section(
    WORDS[lang].summary.title,
    { kind: 'list', className: 'summary', items: outcomeTexts(roundOutcome(result), result, lang) },
    { kind: 'paragraph', className: 'method', text: methodText(result, lang) },
    { kind: 'figure', svg: svgBudget(result, lang), htmlOnly: true },
  );
  const blocks: Block[] = [
    // A revised allocation shows what changed first.
    ...(result.replan ? [replanSection(result.replan, result, lang)] : []),
    glance,
    ...(result.diagnosis && result.diagnosis.length > 0 ? [diagnosisSection(result.diagnosis, lang)] : []),
    ...(result.violations && result.violations.length > 0 ? [violationsSection(result.violations, lang)] : []),
    section(m.section.summary, summaryTable(result, lang)),
    ...(priority ? [priority] : []),
    ...(result.baseline ? [baselineSection(result.baseline, lang)] : []),
    mapSection(result, lang),
    drawing(m.section.timeline, svgTimeline(result, m)),
    section(
      m.section.allocation,
      { kind: 'paragraph', text: m.text.sortHint, className: 'hint', htmlOnly: true },
      ...result.round.periods.map((period) => section(m.section.period(period), periodTable(result, period, lang) ?? noTrajectories)),
    ),
    section(m.section.unserved, unserved ?? paragraph(unservedNone)),
    section(m.section.choices, result.choices.length > 0 ? choicesTable(result, lang) : noTrajectories),
    section(m.section.stability, ...(stability ? [paragraph(m.text.stabilityIntro), stability] : [paragraph(m.text.stable)])),
    demandSupplySection(result, lang),
    ...(result.sensitivity ? [sensitivitySection(result.sensitivity, lang, requestNamer(result))] : []),
    section(m.section.run, runTable(result, lang)),
  ];
  return {
    title: result.scenario.name,
    lang,
    blocks,
    footer: m.text.generatedBy(result.run.version),
  };
}
