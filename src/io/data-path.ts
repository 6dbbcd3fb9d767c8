/** A data path of a scenario (`data.*`, `history.file`): the file, and for a workbook the sheet named after `#`. */
export interface DataPath {
  readonly file: string;
  /** `round.xlsx#Aanvragen` names the sheet; without it the sheet is found by name (see workbook-sheet.ts). */
  readonly sheet?: string;
}

/** The file part of a workbook path, up to its first `.xlsx`, then `#` and the sheet. */
const WORKBOOK_WITH_SHEET = /^(.+?\.xlsx)#(.*)$/is;

/** True for a path whose file part is an .xlsx workbook (case-insensitive). */
export const isWorkbookFile = (file: string): boolean => /\.xlsx$/i.test(file);

/**
 * Splits `round.xlsx#Aanvragen` into the file and the sheet. Only a workbook
 * path carries a sheet: in a CSV path, `#` is part of the file name.
 */
export function splitDataPath(written: string): DataPath {
  const match = WORKBOOK_WITH_SHEET.exec(written);
  return match ? { file: match[1]!, sheet: match[2]! } : { file: written };
}

/** A data path written back: the file, then `#` and the sheet when there is one. */
export const joinDataPath = (path: DataPath): string => (path.sheet === undefined ? path.file : `${path.file}#${path.sheet}`);
