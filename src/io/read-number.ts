import type { NumberTrap } from './input-facts.js';

/** What a cell reads as: a number, a form that reads two ways, or not a number (with the habit that likely caused it). */
export type NumberReading =
  | { readonly value: number }
  | { readonly ambiguous: { readonly grouped: string; readonly decimal?: string } }
  | { readonly invalid: true; readonly trap?: NumberTrap };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)$/;
/** `16.667,50` in a `;` file: dots group thousands, the comma is the decimal sign. */
const GROUPED_WITH_DECIMALS = /^[-+]?\d{1,3}(\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
/** `17.250` in a `;` file: 17250 with a thousands dot, or 17.25 with a decimal point. A leading 0 (`0.250`) never groups. */
const DOT_THOUSANDS = /^[-+]?[1-9]\d{0,2}(\.\d{3})+$/;

/** The spreadsheet habit behind a cell that is not a number, to say how to write it. */
function trapOf(text: string, delimiter: ',' | ';'): NumberTrap | undefined {
  if (text.startsWith("'")) return 'apostrophe';
  if (/^[\u2012-\u2015\u2212]/.test(text)) return 'dash';
  if (/\d[\s\u00a0\u2007\u202f]+\d/.test(text)) return 'space';
  if (/^[-+]?0x[0-9a-f]+$/i.test(text)) return 'hex';
  if (/^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(text) || /^[-+]?\d+,\d*e[-+]?\d+$/i.test(text)) return 'exponent';
  if (/€|\beur\b/i.test(text)) return 'currency';
  if (/%$/.test(text)) return 'percent';
  if (delimiter === ',' && /^[-+]?[\d.]*,[\d.,]*$/.test(text)) return 'comma';
  if (delimiter === ';' && /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) return 'grouping';
  return undefined;
}

/**
 * Reads a number as people write it: `16667.5` everywhere, and in `;` files
 * also the decimal comma and dot thousands of Belgian Excel (`16667,5`,
 * `16.667,50`). In a `;` file, `17.250` or `12.345.678` without a decimal
 * comma reads two ways (thousands dots or a decimal point; with two dots a
 * program reading the dot as decimal point stops at the second) and is
 * returned as ambiguous rather than guessed. Anything else that is not a finite
 * number is invalid, with the spreadsheet habit that likely produced it.
 */
export function readNumber(cell: string, delimiter: ',' | ';'): NumberReading {
  let text = cell.trim();
  if (delimiter === ';') {
    if (DOT_THOUSANDS.test(text)) {
      // With two dots or more there is no decimal reading, but the dots still say "thousands" only in Belgian Excel.
      const decimal = Number(text);
      return { ambiguous: { grouped: text.replace(/\./g, ''), ...(Number.isNaN(decimal) ? {} : { decimal: String(decimal) }) } };
    }
    if (GROUPED_WITH_DECIMALS.test(text)) text = text.replace(/\./g, '');
    if (DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
  }
  if (!PLAIN.test(text)) {
    const trap = trapOf(cell.trim(), delimiter);
    return trap === undefined ? { invalid: true } : { invalid: true, trap };
  }
  const value = Number(text);
  return Number.isFinite(value) ? { value } : { invalid: true };
}
