import { describe, expect, it } from 'vitest';
import type { ZipDamage } from '../../src/io/zip-archive.js';
import { problemText } from '../../src/text/input-messages.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';

// Every way a workbook's archive can be broken, as the zip reader states it.
const DAMAGE: readonly ZipDamage[] = [
  { what: 'too-short' },
  { what: 'no-directory' },
  { what: 'zip64' },
  { what: 'directory-outside' },
  { what: 'entry-broken', entry: 3 },
  { what: 'name-twice', name: 'xl/workbook.xml' },
  { what: 'no-local-header', name: 'xl/workbook.xml' },
  { what: 'past-end', name: 'xl/workbook.xml' },
  { what: 'checksum', name: 'xl/workbook.xml' },
  { what: 'cannot-unpack', name: 'xl/worksheets/sheet1.xml', declared: 100 },
  { what: 'method', name: 'xl/workbook.xml', method: 12 },
  { what: 'size', name: 'xl/workbook.xml', size: 90, declared: 100 },
];

describe('a damaged workbook', () => {
  it.each(DAMAGE)('is worded in English and Dutch: %o', (damage) => {
    const english = problemText({ id: 'workbook-damaged', damage }, 'en');
    const dutch = problemText({ id: 'workbook-damaged', damage }, 'nl');
    expect(english).toMatch(/^cannot be read as an \.xlsx workbook: .+\. Open it in a spreadsheet program/);
    expect(dutch).toMatch(/^kan niet gelezen worden als \.xlsx-werkmap: .+\. Open het in een rekenbladprogramma/);
    expectNoEnglish(dutch, damage.what);
  });

  it('says what the zip reader found, as before', () => {
    expect(problemText({ id: 'workbook-damaged', damage: { what: 'cannot-unpack', name: 'a.xml', declared: 100 } }, 'en')).toBe(
      'cannot be read as an .xlsx workbook: "a.xml" cannot be unpacked, or unpacks to more than the 100 bytes its header declares. ' +
        'Open it in a spreadsheet program, save it again as .xlsx and try again.',
    );
  });
});
