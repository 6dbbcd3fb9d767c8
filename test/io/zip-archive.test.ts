import { describe, expect, it } from 'vitest';
import { readZipEntries, ZipArchiveError, type ZipBounds } from '../../src/io/zip-archive.js';
import { zipArchive } from '../support/zip-writer.mjs';

const ALL: ZipBounds = { maxEntries: 100, maxTotalBytes: 1_000_000, wanted: () => true };

/** The problem an archive is refused with. */
function problemOf(bytes: Buffer, bounds: ZipBounds = ALL) {
  try {
    readZipEntries(bytes, bounds);
  } catch (error) {
    if (error instanceof ZipArchiveError) return error.problem;
    throw error;
  }
  throw new Error('the archive was read');
}

const text = (value: string) => Buffer.from(value);

describe('reading a zip archive within bounds', () => {
  it('unpacks the entries asked for and leaves the others packed', () => {
    const archive = zipArchive([
      ['a.xml', text('<a/>')],
      ['media/b.png', Buffer.alloc(5000, 7)],
    ]);
    const entries = readZipEntries(archive, { ...ALL, wanted: (name) => name.endsWith('.xml') });
    expect([...entries].map(([name, content]) => [name, content.toString()])).toEqual([['a.xml', '<a/>']]);
  });

  it('refuses an entry that unpacks to more than its header declares, without unpacking the rest of it', () => {
    const archive = zipArchive([['sheet.xml', Buffer.alloc(10_000_000, 0x20)]], () => 100);
    expect(problemOf(archive)).toEqual({ kind: 'corrupt', damage: { what: 'cannot-unpack', name: 'sheet.xml', declared: 100 } });
  });

  it('refuses by the declared sizes before unpacking anything, and counts only the entries asked for', () => {
    const archive = zipArchive([
      ['a.xml', Buffer.alloc(600_000, 0x20)],
      ['b.xml', Buffer.alloc(600_000, 0x20)],
    ]);
    expect(problemOf(archive)).toEqual({ kind: 'too-large', size: 1_200_000, maxBytes: 1_000_000 });
    expect(readZipEntries(archive, { ...ALL, wanted: (name) => name === 'a.xml' }).size).toBe(1);
  });

  it('refuses more entries than the bound, from the directory alone', () => {
    const archive = zipArchive(Array.from({ length: 101 }, (_, index) => [`${index}.xml`, text('x')] as const));
    expect(problemOf(archive)).toEqual({ kind: 'too-many-entries', max: 100 });
  });

  it('refuses a cut-off archive, a bad checksum, an encrypted entry and a name listed twice', () => {
    const archive = zipArchive([['a.xml', text('<a>hello</a>')]]);
    expect(problemOf(archive.subarray(0, archive.length - 10)).kind).toBe('corrupt');
    const flipped = Buffer.from(archive);
    const central = flipped.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    flipped.writeUInt32LE((flipped.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    expect(problemOf(flipped)).toEqual({ kind: 'corrupt', damage: { what: 'checksum', name: 'a.xml' } });
    const encrypted = Buffer.from(archive);
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(problemOf(encrypted)).toEqual({ kind: 'encrypted' });
    expect(
      problemOf(
        zipArchive([
          ['a.xml', text('1')],
          ['A.xml', text('2')],
        ]),
      ),
    ).toEqual({ kind: 'corrupt', damage: { what: 'name-twice', name: 'A.xml' } });
  });

  it('refuses bytes that are not a zip archive at all', () => {
    expect(problemOf(text('id,name\nX001,Lien\n'.repeat(3))).kind).toBe('corrupt');
  });
});
