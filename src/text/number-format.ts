import type { Lang } from './lang.js';

const SEPARATORS: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  en: { group: ',', decimal: '.' },
  nl: { group: '.', decimal: ',' },
};

/**
 * Formats a number for people, independent of the machine's locale data (so
 * reports are byte-stable everywhere): rounded to `maxDecimals`, trailing
 * zeros dropped, thousands grouped.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  const { group, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** An amount in euro: whole euros without decimals, otherwise two decimals. */
export function formatEuro(value: number, lang: Lang): string {
  const text = Number.isInteger(value) ? formatNumber(value, lang, 0) : formatNumber(value, lang, 2).replace(/([.,]\d)$/, '$10');
  return `EUR ${text}`;
}

/** A distance in km with one decimal at most. */
export const formatKm = (value: number, lang: Lang): string => `${formatNumber(value, lang, 1)} km`;

/** Every number format of one language, for renderers that show many kinds of figures. */
export function formatters(lang: Lang) {
  const number = (value: number, digits = 2) => formatNumber(value, lang, digits);
  return {
    number,
    euro: (value: number) => formatEuro(value, lang),
    /** A share (0..1) as a percentage with one decimal: `66,7 %`. */
    percent: (share: number) => `${number(share * 100, 1)} %`,
    /** A change with its sign: `+3`, `-1,5`, `0`. */
    signed: (value: number, digits = 2) => (value > 0 ? `+${number(value, digits)}` : number(value, digits)),
    km: (value: number) => formatKm(value, lang),
  };
}
