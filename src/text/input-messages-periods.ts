/** The words of the problems with the scenario's periods and days, in English and Dutch. */
import type { InputWording } from './input-message-kit.js';

/** The message ids of the periods' and days' problems. */
type PeriodFactId = 'date-invalid' | 'period-repeated' | 'period-undated' | 'period-ends-before' | 'period-overlap';

/** The English words of the periods' and days' problems. */
export const PERIOD_INPUT_EN: Pick<InputWording, PeriodFactId> = {
  'date-invalid': ({ text, problem }) =>
    `is "${text}", ${problem === 'day' ? 'which is not a day of the calendar' : 'which is not written YYYY-MM-DD'}. Write a real day as YYYY-MM-DD, e.g. 2022-04-30.`,
  'period-repeated': ({ period, first }) => `repeats the period id "${period}" of periods[${first}]; give each period its own id.`,
  'period-undated': ({ period }) =>
    `is "${period}" without dates, while other periods have them. Give every period its from and to (e.g. { id: ${period}, from: 2022-05-01, to: 2022-08-31 }), or none of them.`,
  'period-ends-before': ({ from, to }) => `is ${to}, before the period's from (${from}). A period ends on or after the day it starts.`,
  'period-overlap': ({ period, from, before, beforeTo }) =>
    `is ${from}, but ${before} runs until ${beforeTo}. List the periods in time order without overlap: ${period} must start after ${beforeTo}.`,
};

/** The Dutch words of the periods' and days' problems. */
export const PERIOD_INPUT_NL: Pick<InputWording, PeriodFactId> = {
  'date-invalid': ({ text, problem }) =>
    `is "${text}", ${problem === 'day' ? 'geen dag van de kalender' : 'niet geschreven als JJJJ-MM-DD'}. Schrijf een echte dag als JJJJ-MM-DD, bv. 2022-04-30.`,
  'period-repeated': ({ period, first }) => `herhaalt de periode "${period}" van periods[${first}]; geef elke periode een eigen id.`,
  'period-undated': ({ period }) =>
    `is "${period}" zonder data, terwijl andere periodes er wel hebben. Geef elke periode haar "from" en "to" (bv. { id: ${period}, from: 2022-05-01, to: 2022-08-31 }), of geen enkele.`,
  'period-ends-before': ({ from, to }) =>
    `is ${to}, vóór de "from" van de periode (${from}). Een periode eindigt op of na de dag waarop ze begint.`,
  'period-overlap': ({ period, from, before, beforeTo }) =>
    `is ${from}, maar ${before} loopt tot ${beforeTo}. Zet de periodes in volgorde van tijd, zonder overlapping: ${period} moet na ${beforeTo} beginnen.`,
};
