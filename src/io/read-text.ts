import { readFileSync, statSync } from 'node:fs';
import { InputError } from './input-error.js';

/** Largest input file read, in bytes; a larger one is refused before it is read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const UTF8_BOM = 0xfeff;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An input file's text (BOM removed) and the raw bytes, for hashing. */
export interface TextFile {
  readonly bytes: Buffer;
  readonly text: string;
}

/**
 * Reads a UTF-8 text file. `label` is how messages name the file. Missing
 * files, folders, oversized files and bytes that are not UTF-8 are input errors.
 */
export function readTextFile(path: string, label: string): TextFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new InputError({ file: label }, `is a folder, not a file (${path}). Point to the file itself.`);
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file: label }, `cannot be read: no such file (${path}). Check the path; data paths are relative to the scenario file.`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError({ file: label }, `is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit for an input file.`);
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new InputError(
      { file: label, line: firstBadLine(bytes) },
      'is not valid UTF-8 (it looks like Latin-1/Windows-1252, as older Excel versions write). Save it as "CSV UTF-8" and try again.',
    );
  }
  if (text.charCodeAt(0) === UTF8_BOM) text = text.slice(1);
  return { bytes, text };
}

/** 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return line;
}
