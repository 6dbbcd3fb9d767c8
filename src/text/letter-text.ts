/** The sentences of a decision letter, from the decision facts (result/decisions.ts). */
import type { Ground, MunicipalityDecision, RefusedRequest } from '../result/decisions.js';
import type { RankMeasure } from '../result/priority-rank.js';
import type { Assignment } from '../result/result.js';
import { joinList } from './explain-text.js';
import type { Lang } from './lang.js';
import { formatEuro } from './number-format.js';
import { type RichText, strong } from './rich-text.js';
import { WORDS } from './words.js';

/** How a letter names what it mentions: municipalities by name, experts by name, periods with their months. */
export interface LetterNames {
  readonly place: (nis: string) => string;
  readonly expert: (id: string) => string;
  readonly period: (period: string) => string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One ground in plain words, as a clause that follows "Reden:". */
function groundText(ground: Ground, request: RefusedRequest, measure: RankMeasure, lang: Lang): string {
  const words = WORDS[lang].letters.ground;
  const and = (items: readonly string[]) => joinList(items, WORDS[lang].explain);
  switch (ground.code) {
    case 'no-expert':
      return words.noExpert(request.domain);
    case 'own-expert':
      return words.ownExpert(request.domain);
    case 'policy':
      return words.policy(and(ground.rules.map((rule) => words.policyRule[rule])));
    case 'municipality-cap':
      return words.municipalityCap(ground.limit, ground.heldBy.length, and(ground.heldBy));
    case 'supplier-cap':
      return words.supplierCap(ground.limit);
    case 'quota':
      return ground.scope === 'province' ? words.provinceQuota(ground.name, ground.limit) : words.domainQuota(ground.name, ground.limit);
    case 'pins-and-minimums':
      return words.pinsAndMinimums;
    case 'budget':
      return words.budget(formatEuro(ground.left, lang), formatEuro(ground.cheapest, lang));
    case 'over-budget':
      return words.overBudget(formatEuro(ground.cheapest, lang));
    case 'outranked':
      return ground.allRankAbove ? words.outranked[measure](ground.displaced) : words.displaces(ground.displaced);
    case 'order':
      return words.order[measure](ground.earlier);
    case 'cancelled':
      return words.cancelled;
    case 'no-room':
      return words.noRoom;
  }
}

/** A request not granted: its heading in bold, then every ground, the first after "Reden:". */
export function refusedText(request: RefusedRequest, measure: RankMeasure, lang: Lang): RichText {
  const words = WORDS[lang].letters;
  const grounds = request.grounds.map((ground, index) => {
    const text = groundText(ground, request, measure, lang);
    return index === 0 ? text : capitalise(text);
  });
  return [strong(words.refused(request.request, request.domain)), ` ${words.reason(grounds.length)} ${grounds.join(' ')}`];
}

/** A granted request: its heading in bold, then the expert, the lending municipality and the period. */
export function grantedText(assignment: Assignment, names: LetterNames, lang: Lang): RichText {
  const words = WORDS[lang].letters;
  return [
    strong(words.granted(assignment.request, assignment.domain)),
    ` ${words.servedBy(names.expert(assignment.expert), names.place(assignment.supplier), names.period(assignment.period))}`,
  ];
}

/** The paragraphs that open a letter: what the municipality asked, and what it lends. */
export function openingTexts(decision: MunicipalityDecision, lang: Lang): string[] {
  const words = WORDS[lang].letters;
  const asked = decision.granted.length + decision.refused.length;
  const lent = decision.experts.reduce((sum, expert) => sum + expert.trajectories.length, 0);
  return [
    ...(asked > 0 ? [words.asked(asked, decision.granted.length)] : []),
    ...(decision.experts.length > 0 ? [words.lends(decision.experts.length, lent)] : []),
  ];
}

/** One expert of a lending municipality: the lead line, and one line per trajectory. */
export function expertTexts(expert: MunicipalityDecision['experts'][number], names: LetterNames, lang: Lang) {
  const words = WORDS[lang].letters;
  if (expert.trajectories.length === 0) {
    return { lead: words.expertIdle(expert.name, joinList(expert.periods.map(names.period), WORDS[lang].explain)), lines: [] };
  }
  return {
    lead: words.expertTrajectories(expert.name, expert.trajectories.length),
    lines: expert.trajectories.map((t) =>
      words.trajectory(names.period(t.period), names.place(t.municipality), t.request, t.domain, formatEuro(t.cost, lang)),
    ),
  };
}
