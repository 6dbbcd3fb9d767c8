/**
 * The one document model of every report (solve's report.md and
 * report.html, compare, sweep, sensitivity, explain): a report is built once
 * as blocks of plain text, then rendered as Markdown (markdown-render.ts) or
 * as self-contained HTML (html-render.ts), each escaping every text for its
 * format, so both formats always say the same thing and no input can become markup.
 */
import type { Lang } from '../text/lang.js';
import type { RichText } from '../text/rich-text.js';

/** One table cell: its text, and a number to sort by where the column is numeric. */
export interface Cell {
  readonly text: string;
  readonly sort?: number;
  /** A marker renderers attach to the cell (e.g. `timing`, so tests can normalise wall time). */
  readonly role?: 'timing' | 'version';
  /** A relative link the cell's text leads to: one of our own file names, never input text. */
  readonly href?: string;
}

/** A table column: its header and whether its cells are numbers (right-aligned). */
export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
}

/** A table of plain-text cells. */
export interface Table {
  readonly kind: 'table';
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** HTML: the page's script sorts the table when a column header is clicked. */
  readonly sortable?: boolean;
  readonly id?: string;
}

/** A piece of a report. `htmlOnly` blocks (drawings and what only a page needs) are left out of Markdown. */
export type Block = (
  | { readonly kind: 'section'; readonly title: string; readonly blocks: readonly Block[]; readonly className?: 'diagnosis' }
  | { readonly kind: 'paragraph'; readonly text: RichText; readonly className?: 'hint' | 'method' }
  | { readonly kind: 'list'; readonly items: readonly RichText[]; readonly className?: 'summary' }
  /** Lines kept apart without space between them, e.g. a letter's sender or an address; `className` places them. */
  | { readonly kind: 'lines'; readonly lines: readonly RichText[]; readonly className: 'sender' | 'date' | 'addressee' | 'signature' }
  | Table
  /** An SVG drawing, already escaped and self-contained; Markdown shows its caption in italics. */
  | { readonly kind: 'figure'; readonly svg: string; readonly caption?: string }
) & { readonly htmlOnly?: boolean };

/** A whole report: a title, a lead line under it (e.g. the status), the blocks, and a footer on the page. */
export interface ReportDocument {
  readonly title: string;
  readonly lang: Lang;
  readonly lead?: RichText;
  /** Blocks above the title, e.g. a letter's sender, date and addressee. */
  readonly preamble?: readonly Block[];
  readonly blocks: readonly Block[];
  /** HTML only: the page's footer line. */
  readonly footer?: string;
}

/** A cell of plain text. */
export const textCell = (text: string): Cell => ({ text });

/** A section of blocks under a title. */
export const section = (title: string, ...blocks: Block[]): Block => ({ kind: 'section', title, blocks });

/** A paragraph. */
export const paragraph = (text: RichText): Block => ({ kind: 'paragraph', text });
