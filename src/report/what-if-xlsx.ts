/** compare.xlsx and sweep.xlsx: the what-if tables as workbooks, from the comparison or the sweep alone; the rows are compare.csv's and sweep.csv's. */
import type { Comparison } from '../what-if/compare.js';
import type { SweepResult } from '../what-if/sweep.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { differenceRows, figureRows } from './compare-csv.js';
import { sweepRows } from './sweep-report.js';
import { sheetColumns, workbookBytes } from './xlsx-writer.js';

/**
 * compare.xlsx in one language: one row per scenario with its headline
 * figures, and the requests served in some scenarios but not all, with a
 * 1 (served) or 0 column per scenario.
 */
export function comparisonWorkbook(comparison: Comparison, lang: Lang): Buffer {
  const { sheet, column: c } = WORDS[lang].workbook;
  const { status, referenceRule } = WORDS[lang].whatIf;
  const scenarioColumns = comparison.figures.map((f) => [f.name, 'integer'] as const);
  return workbookBytes([
    {
      name: sheet.scenarios,
      blocks: [
        {
          columns: sheetColumns(
            [c.scenario, 'text'],
            [c.file, 'text'],
            [c.status, 'text'],
            [c.requests, 'integer'],
            [c.served, 'integer'],
            [c.priorityServed, 'decimal'],
            [c.budgetEur, 'euro'],
            [c.budgetUsedEur, 'euro'],
            [c.averagePriority, 'decimal'],
            [c.minimumPriority, 'decimal'],
            [c.neediestShare, 'percent'],
            [c.averageDistanceKm, 'km'],
            // The reference rule scores every scenario, so these compare across rules (see compare.csv).
            [c.referenceScenario, 'text'],
            [referenceRule(c.priorityServed), 'decimal'],
            [referenceRule(c.averagePriority), 'decimal'],
            [referenceRule(c.minimumPriority), 'decimal'],
          ),
          rows: figureRows(comparison, (s) => status[s]),
        },
      ],
    },
    {
      name: sheet.differences,
      blocks: [
        {
          columns: sheetColumns(
            [c.request, 'text'],
            [c.nis, 'text'],
            [c.municipality, 'text'],
            [c.province, 'text'],
            [c.domain, 'text'],
            [c.priority, 'decimal'],
            ...scenarioColumns,
          ),
          rows: differenceRows(comparison),
        },
      ],
    },
  ]);
}

/** sweep.xlsx in one language: one row per point of the curve. */
export function sweepWorkbook(sweep: SweepResult, lang: Lang): Buffer {
  const { sheet, column: c } = WORDS[lang].workbook;
  const status = WORDS[lang].whatIf.status;
  return workbookBytes([
    {
      name: sheet.points,
      blocks: [
        {
          columns: sheetColumns(
            [sweep.key, sweep.key === 'budget' ? 'euro' : 'decimal'],
            [c.status, 'text'],
            [c.served, 'integer'],
            [c.priorityServed, 'decimal'],
            [c.distanceKm, 'km'],
            [c.budgetEur, 'euro'],
            [c.budgetUsedEur, 'euro'],
            [c.servedRequests, 'text'],
          ),
          rows: sweepRows(sweep, (s) => status[s]),
        },
      ],
    },
  ]);
}
