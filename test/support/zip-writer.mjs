/**
 * A small zip writer for tests and fixtures: archives no spreadsheet program
 * would write, e.g. with a header that states another unpacked size than the
 * real one (a zip bomb's lie).
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((crc, byte) => CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/**
 * A zip archive of `entries` ([name, bytes] pairs), deflated; `declare(name)`
 * may state another unpacked size than the real one (a lying header).
 */
export function zipArchive(entries, declare = () => undefined) {
  const locals = [];
  const directory = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const packed = deflateRawSync(content, { level: 9 });
    const size = declare(name) ?? content.length;
    const nameBytes = Buffer.from(name);
    // Both headers hold the same fields from the compression method on: local ones at 8, central ones at 10.
    const header = (length, signature, fields) => {
      const bytes = Buffer.alloc(length);
      bytes.writeUInt32LE(signature, 0);
      bytes.writeUInt16LE(20, 4);
      bytes.writeUInt16LE(20, fields - 4);
      bytes.writeUInt16LE(8, fields);
      bytes.writeUInt32LE(crc32(content), fields + 6);
      bytes.writeUInt32LE(packed.length, fields + 10);
      bytes.writeUInt32LE(size, fields + 14);
      bytes.writeUInt16LE(nameBytes.length, fields + 18);
      return bytes;
    };
    const local = header(30, 0x04034b50, 8);
    const central = header(46, 0x02014b50, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
