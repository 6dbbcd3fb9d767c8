/** A language reports and explanations are written in. */
export type Lang = 'nl' | 'en';

/** Languages the reports support, the first is the default of explanation messages in result.json. */
export const LANGS: readonly Lang[] = ['en', 'nl'];

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
