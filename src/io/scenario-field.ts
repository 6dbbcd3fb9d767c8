/** A scenario key path as messages name it: `priority.classes[1].name`; the top level is `(top level)`. */
export function scenarioField(parts: readonly string[]): string {
  return (
    parts
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : part))
      .join('.')
      .replace(/\.\[/g, '[') || '(top level)'
  );
}
