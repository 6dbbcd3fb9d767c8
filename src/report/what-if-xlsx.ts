/** compare.xlsx and sweep.xlsx: the what-if tables as workbooks, from the comparison or the sweep alone. */
import type { Comparison } from '../what-if/compare.js';
import type { SweepResult } from '../what-if/sweep.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { type SheetValue, workbookBytes } from './xlsx-writer.js';

/** A figure that may have no value (no request served): an empty cell. */
const blank = (value: number | null): SheetValue => (value === null ? undefined : value);

/**
 * compare.xlsx in one language: one row per scenario with its headline
 * figures, and the requests served in some scenarios but not all, with a
 * 1 (served) or 0 column per scenario.
 */
export function comparisonWorkbook(comparison: Comparison, lang: Lang): Buffer {
  const { sheet, column: c } = WORDS[lang].workbook;
  const status = WORDS[lang].whatIf.status;
  const names = comparison.figures.map((f) => f.name);
  return workbookBytes([
    {
      name: sheet.scenarios,
      blocks: [
        {
          columns: [
            { header: c.scenario, format: 'text' },
            { header: c.file, format: 'text' },
            { header: c.status, format: 'text' },
            { header: c.requests, format: 'integer' },
            { header: c.served, format: 'integer' },
            { header: c.priorityServed, format: 'decimal' },
            { header: c.budgetEur, format: 'euro' },
            { header: c.budgetUsedEur, format: 'euro' },
            { header: c.averagePriority, format: 'decimal' },
            { header: c.minimumPriority, format: 'decimal' },
            { header: c.neediestShare, format: 'percent' },
            { header: c.averageDistanceKm, format: 'km' },
          ],
          rows: comparison.figures.map((f, index) => [
            f.name,
            comparison.scenarios[index]!.file,
            status[f.status],
            f.requests,
            f.served,
            f.priority,
            f.budgetLimit,
            f.budgetUsed,
            blank(f.averagePriority),
            blank(f.minimumPriority),
            blank(f.neediestQuartileShare),
            blank(f.averageDistanceKm),
          ]),
        },
      ],
    },
    {
      name: sheet.differences,
      blocks: [
        {
          columns: [
            { header: c.request, format: 'text' },
            { header: c.municipality, format: 'text' },
            { header: c.nis, format: 'text' },
            { header: c.province, format: 'text' },
            { header: c.domain, format: 'text' },
            { header: c.priority, format: 'decimal' },
            ...names.map((name) => ({ header: name, format: 'integer' as const })),
          ],
          rows: comparison.diff.map((d) => [
            d.request,
            d.municipalityName,
            d.municipality,
            d.province,
            d.domain,
            d.priority,
            ...names.map((name) => (d.servedIn.includes(name) ? 1 : 0)),
          ]),
        },
      ],
    },
  ]);
}

/** sweep.xlsx in one language: one row per point of the curve, the served request ids joined with `|` as in the inputs. */
export function sweepWorkbook(sweep: SweepResult, lang: Lang): Buffer {
  const { sheet, column: c } = WORDS[lang].workbook;
  const status = WORDS[lang].whatIf.status;
  return workbookBytes([
    {
      name: sheet.points,
      blocks: [
        {
          columns: [
            { header: sweep.key, format: sweep.key === 'budget' ? 'euro' : 'decimal' },
            { header: c.status, format: 'text' },
            { header: c.served, format: 'integer' },
            { header: c.priorityServed, format: 'decimal' },
            { header: c.distanceKm, format: 'km' },
            { header: c.budgetEur, format: 'euro' },
            { header: c.budgetUsedEur, format: 'euro' },
            { header: c.servedRequests, format: 'text' },
          ],
          rows: sweep.points.map((p) => [
            typeof p.value === 'number' ? p.value : String(p.value),
            status[p.status],
            p.objective.served,
            p.objective.priority,
            p.objective.distanceKm,
            p.budget.limit,
            p.budget.used,
            p.served.join('|'),
          ]),
        },
      ],
    },
  ]);
}
