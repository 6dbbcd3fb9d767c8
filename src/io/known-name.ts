import { closest } from 'fastest-levenshtein';
import { echoText } from './echo.js';
import { InputError, type InputLocation } from './input-error.js';

/** Checks a name (an id, a province, a domain) against the known ones; an unknown one is an error at `location` that suggests the closest. */
export function assertKnownName(
  location: InputLocation,
  kind: 'province' | 'domain' | 'expert' | 'request' | 'period',
  name: string,
  names: readonly string[],
): void {
  if (names.includes(name)) return;
  const suggestion = names.length > 0 ? closest(name, [...names]) : undefined;
  throw new InputError(location, { id: 'unknown-name', kind, name: echoText(name), ...(suggestion !== undefined ? { suggestion } : {}) });
}
