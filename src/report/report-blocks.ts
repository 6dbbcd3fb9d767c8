/**
 * A tiny document model for the comparison and sweep reports: the report is
 * built once as blocks, then rendered as Markdown or as self-contained HTML,
 * so both formats always say the same thing.
 */
import { escapeHtml as escapeText, htmlPage } from './html-kit.js';

export type Cell = string | number;

export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 | 3 }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      readonly numeric?: readonly boolean[];
    }
  /** An SVG drawing; Markdown shows `alt` instead. The SVG must already be escaped and self-contained. */
  | { readonly kind: 'figure'; readonly svg: string; readonly alt: string };

export interface ReportDocument {
  readonly title: string;
  readonly lang: string;
  readonly blocks: readonly Block[];
}

/** Input text inside Markdown: `& < >` as entities, so a name never becomes HTML in a viewer that renders it. */
const markdownSafe = (text: Cell) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const markdownCell = (text: Cell) => markdownSafe(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Renders a document as GitHub-flavoured Markdown, ending in one newline. */
export function renderMarkdown(document: ReportDocument): string {
  return `# ${markdownCell(document.title)}\n\n${renderMarkdownBlocks(document.blocks)}`;
}

/** Renders blocks as Markdown, e.g. a section to append to another report; ends in one newline. */
export function renderMarkdownBlocks(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level)} ${markdownSafe(block.text)}`);
        break;
      case 'paragraph':
        parts.push(markdownSafe(block.text));
        break;
      case 'list':
        parts.push(block.items.map((item) => `- ${markdownSafe(item)}`).join('\n'));
        break;
      case 'table': {
        const align = block.header.map((_, index) => (block.numeric?.[index] ? '---:' : '---'));
        parts.push(
          [
            `| ${block.header.map(markdownCell).join(' | ')} |`,
            `| ${align.join(' | ')} |`,
            ...block.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
      }
      case 'figure':
        parts.push(`_${markdownSafe(block.alt)}_`);
        break;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** Escapes a cell for HTML element content. */
const escapeHtml = (text: Cell): string => escapeText(String(text));

/** Markdown's `**bold**` and `` `code` `` in a paragraph, the only inline marks the reports use. */
const inlineHtml = (text: string) =>
  escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

const STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f2f2f2}figure{margin:1rem 0}
svg text{font-family:system-ui,sans-serif;font-size:12px}`;

/** Renders a document as one self-contained HTML page (inline style and SVG, no scripts; the page's CSP enforces both). */
export function renderHtml(document: ReportDocument): string {
  const body = `<h1>${escapeHtml(document.title)}</h1>\n${renderHtmlBlocks(document.blocks)}`;
  return htmlPage({ lang: document.lang, title: document.title, style: STYLE, body });
}

/** Renders blocks as HTML elements, one per line, e.g. a section inside another report; every text escaped. */
export function renderHtmlBlocks(blocks: readonly Block[]): string {
  const body: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        body.push(`<h${block.level}>${inlineHtml(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${inlineHtml(block.text)}</p>`);
        break;
      case 'list':
        body.push(`<ul>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`);
        break;
      case 'table': {
        const cls = (index: number) => (block.numeric?.[index] ? ' class="num"' : '');
        const head = block.header.map((text, index) => `<th${cls(index)}>${escapeHtml(text)}</th>`).join('');
        const rows = block.rows.map((row) => `<tr>${row.map((text, index) => `<td${cls(index)}>${escapeHtml(text)}</td>`).join('')}</tr>`);
        body.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
        break;
      }
      case 'figure':
        body.push(`<figure>${block.svg}<figcaption>${escapeHtml(block.alt)}</figcaption></figure>`);
        break;
    }
  }
  return body.join('\n');
}
