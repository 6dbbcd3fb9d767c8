import type { PeriodDates, PeriodId } from '../domain/types.js';
import type { AllocationResult } from './result.js';

/** The default periods and their months (DESIGN.md): P1 January-April, P2 May-August, P3 September-December. */
const DEFAULT_MONTHS: Readonly<Record<string, readonly [string, string]>> = {
  P1: ['01-01', '04-30'],
  P2: ['05-01', '08-31'],
  P3: ['09-01', '12-31'],
};

/**
 * The first and last day of each period of a result: the scenario's dates
 * when it gives them; otherwise, for the default periods P1, P2 and P3 of a
 * scenario with a year, the months DESIGN.md gives them. Empty when neither
 * applies (periods then show by their id alone).
 */
export function periodCalendar(result: Pick<AllocationResult, 'round' | 'scenario'>): ReadonlyMap<PeriodId, PeriodDates> {
  const dated = result.round.periodDates;
  if (dated !== undefined) return new Map(dated.map((period) => [period.id, period]));
  const { periods } = result.round;
  const year = result.scenario.year;
  const isDefault = periods.length === 3 && periods.every((period, index) => period === `P${index + 1}`);
  if (!isDefault || year === undefined) return new Map();
  return new Map(
    periods.map((id) => {
      const [from, to] = DEFAULT_MONTHS[id]!;
      return [id, { id, from: `${year}-${from}`, to: `${year}-${to}` }];
    }),
  );
}
