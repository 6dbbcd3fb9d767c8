import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from './input-error.js';
import { assertFileSize, DEFAULT_LIMITS, type InputLimits } from './limits.js';

const UTF8_BOM = 0xfeff;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An input file's text (BOM removed) and the raw bytes, for hashing. */
export interface TextFile {
  readonly bytes: Buffer;
  readonly text: string;
}

/** The most bytes to read and the scenario limit that sets it (none for the scenario file itself). */
export interface ReadBound {
  readonly maxBytes: number;
  readonly key?: keyof InputLimits;
}

/**
 * Reads a UTF-8 text file. `label` is how messages name the file. Missing
 * files, folders, devices and pipes, files over `bound` and bytes that are not
 * UTF-8 are input errors. The size is checked on the opened file and the read
 * stops at the bound, so a file that grows meanwhile cannot exhaust memory.
 */
export function readTextFile(
  path: string,
  label: string,
  bound: ReadBound = { maxBytes: DEFAULT_LIMITS.maxFileBytes, key: 'maxFileBytes' },
): TextFile {
  // Checked before opening too: opening a named pipe would block until someone writes to it.
  assertRegularFile(path, label, () => statSync(path));
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, label, error);
  }
  let bytes: Buffer;
  try {
    const stat = assertRegularFile(path, label, () => fstatSync(descriptor));
    assertFileSize(label, stat.size, bound.maxBytes, bound.key);
    bytes = readAtMost(descriptor, bound.maxBytes + 1);
    assertFileSize(label, bytes.length, bound.maxBytes, bound.key);
  } finally {
    closeSync(descriptor);
  }
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

function unreadable(path: string, label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `error ${code ?? 'unknown'}`;
  return new InputError(
    { file: label },
    `cannot be read: ${reason} (${path}). Check the path; data paths are relative to the scenario file.`,
  );
}

/** The file's stat, if it is a regular file; folders, devices, pipes and sockets are input errors. */
function assertRegularFile(path: string, label: string, stat: () => Stats): Stats {
  let stats: Stats;
  try {
    stats = stat();
  } catch (error) {
    throw unreadable(path, label, error);
  }
  if (stats.isDirectory()) {
    throw new InputError({ file: label }, `is a folder, not a file (${path}). Point to the file itself.`);
  }
  if (!stats.isFile()) {
    throw new InputError(
      { file: label },
      `is not a regular file (${path}): devices, pipes and sockets are not read. Point to a saved file.`,
    );
  }
  return stats;
}

/** Reads from an open file until its end or `limit` bytes, whichever comes first. */
function readAtMost(descriptor: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
    const read = readSync(descriptor, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
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
