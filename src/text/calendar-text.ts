import type { PeriodDates } from '../domain/types.js';
import { periodCalendar } from '../result/period-calendar.js';
import type { AllocationResult } from '../result/result.js';
import type { Lang } from './lang.js';
import { WORDS } from './words.js';

/** An ISO date's parts, read from its text alone, so no time zone can shift the day. */
function parts(iso: string): { year: string; month: number; day: number } {
  const [year = '', month = '1', day = '1'] = iso.split('-');
  return { year, month: Number(month), day: Number(day) };
}

const monthName = (month: number, lang: Lang) => WORDS[lang].calendar.months[month - 1] ?? String(month);

/** A day in words: "1 maart 2022", "1 March 2022". */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = parts(iso);
  return WORDS[lang].calendar.date(day, monthName(month, lang), year);
}

/** The last day of an ISO date's month. */
const lastDayOfMonth = (iso: string) => {
  const { year, month } = parts(iso);
  return new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
};

/**
 * A span of days in words: whole months as months ("januari-april 2022",
 * "december 2022-maart 2023", "mei 2022"), other spans by their days
 * ("15 januari-14 mei 2022").
 */
export function formatSpan(span: Pick<PeriodDates, 'from' | 'to'>, lang: Lang): string {
  const from = parts(span.from);
  const to = parts(span.to);
  const wholeMonths = from.day === 1 && to.day === lastDayOfMonth(span.to);
  if (wholeMonths) {
    if (from.year !== to.year) return `${monthName(from.month, lang)} ${from.year}-${monthName(to.month, lang)} ${to.year}`;
    if (from.month === to.month) return `${monthName(from.month, lang)} ${from.year}`;
    return `${monthName(from.month, lang)}-${monthName(to.month, lang)} ${to.year}`;
  }
  if (from.year !== to.year) return `${formatDate(span.from, lang)}-${formatDate(span.to, lang)}`;
  return `${from.day} ${monthName(from.month, lang)}-${formatDate(span.to, lang)}`;
}

/** Names the periods of a result with their months where known: "P2 (mei-augustus 2022)", else "P2". */
export function periodNamer(result: Pick<AllocationResult, 'round' | 'scenario'>, lang: Lang): (period: string) => string {
  const calendar = periodCalendar(result);
  return (period) => {
    const span = calendar.get(period);
    return span ? WORDS[lang].calendar.period(period, formatSpan(span, lang)) : period;
  };
}
