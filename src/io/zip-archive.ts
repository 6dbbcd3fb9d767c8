import { inflateRawSync } from 'node:zlib';
import { echoText } from './echo.js';

/** How an archive is broken; `name` is an entry's name as the archive gives it, cut short (echo.ts). */
export type ZipDamage =
  | { readonly what: 'too-short' | 'no-directory' | 'zip64' | 'directory-outside' }
  | { readonly what: 'entry-broken'; readonly entry: number }
  | { readonly what: 'name-twice' | 'no-local-header' | 'past-end' | 'checksum'; readonly name: string }
  | { readonly what: 'cannot-unpack'; readonly name: string; readonly declared: number }
  | { readonly what: 'method'; readonly name: string; readonly method: number }
  | { readonly what: 'size'; readonly name: string; readonly size: number; readonly declared: number };

/** What is wrong with an archive, for the caller to word: broken, encrypted, or over a bound. */
export type ZipProblem =
  | { readonly kind: 'corrupt'; readonly damage: ZipDamage }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'too-many-entries'; readonly max: number }
  | { readonly kind: 'too-large'; readonly size: number; readonly maxBytes: number };

/** A problem found while reading an archive; readers turn it into an InputError naming their file. */
export class ZipArchiveError extends Error {
  override readonly name = 'ZipArchiveError';
  constructor(readonly problem: ZipProblem) {
    super(problem.kind === 'corrupt' ? `corrupt zip archive: ${problem.damage.what}` : `zip archive: ${problem.kind}`);
  }
}

/** How much of an archive is unpacked at most, decided before anything is inflated. */
export interface ZipBounds {
  /** Most entries the central directory may list. */
  readonly maxEntries: number;
  /** Most bytes all unpacked entries together may hold. */
  readonly maxTotalBytes: number;
  /** Which entries to unpack; the others are listed but never inflated. */
  readonly wanted: (name: string) => boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const corrupt = (damage: ZipDamage) => new ZipArchiveError({ kind: 'corrupt', damage });

/** The table of the CRC-32 that zip archives use (polynomial 0xEDB88320). */
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The end-of-central-directory record: searched from the end, past a comment of up to 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  const last = bytes.length - 22;
  for (let offset = last; offset >= Math.max(0, last - 0xffff); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw corrupt({ what: 'no-directory' });
}

/** One entry of the central directory. */
interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly packedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Reads the central directory, checking every offset against the archive's length. */
function readDirectory(bytes: Buffer, bounds: ZipBounds): DirectoryEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw corrupt({ what: 'zip64' });
  if (count > bounds.maxEntries) throw new ZipArchiveError({ kind: 'too-many-entries', max: bounds.maxEntries });
  if (directoryOffset + directorySize > end) throw corrupt({ what: 'directory-outside' });
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw corrupt({ what: 'entry-broken', entry: index + 1 });
    const flags = bytes.readUInt16LE(offset + 8);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const skip = nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (offset + 46 + skip > end) throw corrupt({ what: 'entry-broken', entry: index + 1 });
    // Bit 11 marks UTF-8 names; the names of a workbook's parts are ASCII either way.
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    if (flags & 1) throw new ZipArchiveError({ kind: 'encrypted' });
    // Two entries of one name would let two readers see two different files.
    if (names.has(name.toLowerCase())) throw corrupt({ what: 'name-twice', name: echoText(name) });
    names.add(name.toLowerCase());
    entries.push({
      name,
      method: bytes.readUInt16LE(offset + 10),
      crc: bytes.readUInt32LE(offset + 16),
      packedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + skip;
  }
  return entries;
}

/** Unpacks one entry; inflating stops at the size its header declares, so a lying header cannot unpack more. */
function unpack(bytes: Buffer, entry: DirectoryEntry, directoryStart: number): Buffer {
  const header = entry.localOffset;
  if (header + 30 > directoryStart || bytes.readUInt32LE(header) !== LOCAL_HEADER)
    throw corrupt({ what: 'no-local-header', name: echoText(entry.name) });
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (start + entry.packedSize > directoryStart) throw corrupt({ what: 'past-end', name: echoText(entry.name) });
  const packed = bytes.subarray(start, start + entry.packedSize);
  let content: Buffer;
  if (entry.method === STORED) {
    content = packed;
  } else if (entry.method === DEFLATED) {
    try {
      content = inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      throw corrupt({ what: 'cannot-unpack', name: echoText(entry.name), declared: entry.size });
    }
  } else {
    throw corrupt({ what: 'method', name: echoText(entry.name), method: entry.method });
  }
  if (content.length !== entry.size)
    throw corrupt({ what: 'size', name: echoText(entry.name), size: content.length, declared: entry.size });
  if (crc32(content) !== entry.crc) throw corrupt({ what: 'checksum', name: echoText(entry.name) });
  return content;
}

/**
 * The entries of a zip archive that `bounds.wanted` asks for, unpacked, by
 * name. The central directory is read first and every bound is checked on
 * what it declares before any entry is inflated; each entry then inflates
 * to at most its declared size. Encrypted entries, ZIP64, unknown
 * compression, truncated data and bad checksums are refused.
 */
export function readZipEntries(bytes: Buffer, bounds: ZipBounds): Map<string, Buffer> {
  if (bytes.length < 22) throw corrupt({ what: 'too-short' });
  const entries = readDirectory(bytes, bounds).filter((entry) => !entry.name.endsWith('/') && bounds.wanted(entry.name));
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > bounds.maxTotalBytes) throw new ZipArchiveError({ kind: 'too-large', size: total, maxBytes: bounds.maxTotalBytes });
  const directoryStart = bytes.readUInt32LE(findEndOfDirectory(bytes) + 16);
  return new Map(entries.map((entry) => [entry.name, unpack(bytes, entry, directoryStart)]));
}
