import type { IneligibilityReason } from '../domain/eligibility.js';
import type { ExplainWords } from './explain-words.js';
import { WORDS } from './words.js';
import type {
  AlternativeFacts,
  Counterfactual,
  Justification,
  ReasonFacts,
  StabilityEntry,
  TierDifference,
} from '../result/explanation.js';
import type { Lang } from './lang.js';
import { formatEuro, formatKm, formatNumber } from './number-format.js';

/** How ids are shown in sentences: a municipality by name and NIS code, an expert by id. */
export interface Namer {
  place(nis: string): string;
}

/** Names a municipality "Gent (44021)", from the municipalities a result carries; an unknown code as it is. */
export function placeNamer(municipalities: readonly { readonly nis: string; readonly name: string }[]): Namer {
  const names = new Map(municipalities.map((m) => [m.nis, m.name]));
  return { place: (nis) => (names.has(nis) ? `${names.get(nis)} (${nis})` : nis) };
}

/** Joins a list as "a, b and c". */
export function joinList(items: readonly string[], phrases: ExplainWords): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${phrases.and} ${items[items.length - 1]}`;
}

const tierName = (phrases: ExplainWords, tier: string) => phrases.tier[tier] ?? tier;

/** "the total distance (km) would go from 403.9 to 412.3". */
function tierChangeText(difference: TierDifference, lang: Lang): string {
  const phrases = WORDS[lang].explain;
  return phrases.reason.tierChange(
    tierName(phrases, difference.tier),
    formatNumber(difference.value, lang),
    formatNumber(difference.alternativeValue, lang),
  );
}

/** Every rule an ineligible pair fails, as one clause. */
export function failuresText(failures: readonly IneligibilityReason[], lang: Lang): string {
  const phrases = WORDS[lang].explain;
  const parts = failures.map((failure) => {
    switch (failure.code) {
      case 'domain':
        return phrases.failure.domain(failure.domain);
      case 'own-municipality':
        return phrases.failure.ownMunicipality;
      case 'distance':
        return phrases.failure.distance(
          formatKm(failure.distanceKm, lang),
          formatKm(failure.distanceKm - failure.maxDistanceKm, lang),
          formatKm(failure.maxDistanceKm, lang),
        );
      case 'period':
        return phrases.failure.period(joinList(failure.expertPeriods, phrases) || '-', joinList(failure.requestPeriods, phrases) || '-');
    }
  });
  return joinList(parts, phrases);
}

const rulesText = (rules: readonly string[], phrases: ExplainWords) =>
  joinList(
    [...new Set(rules)].map((rule) => phrases.rule[rule] ?? rule),
    phrases,
  );

/** A strict order's proof: the rule's order decides, and what refused the request. */
function orderText(proof: NonNullable<Counterfactual['order']>, subject: ReasonSubject, lang: Lang, namer: Namer): string {
  const words = WORDS[lang].explain.reason.order;
  const served = proof.heldBy.length;
  const refusal = (() => {
    switch (proof.proof) {
      case 'count':
        return words.count(proof.limit ?? served);
      case 'budget':
        return words.budget(served, formatEuro(proof.cost ?? 0, lang), formatEuro(proof.budget ?? 0, lang));
      case 'cap':
        return words.cap(namer.place(subject.municipality), proof.limit ?? served, joinList(proof.heldBy, WORDS[lang].explain));
      case 'solve':
        return words.solve(served);
    }
  })();
  return `${words.lead(words.rule[proof.rule])}${refusal}`;
}

function counterfactualText(counterfactual: Counterfactual, subject: ReasonSubject, lang: Lang, namer: Namer): string {
  const phrases = WORDS[lang].explain;
  if (counterfactual.status === 'not-run') return phrases.reason.notRun;
  if (counterfactual.status === 'order' && counterfactual.order) return orderText(counterfactual.order, subject, lang, namer);
  const displaced = counterfactual.displaced.map((d) => `${d.request} (${formatNumber(d.priority, lang)})`);
  const example = displaced.length > 0 ? phrases.reason.forExample(joinList(displaced, phrases)) : phrases.reason.forExampleNobody;
  const bounds = counterfactual.bounds;
  if (counterfactual.status === 'bounded' && bounds) {
    const [from, lowest, highest] = [bounds.value, bounds.lowest, bounds.highest].map((value) => formatNumber(value, lang));
    return `${phrases.reason.bounded(tierName(phrases, bounds.tier), from!, lowest!, highest!)}${example}.`;
  }
  if (counterfactual.status === 'tie' && bounds) {
    return `${phrases.reason.tie(tierName(phrases, bounds.tier), formatNumber(bounds.value, lang))}${example}${phrases.reason.laterCriteria}.`;
  }
  const lead = displaced.length > 0 ? phrases.reason.displaces(joinList(displaced, phrases)) : phrases.reason.displacesNobody;
  const change = counterfactual.worse ? `; ${tierChangeText(counterfactual.worse, lang)}` : '';
  const proof = counterfactual.status === 'time_limit' ? ` ${phrases.reason.notProven}` : '';
  return `${lead}${change}${proof}.`;
}

/** An allocation that serves the request does better than the one explained: what it displaces and gains. */
function betterText(counterfactual: Counterfactual, lang: Lang): string {
  const phrases = WORDS[lang].explain;
  const displaced = counterfactual.displaced.map((d) => `${d.request} (${formatNumber(d.priority, lang)})`);
  const better = counterfactual.better;
  return phrases.reason.doesBetter(
    displaced.length > 0 ? joinList(displaced, phrases) : phrases.reason.nobody,
    better ? tierChangeText(better, lang) : '',
  );
}

/** The request a reason is about: where it is and what it asks for. */
export interface ReasonSubject {
  readonly municipality: string;
  readonly domain: string;
}

/**
 * Why no expert can serve a request, the real obstacle first: no expert offers
 * the domain; or the experts who would be eligible work in the requesting
 * municipality itself; then how the other experts of the domain fall short.
 */
function noEligibleText(
  reason: Extract<ReasonFacts, { code: 'no-eligible-expert' }>,
  subject: ReasonSubject,
  lang: Lang,
  namer: Namer,
): string {
  const phrases = WORDS[lang].explain.reason;
  const own = reason.ownMunicipality;
  const others = reason.offering - own.length;
  const miss = reason.nearestMiss;
  const sentences: string[] = [];
  if (reason.offering === 0) return miss ? phrases.noOffer(subject.domain) : phrases.noExpertAtAll;
  if (own.length > 0) {
    sentences.push(
      phrases.ownMunicipality(joinList(own, WORDS[lang].explain), own.length, namer.place(subject.municipality), subject.domain),
    );
  }
  if (others > 0) sentences.push(phrases.noneOfOffering(others, subject.domain, own.length > 0));
  if (others > 0 && miss)
    sentences.push(phrases.nearestMiss(`${miss.expert} (${namer.place(miss.supplier)})`, failuresText(miss.failures, lang)));
  return sentences.join(' ');
}

/** The sentence of one reason an unserved request was not served. */
export function reasonText(reason: ReasonFacts, subject: ReasonSubject, lang: Lang, namer: Namer): string {
  const phrases = WORDS[lang].explain;
  const list = (ids: readonly string[]) => joinList([...ids], phrases);
  switch (reason.code) {
    case 'no-eligible-expert':
      return noEligibleText(reason, subject, lang, namer);
    case 'cancelled':
      return phrases.reason.cancelled;
    case 'excluded':
      return phrases.reason.excluded(list(reason.blocks.map((b) => `${b.expert} (${phrases.policy[b.rule] ?? b.rule})`)));
    case 'cap':
      return reason.constraint === 'maxPerMunicipality'
        ? phrases.reason.municipalityCap(namer.place(subject.municipality), reason.limit, list(reason.heldBy))
        : phrases.reason.supplierCap(reason.limit, list(reason.heldBy));
    case 'quota':
      if (reason.limit === undefined) return phrases.reason.pinsAndMinimums;
      return phrases.reason.quota(reason.constraint, formatNumber(reason.limit, lang), list(reason.heldBy));
    case 'budget':
      return (reason.scope === 'whole' ? phrases.reason.budgetWhole : phrases.reason.budget)(
        list(reason.experts),
        formatEuro(reason.cheapestCost, lang),
        formatEuro(reason.budgetLeft, lang),
      );
    case 'outranked':
      return counterfactualText(reason.counterfactual, subject, lang, namer);
    case 'not-optimised':
      return betterText(reason.counterfactual, lang);
  }
}

/** The sentence of why an alternative expert does not serve a served request. */
export function alternativeText(alternative: AlternativeFacts, lang: Lang): string {
  const phrases = WORDS[lang].explain;
  switch (alternative.code) {
    case 'busy':
      return phrases.alternative.busy(
        alternative.expert,
        joinList(
          alternative.heldBy.map((h) => phrases.alternative.slot(h.request, h.period)),
          phrases,
        ),
      );
    case 'at-max':
      return phrases.alternative.atMax(alternative.expert, alternative.limit, joinList([...alternative.heldBy], phrases));
    case 'excluded':
      return phrases.alternative.excluded(alternative.expert, phrases.policy[alternative.rule] ?? alternative.rule);
    case 'constraint':
      return phrases.alternative.constraint(alternative.expert, alternative.period, rulesText(alternative.rules, phrases));
    case 'worse':
      return phrases.alternative.worse(alternative.expert, alternative.period, tierChangeText(alternative.difference, lang));
    case 'not-proven':
      return phrases.alternative.notProven(alternative.expert, alternative.period);
  }
}

/** The sentence of one stability entry: who outranks whom, and what justifies it. */
export function stabilityText(entry: StabilityEntry, lang: Lang): string {
  const phrases = WORDS[lang].explain;
  const lead = phrases.stability.lead(
    entry.unserved,
    formatNumber(entry.unservedPriority, lang),
    entry.served,
    formatNumber(entry.servedPriority, lang),
    entry.expert,
    entry.period,
  );
  return `${lead}, ${justificationText(entry.justification, entry, lang)}`;
}

function justificationText(justification: Justification, entry: StabilityEntry, lang: Lang): string {
  const phrases = WORDS[lang].explain;
  switch (justification.code) {
    case 'ineligible':
      return phrases.stability.ineligible(entry.expert, failuresText(justification.failures, lang));
    case 'excluded':
      return phrases.stability.excluded(entry.expert, entry.unserved, phrases.policy[justification.rule] ?? justification.rule);
    case 'constraint':
      return phrases.stability.constraint(rulesText(justification.rules, phrases));
    case 'worse':
      return phrases.stability.worse(tierChangeText(justification.difference, lang));
    case 'unjustified':
      return phrases.stability.unjustified;
  }
}
