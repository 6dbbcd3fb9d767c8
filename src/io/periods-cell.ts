import type { PeriodId } from '../domain/types.js';
import { echoText } from './echo.js';
import { InputError, type InputLocation } from './input-error.js';

/**
 * The periods a cell lists, in round order. A period the round does not
 * have is an error at `location`; one written in another case (`p2`) names
 * the round's own spelling, since period ids are case-sensitive.
 */
export function knownPeriods(listed: readonly string[], roundPeriods: readonly PeriodId[], location: InputLocation): PeriodId[] {
  const unknown = listed.find((period) => !roundPeriods.includes(period));
  if (unknown !== undefined) {
    const suggestion = roundPeriods.find((period) => period.toLowerCase() === unknown.toLowerCase());
    throw new InputError(location, {
      id: 'unknown-period',
      period: echoText(unknown),
      periods: roundPeriods,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
  return roundPeriods.filter((period) => listed.includes(period));
}
