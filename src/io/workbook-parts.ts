/**
 * What expertpool reads from a workbook's XML parts itself, before or beside
 * SheetJS: which part holds which sheet, how many cells the sheets hold, and
 * which cells hold a formula without a stored value (SheetJS drops those
 * cells silently, so they would read as empty).
 */

/** A cell element, `<c ...>` or `<c/>`, with or without a namespace prefix (not `<col>` or `<cfRule>`). */
const CELL_START = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
/** A whole cell element: its attributes, and its content unless it closes itself. */
const CELL = /<((?:[A-Za-z_][\w.-]*:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?f>)/;
const VALUE = /<(?:[A-Za-z_][\w.-]*:)?(?:v|is)\b/;

/** The XML predefined and numeric character references, decoded. */
function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

/** The attributes of one XML start tag, by local name (prefixes dropped), values decoded. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = Object.create(null);
  for (const match of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1]!.replace(/^[\w.-]+:/, '');
    found[name] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return found;
}

/** The cell elements of a sheet's XML, counted without parsing it. */
export function countCells(xml: string): number {
  return xml.match(CELL_START)?.length ?? 0;
}

/**
 * The part of each sheet, by sheet name: `xl/workbook.xml` lists the sheets
 * with a relationship id, `xl/_rels/workbook.xml.rels` maps the id to a part.
 */
export function sheetParts(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relationshipsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const { Id: id, Target: target } = attributes(tag);
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const { name, id } = attributes(tag);
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) parts.set(name, part);
  }
  return parts;
}

/** The cells of a sheet's XML that hold a formula but no stored value, by reference (`B7`), with the formula. */
export function formulasWithoutValue(sheetXml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of sheetXml.matchAll(CELL)) {
    const content = match[3];
    if (content === undefined || VALUE.test(content)) continue;
    const formula = FORMULA.exec(content);
    const reference = attributes(match[2] ?? '').r;
    if (formula && reference !== undefined) found.set(reference, decodeXmlText(formula[1] ?? ''));
  }
  return found;
}
