/** Most characters of an input value that a message repeats. */
const MAX_ECHO = 60;

/**
 * A cell or word of the input as a message repeats it: at most MAX_ECHO
 * characters, cut with an ellipsis, so a 10,000-character cell cannot
 * flood a terminal.
 */
export function echoText(text: string, max = MAX_ECHO): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * A scenario value as a message repeats it: JSON, cut after MAX_ECHO
 * characters. It is built piece by piece and stops early, so a value that
 * YAML aliases expand to megabytes is never serialised whole.
 */
export function echoValue(value: unknown, max = MAX_ECHO): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    parts.push(text);
    length += text.length;
    return length <= max;
  };
  const visit = (item: unknown, seen: ReadonlySet<object>): boolean => {
    if (typeof item === 'string') return add(JSON.stringify(echoText(item, max + 1)));
    if (item === null || typeof item !== 'object') return add(String(JSON.stringify(item) ?? String(item)));
    if (seen.has(item)) return add('…');
    const inner = new Set(seen).add(item);
    const list = Array.isArray(item);
    if (!add(list ? '[' : '{')) return false;
    let first = true;
    for (const [key, child] of Object.entries(item)) {
      if (!first && !add(',')) return false;
      first = false;
      if (!list && !add(`${JSON.stringify(echoText(key, max + 1))}:`)) return false;
      if (!visit(child, inner)) return false;
    }
    return add(list ? ']' : '}');
  };
  const complete = visit(value, new Set());
  const text = parts.join('');
  return complete && text.length <= max ? text : `${text.slice(0, max)}…`;
}
