/**
 * A revised allocation's changes as the first section of its report: the
 * changes applied, how many promised trajectories were kept, moved and
 * dropped (each with its reason) and which were added. Rendered from the
 * result alone.
 */
import type { ReplanReport } from '../result/replan.js';
import type { AllocationResult, Assignment } from '../result/result.js';
import { placeNamer } from '../text/explain-text.js';
import type { Lang } from '../text/lang.js';
import { changesText, replanReasonSentence } from '../text/replan-text.js';
import { WORDS } from '../text/words.js';
import { type Block, type Cell, paragraph, section, textCell as text } from './document.js';

/** A table of trajectories under `title`, or "None." when there are none. */
function entries(title: string, labels: readonly string[], rows: readonly (readonly Cell[])[], lang: Lang): Block {
  if (rows.length === 0) return section(title, paragraph(WORDS[lang].replan.nothing));
  return section(title, { kind: 'table', sortable: true, columns: labels.map((label) => ({ label })), rows });
}

/** The section "Revised allocation" (Dutch: "Herziene toewijzing") of a result that has `replan`. */
export function replanSection(replan: ReplanReport, result: AllocationResult, lang: Lang): Block {
  const words = WORDS[lang].replan;
  const namer = placeNamer(result.round.municipalities);
  const where = (a: Assignment) => text(words.trajectory(a.expert, a.period));
  const request = (a: Assignment) => [text(a.request), text(namer.place(a.municipality))];
  const { column } = words;
  const frozen = replan.kept.filter((entry) => entry.frozen).length;
  return section(
    words.section.replan,
    paragraph(words.summary(replan.kept.length, frozen, replan.moved.length, replan.dropped.length, replan.added.length)),
    section(words.section.changes, { kind: 'list', items: changesText(replan.changes, lang) }),
    entries(
      words.section.moved,
      [column.request, column.municipality, column.promised, column.now, column.reason],
      replan.moved.map((e) => [...request(e.from), where(e.from), where(e.trajectory), text(replanReasonSentence(e.reason, e.from, lang))]),
      lang,
    ),
    entries(
      words.section.dropped,
      [column.request, column.municipality, column.promised, column.reason],
      replan.dropped.map((e) => [...request(e.trajectory), where(e.trajectory), text(replanReasonSentence(e.reason, e.trajectory, lang))]),
      lang,
    ),
    entries(
      words.section.added,
      [column.request, column.municipality, column.trajectory],
      replan.added.map((e) => [...request(e.trajectory), where(e.trajectory)]),
      lang,
    ),
    entries(
      words.section.kept,
      [column.request, column.municipality, column.trajectory],
      replan.kept.map((e) => [
        ...request(e.trajectory),
        text(`${words.trajectory(e.trajectory.expert, e.trajectory.period)}${e.frozen ? ` (${words.frozenMark})` : ''}`),
      ]),
      lang,
    ),
  );
}
