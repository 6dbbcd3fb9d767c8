import { InputError } from './input-error.js';
import { BIDI_CONTROL, CONTROL_CHARACTER, codePoint } from './limits.js';
import { isReservedWord } from './reserved-words.js';
import { scenarioField } from './scenario-field.js';

/** The kinds of document read as a mapping of keys: what messages call the file. */
export type DocumentKind = 'scenario' | 'changes' | 'result';

/**
 * Checks every key and string of one scenario file's mapping (a scenario, a
 * base it extends, a changes file, a previous result), naming the key path;
 * `label` names the file and `document` its kind. A key `__proto__`, `constructor` or `prototype` is refused at any
 * level: merged into a plain object it would replace the prototype, and
 * reads through it would see keys the file never wrote. A control
 * character is refused in any key or string: a terminal showing it could be
 * made to act on it; so is a bidirectional control, which would reverse
 * text in the reports. Shared and cyclic values (YAML aliases) are visited once.
 */
export function assertSafeScenarioMapping(value: unknown, label: string, document: DocumentKind = 'scenario'): void {
  try {
    assertSafeValue(value, label, document, [], new Set());
  } catch (error) {
    // Nesting deep enough to exhaust the stack is no document of ours (JSON.parse builds such values without recursing).
    if (error instanceof RangeError) throw new InputError({ file: label }, { id: 'yaml-too-deep' });
    throw error;
  }
}

function assertSafeValue(value: unknown, label: string, document: DocumentKind, path: readonly string[], seen: Set<object>): void {
  if (typeof value === 'string') {
    const control = CONTROL_CHARACTER.exec(value);
    if (control !== null) {
      throw new InputError(
        { file: label, field: scenarioField(path) },
        { id: 'scenario-control-character', codePoint: codePoint(control[0]) },
      );
    }
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi !== null)
      throw new InputError({ file: label, field: scenarioField(path) }, { id: 'bidi-control', codePoint: codePoint(bidi[0]) });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) {
    if (isReservedWord(key))
      throw new InputError(
        { file: label, field: scenarioField([...path, key]) },
        { id: 'scenario-forbidden-key', key, ...(document === 'scenario' ? {} : { document }) },
      );
    assertSafeValue(key, label, document, path, seen);
    assertSafeValue((value as Record<string, unknown>)[key], label, document, [...path, key], seen);
  }
}
