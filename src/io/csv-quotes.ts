/**
 * The first cell of one CSV record's text that holds a quote (") without
 * being quoted itself, e.g. `Jan "Bob" Peeters` or `5"`: papaparse takes
 * such a quote literally, while the writer may have meant it to quote the
 * cell. `index` is the cell's position in the record. A quoted cell, with
 * its quotes doubled inside, is fine.
 */
export function findStrayQuote(record: string, delimiter: string): { index: number; cell: string } | undefined {
  let index = 0;
  let position = 0;
  while (position <= record.length) {
    if (record[position] === '"') {
      // A quoted cell: skip to its closing quote; doubled quotes inside are part of it.
      position++;
      while (position < record.length && !(record[position] === '"' && record[position + 1] !== '"')) {
        position += record[position] === '"' ? 2 : 1;
      }
      position++;
    }
    let end = position;
    while (end < record.length && record[end] !== delimiter && record[end] !== '\n') end++;
    const rest = record.slice(position, end);
    if (rest.includes('"')) return { index, cell: record.slice(position, end) };
    if (end >= record.length || record[end] === '\n') return undefined;
    position = end + 1;
    index++;
  }
  return undefined;
}
