import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeText } from './decode-text.js';
import { InputError } from './input-error.js';
import { assertFileSize, DEFAULT_LIMITS, type InputLimits } from './limits.js';

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
 * Reads a text file: UTF-8 (with or without BOM) or UTF-16 (see
 * decode-text.ts). `label` is how messages name the file; see readInputBytes
 * for what is refused. Bytes that are not text are input errors too.
 */
export function readTextFile(
  path: string,
  label: string,
  bound: ReadBound = { maxBytes: DEFAULT_LIMITS.maxFileBytes, key: 'maxFileBytes' },
): TextFile {
  const bytes = readInputBytes(path, label, bound);
  return { bytes, text: decodeText(bytes, label) };
}

/**
 * Reads an input file's bytes. Missing files, folders, devices and pipes,
 * files over `bound` and read errors (a failing disk, `/proc/self/mem`) are
 * input errors. The size is checked on the opened file and the read stops at
 * the bound, so a file that grows meanwhile cannot exhaust memory.
 */
export function readInputBytes(path: string, label: string, bound: ReadBound): Buffer {
  // Checked before opening too: opening a named pipe would block until someone writes to it.
  assertRegularFile(path, label, () => statSync(path));
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, label, error);
  }
  try {
    const stat = assertRegularFile(path, label, () => fstatSync(descriptor));
    assertFileSize(label, stat.size, bound.maxBytes, bound.key);
    const bytes = readAtMost(descriptor, bound.maxBytes + 1, path, label);
    assertFileSize(label, bytes.length, bound.maxBytes, bound.key);
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}

/** An input error for a file that cannot be opened or read; the error code (ENOENT, EACCES, EIO...) says why. */
function unreadable(path: string, label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  return new InputError({ file: label }, { id: 'file-unreadable', path, code });
}

/** The file's stat, if it is a regular file; folders, devices, pipes and sockets are input errors. */
function assertRegularFile(path: string, label: string, stat: () => Stats): Stats {
  let stats: Stats;
  try {
    stats = stat();
  } catch (error) {
    throw unreadable(path, label, error);
  }
  if (stats.isDirectory()) throw new InputError({ file: label }, { id: 'file-is-folder', path });
  if (!stats.isFile()) throw new InputError({ file: label }, { id: 'file-not-regular', path });
  return stats;
}

/** Reads from an open file until its end or `limit` bytes, whichever comes first; a read error is an input error. */
function readAtMost(descriptor: number, limit: number, path: string, label: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
    let read: number;
    try {
      read = readSync(descriptor, chunk, 0, chunk.length, null);
    } catch (error) {
      throw unreadable(path, label, error);
    }
    if (read === 0) break;
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}
