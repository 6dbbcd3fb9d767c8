import { InputError } from './input-error.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * The UTF-16 byte order of a file: from its BOM, or, without one, from the
 * zero bytes that UTF-16 puts beside every ASCII character (Excel's
 * "Unicode text" and some exports write it). Undefined for anything else.
 */
function utf16Order(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++;
    if (sample[index + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes an input file: UTF-8 with or without BOM, or UTF-16 in either byte
 * order with or without BOM; the BOM is removed. Anything else is an input
 * error naming the line and the first byte that is not UTF-8, with the
 * character it is in Windows-1252 (Latin-1), as older Excel versions write:
 * the file is then surely in that encoding.
 */
export function decodeText(bytes: Buffer, label: string): string {
  const order = utf16Order(bytes);
  let text: string;
  try {
    text = order !== undefined ? new TextDecoder(order, { fatal: true }).decode(bytes) : strictUtf8.decode(bytes);
  } catch {
    throw notText(bytes, label);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function notText(bytes: Buffer, label: string): InputError {
  const { line, offset } = firstBadByte(bytes);
  const byte = bytes[offset] ?? 0;
  return new InputError(
    { file: label, line },
    {
      id: 'file-not-utf8',
      byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
      latin1: windows1252.decode(bytes.subarray(offset, offset + 1)),
    },
  );
}

/** The 1-based line and the offset of the first byte that does not start or continue a UTF-8 character. */
function firstBadByte(bytes: Buffer): { line: number; offset: number } {
  let line = 1;
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!decodes(bytes.subarray(start, end))) return { line, offset: start + firstBadOffset(bytes.subarray(start, end)) };
    line++;
    start = end + 1;
  }
  return { line, offset: Math.max(0, bytes.length - 1) };
}

const decodes = (bytes: Uint8Array) => {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Within one line that is not UTF-8: the offset of the first byte that cannot start a valid character there. */
function firstBadOffset(line: Buffer): number {
  let offset = 0;
  while (offset < line.length) {
    const byte = line[offset]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || !decodes(line.subarray(offset, offset + length))) return offset;
    offset += length;
  }
  return Math.max(0, line.length - 1);
}
