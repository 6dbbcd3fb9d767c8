import { createRequire } from 'node:module';
import type * as SheetJsTypes from '@e965/xlsx';

/** A zip container as SheetJS's bundled CFB library holds it (only what expertpool uses). */
export interface CfbContainer {
  readonly FullPaths: readonly string[];
  readonly FileIndex: readonly { readonly name: string; content: Uint8Array | number[] }[];
}

/** SheetJS's bundled zip library (typed `any` upstream; these are the calls expertpool makes). */
interface CfbLibrary {
  read(data: Uint8Array, options: { readonly type: 'buffer' }): CfbContainer;
  write(container: CfbContainer, options: { readonly fileType: 'zip'; readonly compression: boolean }): Uint8Array;
  readonly utils: {
    cfb_new(): CfbContainer;
    cfb_add(container: CfbContainer, name: string, content: Uint8Array): void;
  };
}

/** The parts of SheetJS expertpool uses, with the two the upstream types leave untyped. */
export type SheetJs = Omit<typeof SheetJsTypes, 'CFB' | 'SSF'> & {
  readonly CFB: CfbLibrary;
  readonly SSF: { is_date(format: string): boolean };
  /** Parses a workbook from a zip container already unpacked (exported by SheetJS, not in its types). */
  parse_zip(container: CfbContainer, options: SheetJsTypes.ParsingOptions & { readonly cellStyles?: boolean }): SheetJsTypes.WorkBook;
};

export type { CellObject, WorkSheet } from '@e965/xlsx';

const requireHere = createRequire(import.meta.url);
let loaded: SheetJs | undefined;

/**
 * SheetJS, loaded on first use: only commands that read or write a
 * workbook pay for it. The "mini" build reads and writes .xlsx (no legacy
 * formats, no code pages) and loads in a fifth of the full build's time.
 */
export function sheetJs(): SheetJs {
  loaded ??= requireHere('@e965/xlsx/dist/xlsx.mini.min.js') as SheetJs;
  return loaded;
}
