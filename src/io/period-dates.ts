import type { PeriodDates, PeriodId } from '../domain/types.js';
import { echoText } from './echo.js';
import { InputError } from './input-error.js';

/** A period as the scenario may write it: its id alone, or its id with its first and last day. */
export type ScenarioPeriod = PeriodId | { readonly id: PeriodId; readonly from: string; readonly to: string };

/** The round's periods: their ids in time order and, when the scenario dates them, their days. */
export interface RoundPeriods {
  readonly ids: readonly PeriodId[];
  readonly dates?: readonly PeriodDates[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (so 2022-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks one date of the scenario; `field` names it in the message. */
export function assertCalendarDate(text: string, file: string, field: string): void {
  if (isCalendarDate(text)) return;
  throw new InputError({ file, field }, { id: 'date-invalid', text: echoText(text), problem: DATE.test(text) ? 'day' : 'form' });
}

/**
 * Reads the scenario's `periods`: plain ids, or ids with dates. Dated periods
 * must all be dated, each with a real `from` no later than its `to`, listed
 * in time order without overlapping; ids must be unique. `file` names the
 * scenario in messages.
 */
export function readPeriods(periods: readonly ScenarioPeriod[], file: string): RoundPeriods {
  const ids = periods.map((period) => (typeof period === 'string' ? period : period.id));
  ids.forEach((id, index) => {
    const first = ids.indexOf(id);
    if (first !== index) {
      throw new InputError({ file, field: `periods[${index}]` }, { id: 'period-repeated', period: id, first });
    }
  });
  const dated = periods.filter((period) => typeof period !== 'string');
  if (dated.length === 0) return { ids };
  const plain = periods.findIndex((period) => typeof period === 'string');
  if (plain >= 0) {
    throw new InputError({ file, field: `periods[${plain}]` }, { id: 'period-undated', period: ids[plain]! });
  }
  const dates = dated.map((period, index): PeriodDates => {
    assertCalendarDate(period.from, file, `periods[${index}].from`);
    assertCalendarDate(period.to, file, `periods[${index}].to`);
    if (period.to < period.from) {
      throw new InputError({ file, field: `periods[${index}].to` }, { id: 'period-ends-before', from: period.from, to: period.to });
    }
    return { id: period.id, from: period.from, to: period.to };
  });
  dates.forEach((period, index) => {
    const before = dates[index - 1];
    // ISO dates compare as text; the periods are listed in time order, so each starts after the one before ends.
    if (before !== undefined && period.from <= before.to) {
      throw new InputError(
        { file, field: `periods[${index}].from` },
        { id: 'period-overlap', period: period.id, from: period.from, before: before.id, beforeTo: before.to },
      );
    }
  });
  return { ids, dates };
}
