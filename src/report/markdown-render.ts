import type { Inline, RichText } from '../text/rich-text.js';
import type { Block, ReportDocument, Table } from './document.js';
import { BIDI_CONTROLS } from './html-kit.js';

/**
 * Text inside Markdown, ours or from the input: HTML neutralised (`& < >` as
 * entities), every inline Markdown mark escaped (emphasis, code, links and
 * images, tables, strikethrough, heading marks), bare URLs kept from turning
 * into links, line breaks flattened and bidi controls dropped, so a name can
 * neither inject a link, a tag or emphasis nor break a table or a line, nor
 * reverse how the line reads.
 */
export function markdownText(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, (char) => `\\${char}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/\r\n?|\n/g, ' ');
}

function inline(run: Inline): string {
  if (typeof run === 'string') return markdownText(run);
  if ('strong' in run) return `**${markdownText(run.strong)}**`;
  // Inside a code span nothing is markup; a span holding a backtick takes a double fence.
  const fence = run.code.includes('`') ? '``' : '`';
  return `${fence}${run.code.replace(BIDI_CONTROLS, '').replace(/\r\n?|\n/g, ' ')}${fence}`;
}

/** Rich text as Markdown: every run escaped, its marks as Markdown's. */
const markdownRich = (text: RichText): string => (typeof text === 'string' ? markdownText(text) : text.map(inline).join(''));

function markdownTable(table: Table): string {
  const header = `| ${table.columns.map((column) => markdownText(column.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`;
  // A link's target is one of our own file names; angle brackets keep any character in it from ending the link.
  const cellText = (cell: Table['rows'][number][number]) =>
    cell.href === undefined ? markdownText(cell.text) : `[${markdownText(cell.text)}](<${cell.href.replace(/[<>\s]/g, '')}>)`;
  return [header, rule, ...table.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`)].join('\n');
}

function markdownBlocks(blocks: readonly Block[], depth: number): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.htmlOnly) return [];
    switch (block.kind) {
      case 'section':
        return [`${'#'.repeat(depth)} ${markdownText(block.title)}`, ...markdownBlocks(block.blocks, depth + 1)];
      case 'paragraph':
        return [markdownRich(block.text)];
      case 'list':
        return [block.items.map((item) => `- ${markdownRich(item)}`).join('\n')];
      case 'lines':
        // A backslash at the end of a line is Markdown's line break.
        return [block.lines.map(markdownRich).join('\\\n')];
      case 'table':
        return [markdownTable(block)];
      case 'figure':
        return block.caption === undefined ? [] : [`_${markdownText(block.caption)}_`];
    }
  });
}

/** Renders a report as GitHub-flavoured Markdown: blocks apart by a blank line, ending in one newline. */
export function renderMarkdown(document: ReportDocument): string {
  const lead = document.lead === undefined ? [] : [markdownRich(document.lead)];
  const preamble = markdownBlocks(document.preamble ?? [], 2);
  return `${[...preamble, `# ${markdownText(document.title)}`, ...lead, ...markdownBlocks(document.blocks, 2)].join('\n\n')}\n`;
}

/** Renders blocks alone (no title), e.g. a text for the terminal; ends in one newline. */
export function renderMarkdownBlocks(blocks: readonly Block[]): string {
  return `${markdownBlocks(blocks, 2).join('\n\n')}\n`;
}
