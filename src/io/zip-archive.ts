import { inflateRawSync } from 'node:zlib';

/** What is wrong with an archive, for the caller to word: broken, encrypted, or over a bound. */
export type ZipProblem =
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'too-many-entries'; readonly max: number }
  | { readonly kind: 'too-large'; readonly size: number; readonly maxBytes: number };

/** A problem found while reading an archive; readers turn it into an InputError naming their file. */
export class ZipArchiveError extends Error {
  override readonly name = 'ZipArchiveError';
  constructor(readonly problem: ZipProblem) {
    super(problem.kind === 'corrupt' ? `corrupt zip archive: ${problem.detail}` : `zip archive: ${problem.kind}`);
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

const corrupt = (detail: string) => new ZipArchiveError({ kind: 'corrupt', detail });

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
  throw corrupt('no central directory (the file is cut short or is not a zip archive)');
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
  if (count === 0xffff || directoryOffset === 0xffffffff) throw corrupt('ZIP64 archives are not read');
  if (count > bounds.maxEntries) throw new ZipArchiveError({ kind: 'too-many-entries', max: bounds.maxEntries });
  if (directoryOffset + directorySize > end) throw corrupt('the central directory lies outside the archive');
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw corrupt(`entry ${index + 1} of the directory is broken`);
    const flags = bytes.readUInt16LE(offset + 8);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const skip = nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (offset + 46 + skip > end) throw corrupt(`entry ${index + 1} of the directory is broken`);
    // Bit 11 marks UTF-8 names; the names of a workbook's parts are ASCII either way.
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    if (flags & 1) throw new ZipArchiveError({ kind: 'encrypted' });
    // Two entries of one name would let two readers see two different files.
    if (names.has(name.toLowerCase())) throw corrupt(`"${name}" is in the archive twice`);
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
  if (header + 30 > directoryStart || bytes.readUInt32LE(header) !== LOCAL_HEADER) throw corrupt(`"${entry.name}" has no local header`);
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (start + entry.packedSize > directoryStart) throw corrupt(`"${entry.name}" runs past the end of the archive`);
  const packed = bytes.subarray(start, start + entry.packedSize);
  let content: Buffer;
  if (entry.method === STORED) {
    content = packed;
  } else if (entry.method === DEFLATED) {
    try {
      content = inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      throw corrupt(`"${entry.name}" cannot be unpacked, or unpacks to more than the ${entry.size} bytes its header declares`);
    }
  } else {
    throw corrupt(`"${entry.name}" uses compression method ${entry.method}, which is not read`);
  }
  if (content.length !== entry.size) throw corrupt(`"${entry.name}" unpacks to ${content.length} bytes, not the ${entry.size} it declares`);
  if (crc32(content) !== entry.crc) throw corrupt(`"${entry.name}" fails its checksum`);
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
  if (bytes.length < 22) throw corrupt('the file is too short to be a zip archive');
  const entries = readDirectory(bytes, bounds).filter((entry) => !entry.name.endsWith('/') && bounds.wanted(entry.name));
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > bounds.maxTotalBytes) throw new ZipArchiveError({ kind: 'too-large', size: total, maxBytes: bounds.maxTotalBytes });
  const directoryStart = bytes.readUInt32LE(findEndOfDirectory(bytes) + 16);
  return new Map(entries.map((entry) => [entry.name, unpack(bytes, entry, directoryStart)]));
}
