import type { RichText } from './rich-text.js';

/** The three tables `expertpool init` writes. */
export type InitTable = 'municipalities' | 'experts' | 'requests';

/** The words of a new round that `expertpool init` writes, in one language. */
export interface InitWords {
  /** The round's name in the new scenario. */
  readonly roundName: string;
  /** The workbook's file name, and its sheets' names (names the reader finds by itself, see workbook-sheet.ts). */
  readonly workbookFile: string;
  readonly sheet: Readonly<Record<InitTable, string>> & { readonly notes: string };
  /** Comment lines of scenario.yaml: at the top, and above each key. */
  readonly scenario: {
    readonly intro: (validate: string) => readonly string[];
    readonly budget: string;
    readonly periods: string;
    readonly defaults: string;
    readonly data: string;
    readonly priority: string;
    readonly constraints: string;
    readonly objective: string;
  };
  /** The names in the example rows. */
  readonly example: { readonly municipality: string; readonly expert: string };
  /** What each column holds and allows, by table and column. */
  readonly notes: Readonly<Record<InitTable, Readonly<Record<string, string>>>>;
  /** Below the municipality columns: extra indicator columns are allowed. */
  readonly indicatorNote: string;
  /** The notes sheet's and README's column headers. */
  readonly notesColumn: { readonly table: string; readonly column: string; readonly required: string; readonly note: string };
  readonly required: string;
  readonly optional: string;
  /** README.md beside the CSV files: a title, how to go on, and a section per file. */
  readonly readme: {
    readonly title: string;
    readonly steps: (validate: string) => readonly RichText[];
    readonly file: (name: string) => string;
  };
  /** What init prints when done. */
  readonly wrote: (folder: string, files: string) => string;
  readonly next: (validate: string) => string;
}
