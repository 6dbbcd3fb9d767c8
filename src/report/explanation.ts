import { roundNamer } from '../explain/explain-allocation.js';
import { alternativeText, reasonText, stabilityText } from '../text/explain-text.js';
import type { Choice, StabilityEntry } from '../result/explanation.js';
import { formatNumber } from '../text/number-format.js';
import type { AllocationResult, Assignment } from '../result/result.js';
import type { UnservedRequest } from '../result/explanation.js';
import type { Round } from '../domain/types.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';

/** Everything a result says about one request: what `explain --request` prints. */
export type RequestExplanation =
  | {
      readonly request: string;
      readonly served: true;
      readonly assignment: Assignment;
      readonly choice?: Choice;
      readonly stability: readonly StabilityEntry[];
    }
  | { readonly request: string; readonly served: false; readonly unserved: UnservedRequest; readonly stability: readonly StabilityEntry[] };

/** Picks one request's explanation out of a result; undefined for an id the result does not know. */
export function explainRequest(result: AllocationResult, requestId: string): RequestExplanation | undefined {
  const stability = result.stability.filter((entry) => entry.unserved === requestId || entry.served === requestId);
  const assignment = result.assignments.find((a) => a.request === requestId);
  if (assignment) {
    const choice = result.choices.find((c) => c.request === requestId);
    return { request: requestId, served: true, assignment, ...(choice ? { choice } : {}), stability };
  }
  const unserved = result.unserved.find((u) => u.request === requestId);
  return unserved ? { request: requestId, served: false, unserved, stability } : undefined;
}

/** One request's explanation as plain text in a language. */
export function explanationText(explanation: RequestExplanation | undefined, round: Round, lang: Lang): string {
  if (!explanation) return '';
  const m = WORDS[lang].report;
  const namer = roundNamer(round);
  const request = round.requests.find((r) => r.id === explanation.request)!;
  const bullet = (text: string) => `  - ${text}`;
  const lines: string[] = [];
  if (explanation.served) {
    const a = explanation.assignment;
    const expert = round.experts.find((e) => e.id === a.expert);
    lines.push(
      m.explain.served(
        a.request,
        namer.place(a.municipality),
        a.domain,
        formatNumber(a.priority, lang),
        `${expert?.name ?? a.expert} (${a.expert})`,
        namer.place(a.supplier),
        a.period,
      ),
    );
    lines.push('', m.explain.alternatives);
    const alternatives = explanation.choice?.alternatives ?? [];
    lines.push(
      ...(alternatives.length === 0 ? [bullet(m.text.noAlternatives)] : alternatives.map((alt) => bullet(alternativeText(alt, lang)))),
    );
  } else {
    const u = explanation.unserved;
    lines.push(m.explain.unserved(u.request, namer.place(request.municipality), u.domain, formatNumber(u.priority, lang)));
    lines.push('', m.explain.reasons, ...u.reasons.map((reason) => bullet(`[${reason.code}] ${reasonText(reason, u, lang, namer)}`)));
  }
  if (explanation.stability.length > 0) {
    lines.push('', m.explain.stability, ...explanation.stability.map((entry) => bullet(stabilityText(entry, lang))));
  }
  return `${lines.join('\n')}\n`;
}
