import type { Inline, RichText } from '../text/rich-text.js';
import type { Block, ReportDocument, Table } from './document.js';
import { escapeAttribute, escapeHtml, htmlPage } from './html-kit.js';

function inline(run: Inline): string {
  if (typeof run === 'string') return escapeHtml(run);
  if ('strong' in run) return `<strong>${escapeHtml(run.strong)}</strong>`;
  return `<code>${escapeHtml(run.code)}</code>`;
}

/** Rich text as HTML element content: every run escaped, its marks as elements. */
const richHtml = (text: RichText): string => (typeof text === 'string' ? escapeHtml(text) : text.map(inline).join(''));

/** A table; numeric cells carry `data-sort` so the page's script (if any) sorts them as numbers. */
function htmlTable(table: Table): string {
  const attributes = `${table.id ? ` id="${escapeAttribute(table.id)}"` : ''}${table.sortable ? ' class="sortable"' : ''}`;
  const head = table.columns
    .map((column) => `<th${column.numeric ? ' class="num"' : ''} scope="col">${escapeHtml(column.label)}</th>`)
    .join('');
  const rows = table.rows.map((row) => {
    const cells = row.map((cell, index) => {
      const classes = [table.columns[index]?.numeric ? 'num' : '', cell.role ?? ''].filter(Boolean).join(' ');
      const sort = cell.sort === undefined ? '' : ` data-sort="${escapeAttribute(String(cell.sort))}"`;
      const content =
        cell.href === undefined ? escapeHtml(cell.text) : `<a href="${escapeAttribute(cell.href)}">${escapeHtml(cell.text)}</a>`;
      return `<td${classes ? ` class="${classes}"` : ''}${sort}>${content}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table${attributes}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** Blocks as HTML, one element per line; a top-level section is a `<section>`, a nested one an `<h3>` and its blocks. */
function htmlBlocks(blocks: readonly Block[], depth: number): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'section': {
        const content = [`<h${depth}>${escapeHtml(block.title)}</h${depth}>`, ...htmlBlocks(block.blocks, depth + 1)].join('\n');
        if (depth > 2) return content;
        return `<section${block.className ? ` class="${block.className}"` : ''}>\n${content}\n</section>`;
      }
      case 'paragraph':
        return `<p${block.className ? ` class="${block.className}"` : ''}>${richHtml(block.text)}</p>`;
      case 'list':
        return `<ul${block.className ? ` class="${block.className}"` : ''}>\n${block.items.map((item) => `<li>${richHtml(item)}</li>`).join('\n')}\n</ul>`;
      case 'lines':
        return `<p class="${block.className}">${block.lines.map(richHtml).join('<br>')}</p>`;
      case 'table':
        return htmlTable(block);
      case 'figure':
        return block.caption === undefined
          ? block.svg
          : `<figure>${block.svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    }
  });
}

/** What a page holds besides the document: its style, its script (allowed by hash) and data for machines. */
export interface PageParts {
  readonly style: string;
  readonly script?: string;
  readonly data?: { readonly id: string; readonly value: unknown };
}

/** Renders a report as one self-contained HTML page (the page's CSP allows only its own style and script). */
export function renderHtml(document: ReportDocument, page: PageParts): string {
  const lead = document.lead === undefined ? '' : `\n<p class="status">${richHtml(document.lead)}</p>`;
  const preamble = document.preamble === undefined ? '' : `${htmlBlocks(document.preamble, 2).join('\n')}\n`;
  const body = [
    `<header>\n${preamble}<h1>${escapeHtml(document.title)}</h1>${lead}\n</header>`,
    ...htmlBlocks(document.blocks, 2),
    ...(document.footer === undefined ? [] : [`<footer>${escapeHtml(document.footer)}</footer>`]),
  ].join('\n');
  return htmlPage({ lang: document.lang, title: document.title, body, ...page });
}
