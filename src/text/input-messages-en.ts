/** The English words of every input problem (see input-messages.ts). */
import type { NumberTrap, Quantity, TimeProblem } from '../io/input-facts.js';
import { BELGIUM } from '../io/municipalities-csv.js';
import { describeBytes, type InputWording, listIds, type RangeWords, rangeText } from './input-message-kit.js';
import { formatEuro } from './number-format.js';
import { WORKBOOK_EN } from './workbook-messages-en.js';
import { OUTPUT_EN } from './output-messages-en.js';
import { REPLAN_INPUT_EN } from './input-messages-replan.js';
import { PERIOD_INPUT_EN } from './input-messages-periods.js';

/** What to write in a cell of each kind of number. */
const HINT: Readonly<Record<Quantity, string>> = {
  cost: 'write EUR per trajectory, e.g. 16667',
  budget: 'write EUR, e.g. 250000',
  'max-trajectories': 'write a whole number, e.g. 2',
  'max-distance': 'write a distance in km, e.g. 60',
  lat: 'write the latitude in degrees, e.g. 51.05',
  lon: 'write the longitude in degrees, e.g. 3.72',
  population: 'write a whole number of inhabitants',
  priority: 'write a score of 0 or more, e.g. 87.5',
  indicator: 'write a number, e.g. 20.1',
  year: 'write the year of the round, e.g. 2021',
};

const NOUN: Readonly<Record<Quantity, string>> = {
  cost: 'a cost',
  budget: 'a budget',
  'max-trajectories': 'a number of trajectories',
  'max-distance': 'a distance',
  lat: 'a latitude',
  lon: 'a longitude',
  population: 'a population',
  priority: 'a priority',
  indicator: 'an indicator value',
  year: 'a year',
};

const TRAP: Readonly<Record<NumberTrap, string>> = {
  apostrophe: 'the leading apostrophe marks text in Excel; remove it',
  dash: 'it starts with a dash that is not a minus sign; type a plain "-" or leave it out',
  space: 'its digits are grouped with spaces; write them without spaces',
  hex: 'hexadecimal numbers are not read; write it in decimal digits',
  exponent: 'scientific notation (as Excel shows wide numbers) is not read; write the number in full',
  currency: 'write the amount without currency, e.g. 16667',
  percent: 'write the number without %, e.g. 20.1',
  comma: 'in a file separated by "," write a decimal point and no thousands separator, e.g. 16667.5',
  grouping: 'it mixes thousands commas and a decimal point; in a file separated by ";" write 16667,5 or 16.667,50',
  'sheet-text': 'the sheet holds it as text; format the cell as Number and type the number again',
};

const RANGE: RangeWords = {
  notPositive: (unit) => `must be more than 0${unit}`,
  negative: 'cannot be negative',
  notWhole: (year) => (year ? 'must be a whole year' : 'must be a whole number'),
  between: (min, max) => `must be between ${min} and ${max}`,
  atLeast: (min) => `must be at least ${min}`,
  yearFrom: (min) => `must be ${min} or later`,
  yearUntil: (max) => `must be ${max} or earlier`,
  tooLarge: (value, quantity, max, unit) =>
    `is ${value}, more than expertpool accepts for ${NOUN[quantity]} (at most ${max}${unit}); check it for a typo`,
  tooPrecise: (quantity, decimals) =>
    quantity === 'priority'
      ? `has more than ${decimals} decimals; priorities count to ${decimals} decimals, so round it`
      : quantity === 'max-distance'
        ? `has more than ${decimals} decimal; distances count to 0.1 km, so round it, e.g. 60.5`
        : `has more than ${decimals} decimals; amounts count to the cent, so round it, e.g. 16667.50`,
};

const TIME: Readonly<Record<TimeProblem, (cell: string) => string>> = {
  format: (cell) => `"${cell}" is not an ISO 8601 date-time; write e.g. 2021-10-04T09:30:00+02:00, or 2021-10-04 09:30 for Brussels time`,
  'day-month-year': (cell) =>
    `"${cell}" puts the day first; write the year first, e.g. 2021-10-04 09:30 (in Excel, format the column as yyyy-mm-dd hh:mm:ss)`,
  date: (cell) => `"${cell}" is not a date of the calendar (no such month or day); correct it`,
  time: (cell) => `"${cell}" is not a time of day (hours 0-23, minutes and seconds 0-59); correct it`,
  offset: (cell) => `"${cell}" has a UTC offset beyond 14 hours; correct it, e.g. +02:00`,
  'dst-gap': (cell) =>
    `"${cell}" does not exist in Brussels: clocks jumped from 02:00 to 03:00 that night for summer time. Correct it, or write the UTC offset, e.g. +01:00`,
  'dst-overlap': (cell) =>
    `"${cell}" happened twice in Brussels: clocks went back from 03:00 to 02:00 that night. Write the UTC offset to say which: +02:00 for the first, +01:00 for the second`,
  'sheet-number': (cell) => `"${cell}" is a number in the sheet, not a date; format the cell as a date and time (yyyy-mm-dd hh:mm:ss)`,
};

const raiseHint = (limit: string | undefined) =>
  limit === undefined
    ? 'Split the scenario or move data into the CSV files.'
    : `Fix the file, or raise limits.${limit} in the scenario if it really is this large.`;

const OUTSIDE_FOLDER_FIX =
  "Move the file into the scenario's folder (or a folder below it), or run with --allow-outside if you trust this scenario.";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Every input problem in English, by message id. */
export const INPUT_EN: InputWording = {
  ...WORKBOOK_EN,
  ...OUTPUT_EN,
  ...REPLAN_INPUT_EN,
  ...PERIOD_INPUT_EN,
  'file-unreadable': ({ path, code }) =>
    code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM'
      ? `cannot be read: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'no such file'} (${path}). Check the path; data paths are relative to the scenario file.`
      : `cannot be read: error ${code} (${path}). Point to a saved file that can be read.`,
  'file-is-folder': ({ path }) => `is a folder, not a file (${path}). Point to the file itself.`,
  'file-not-regular': ({ path }) => `is not a regular file (${path}): devices, pipes and sockets are not read. Point to a saved file.`,
  'file-not-utf8': ({ byte, latin1 }) =>
    latin1 === ''
      ? `is not valid UTF-8: byte ${byte} starts no character. Save it as "CSV UTF-8" and try again.`
      : `is not valid UTF-8: byte ${byte} is "${latin1}" in Windows-1252 (Latin-1), as older Excel versions write. Save it as "CSV UTF-8" and try again.`,
  'file-too-large': ({ size, maxBytes, limit }) =>
    `is ${describeBytes(size, 'en')}, over the ${describeBytes(maxBytes, 'en')} limit for this input. ${raiseHint(limit)}`,
  'csv-empty': ({ required }) => `is empty. It needs a header row with at least: ${required.join(', ')}.`,
  'csv-tabs': () =>
    'is separated by tabs; expertpool reads CSV separated by "," or ";". In Excel, save it as "CSV UTF-8 (comma delimited)".',
  'csv-separator-line': ({ separator }) =>
    `starts with "sep=${separator}", but expertpool reads CSV separated by "," or ";". In Excel, save it as "CSV UTF-8 (comma delimited)".`,
  'csv-unmatched-quote': () => 'has an unmatched quote ("). Close the quoted cell or remove the quote.',
  'csv-stray-quote': ({ cell }) =>
    `"${cell}" has a quote (") inside a cell that is not quoted, which may be text or a broken quote. Write the cell as "${cell.replaceAll('"', '""')}" (quoted, with each quote inside doubled), or remove the quote.`,
  'csv-too-many-rows': ({ maxRows }) => `has more than ${maxRows} data rows, the limit for one input file. ${raiseHint('maxRows')}`,
  'csv-cell-too-long': ({ length, maxLength }) =>
    `holds a cell of ${length} characters, over the limit of ${maxLength} (an unclosed quote often causes this). ${raiseHint('maxFieldLength')}`,
  'csv-control-character': ({ codePoint }) =>
    `holds the control character ${codePoint}, which no name or id needs; a terminal showing it could be made to act on it. Remove it (text converted twice from another encoding often causes this).`,
  'bidi-control': ({ codePoint }) =>
    `holds the bidirectional control character ${codePoint}, which reverses how the text after it reads in the reports (a name could show as another). Remove it; a name in any script needs no such character.`,
  'csv-row-too-wide': ({ cells, width, delimiter }) =>
    `has ${cells} cells but the header has ${width}. A "${delimiter}" inside a cell must be quoted.`,
  'csv-row-other-delimiter': ({ cells, width, delimiter, other }) =>
    `has ${plural(cells, 'cell')} but the header has ${width}: this row is separated by "${other}" while the header uses "${delimiter}". Use one delimiter in the whole file.`,
  'csv-duplicate-column': () => 'appears twice in the header. Remove or rename one of them.',
  'csv-missing-columns': ({ missing, found, required }) =>
    `required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')} missing; the header reads "${found}". The header must name at least: ${required.join(', ')}.`,
  'csv-unknown-column': ({ suggestion }) =>
    `is not a column expertpool reads. Did you mean "${suggestion}"? Rename the column (names are the English ones, in any case), or remove it.`,
  'csv-unnamed-column': ({ row, cell }) =>
    `has no name in the header, but row ${row} has "${cell}" under it. Name the column, or delete it.`,
  'csv-no-rows': ({ table }) =>
    ({
      experts: 'has a header but no experts. Add one row per expert offered in the round.',
      requests: 'has a header but no requests. Add one row per request of the round.',
      municipalities: 'has a header but no municipalities. Add one row per municipality.',
      history: 'has a header but no rows.',
    })[table],
  'csv-reserved-word': ({ cell }) => `"${cell}" is a reserved word (as are __proto__, constructor and prototype); rename it.`,
  'cell-empty': () => 'is empty; it needs a value',
  'cell-line-break': () => 'contains a line break (Alt+Enter in Excel); put the cell on one line',
  'cell-not-nis': ({ cell }) => `"${cell}" must be a 5-digit NIS code, e.g. 44021`,
  'cell-duplicate': ({ key, firstRow, column }) =>
    `"${key}" is a duplicate: row ${firstRow} has the same ${column}. Each ${column} must be unique.`,
  'list-empty': ({ list }) =>
    list === 'domains'
      ? 'is empty; list the expert\'s domains separated by "|", e.g. wonen|schuldhulp'
      : 'is empty; list the periods the expert is available, e.g. P1|P2',
  'list-separator': ({ cell, separator }) =>
    `"${cell}" separates its items with "${separator}"; separate them with "|", e.g. P1|P2 or wonen|schuldhulp`,
  'number-empty': ({ quantity }) => `is empty; ${HINT[quantity]}`,
  'number-invalid': ({ cell, quantity, trap }) => `"${cell}" is not a number; ${trap !== undefined ? TRAP[trap] : HINT[quantity]}`,
  'number-ambiguous': ({ cell, grouped, decimal }) =>
    decimal === undefined
      ? `"${cell}" groups thousands with dots, which a file separated by ";" may also use as decimal point. Write ${grouped} without separators.`
      : `"${cell}" reads two ways in a file separated by ";": as ${grouped} (the dot as thousands separator, as Excel in Belgium writes) or as ${decimal} (the dot as decimal point). Write ${grouped} without separators, or ${decimal.replace('.', ',')} with a decimal comma.`,
  'number-range': ({ quantity, value, problem }) => rangeText(RANGE, quantity, value, problem),
  'domain-level': ({ entry }) =>
    `"${entry}" is not a domain with an optional level 1-3, e.g. wonen:3 (1 practice, 2 proven practice, 3 recognised good practice).`,
  'unknown-municipality': ({ nis, role, table }) =>
    `"${nis}" is not in ${table.file}${table.sheet === undefined ? '' : ` (sheet ${table.sheet})`}. Add the ${role === 'supplier' ? 'supplier municipality' : 'municipality'} there or correct the NIS code.`,
  'unknown-period': ({ period, periods, suggestion }) =>
    `"${period}" is not a period of the round (${periods.join(', ')}).${suggestion !== undefined ? ` Periods are case-sensitive: write "${suggestion}".` : ''}`,
  'cost-missing': () =>
    'is empty and the scenario sets no defaults.cost. Fill in the cost per trajectory or set defaults.cost in the scenario.',
  'outside-belgium': ({ value, swapped }) =>
    `${value} is outside Belgium (Belgium lies between latitude ${BELGIUM.lat.min} and ${BELGIUM.lat.max} and longitude ${BELGIUM.lon.min} and ${BELGIUM.lon.max}); ${swapped ? 'lat and lon look swapped in this row' : 'write decimal degrees (WGS 84), e.g. 51.0543 and 3.7174 for Gent'}.`,
  'submitted-at': ({ cell, problem }) => TIME[problem](cell),
  'history-year': ({ year, roundYear }) =>
    `is ${year}, not earlier than this round (${roundYear}). history.csv lists earlier rounds only; put running trajectories in history.ongoing.`,
  'indicator-empty': ({ field }) =>
    `is empty in every row, but the scenario's priority rule uses it (${field}). Fill it in, or choose another indicator.`,
  'domain-not-offered': ({ domain, requests, more, suggestion }) =>
    `"${domain}" is requested by ${listIds(requests, more, 'and', (count) => `${count} more`)}, but no expert offers it.${
      suggestion !== undefined
        ? ` Did you mean "${suggestion}"?`
        : requests.length + more === 1
          ? ' The request stays unserved.'
          : ' The requests stay unserved.'
    }`,
  'budget-pays-nothing': ({ budget, cheapest, expert, suggestion }) =>
    `is ${formatEuro(budget, 'en')}, less than the cheapest trajectory (${formatEuro(cheapest, 'en')}, expert ${expert}), so it pays for nothing.${
      suggestion !== undefined
        ? ` Did you mean ${suggestion}? YAML reads 250.000 as 250: write amounts without thousands separators.`
        : ' Write the budget in EUR without thousands separators, e.g. 250000.'
    }`,
  'yaml-syntax': ({ detail }) => `is not valid YAML/JSON: ${detail}`,
  'yaml-too-deep': () => 'is not valid YAML/JSON: nests lists or mappings too deeply to be a scenario',
  'yaml-unreadable': ({ detail }) => `cannot be read: ${detail}`,
  'scenario-not-mapping': ({ document }) =>
    document === 'changes'
      ? 'must be a mapping of keys such as frozen, withdraw, cancel and budget (see schemas/changes.schema.json).'
      : 'must be a mapping of keys such as name, budget and data (see schemas/scenario.schema.json).',
  'scenario-forbidden-key': ({ key, document }) =>
    `is the key "${key}", which no ${document === 'changes' ? 'changes file' : document === 'result' ? 'result' : 'scenario'} uses and which would change how other keys are read; remove it.`,
  'scenario-control-character': ({ codePoint }) =>
    `holds the control character ${codePoint}; remove it (a terminal showing it could be made to act on it).`,
  'schema-mismatch': () => 'does not match the scenario schema.',
  'schema-unknown-key': ({ suggestion, known }) =>
    `is not a known key.${suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''} Known keys here: ${known.join(', ')}.`,
  'schema-required': () => 'is required but missing.',
  'schema-enum': ({ found, allowed }) => `is ${found}, but must be one of: ${allowed.join(', ')}.`,
  'schema-invalid': ({ keyword, limit, type, found, detail }) => {
    const plain: Partial<Record<string, string>> = {
      exclusiveMinimum: `must be more than ${limit}`,
      minimum: `must be at least ${limit}`,
      maximum: `must be at most ${limit}`,
      exclusiveMaximum: `must be less than ${limit}`,
      type: `must be ${type === 'integer' ? 'a whole number' : `of type ${type}`}`,
    };
    return `${plain[keyword] ?? (detail || 'is invalid')} (found ${found}).`;
  },
  'extends-cycle': ({ loop }) => `makes a cycle (${loop}). A scenario cannot extend itself, directly or through others.`,
  'extends-too-deep': ({ max }) => `chain is deeper than ${max} files; merge some of them.`,
  'extends-not-path': ({ found }) => `must be the path of another scenario file, relative to this one (found ${found}).`,
  'extends-missing': ({ parent, path }) => `names ${parent}, which does not exist (${path}). The path is relative to this scenario file.`,
  'path-outside': ({ written, folder, target, link }) =>
    `is "${written}", ${link ? 'a symbolic link that leads' : 'which leads'} outside the scenario's folder ${folder} (to ${target}). ${OUTSIDE_FOLDER_FIX}`,
  'unknown-name': ({ kind, name, suggestion, known }) =>
    `"${name}" is not ${kind === 'indicator' || kind === 'expert' ? 'an' : 'a'} ${kind} of the round.${suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''}${
      known !== undefined ? ` Known: ${known.join(', ')}.` : ''
    }`,
  'quota-min-above-max': ({ min, max }) => `min ${min} is above max ${max}.`,
  'exclude-needs-one': () => 'needs either "municipality" or "request" beside "expert", not both.',
  'history-file-missing': ({ servedBefore }) => `is missing: servedBefore "${servedBefore}" needs a history.csv of earlier rounds.`,
  'round-too-large': ({ arcs, bound, maxArcs, experts, requests, periods }) =>
    `gives the model ${bound === 'at-least' ? 'at least ' : bound === 'at-most' ? 'up to ' : ''}${arcs} possible trajectories (expert, request, period), over the ${maxArcs} one solve handles in memory (${plural(experts, 'expert')}, ${plural(requests, 'request')}, ${plural(periods, 'period')}). Split the round, e.g. by province or by domain, or raise limits.maxArcs if this machine has the memory (about 5 KB per trajectory).`,
  'rule-unknown-indicator': ({ indicator, known }) => `"${indicator}" is not an indicator of the round. Known: ${known.join(', ')}.`,
  'rule-missing-value': ({ request, field, missing }) =>
    `is empty for request ${request}, and ${field} needs a value for every request. Fill it in, or set ${missing} to "worst" (the least needy value; an empty priority counts as 0) or "median".`,
  'rule-missing-submitted-at': ({ request }) =>
    `request ${request} has no submitted_at, which the first-come rule needs for every request. Fill it in or choose another priority.rule.`,
  'vary-form': ({ text }) =>
    `"${text}" must look like KEY=FROM:TO:STEP or KEY=v1,v2,v3, with KEY a dotted scenario path such as budget or defaults.maxDistanceKm.`,
  'vary-range-parts': ({ body }) => `the range "${body}" must have three parts FROM:TO:STEP.`,
  'vary-range-numbers': ({ range }) => `the range "${range}" must be three plain numbers FROM:TO:STEP, e.g. budget=150000:400000:25000.`,
  'vary-step': ({ step }) => `the step must be positive (got ${step}).`,
  'vary-order': ({ from, to }) => `FROM must not exceed TO (got ${from} > ${to}).`,
  'vary-too-many': ({ count, max, list }) =>
    list
      ? `the list has ${count} values, over the limit of ${max}.`
      : `the range has ${count} points, over the limit of ${max}; use a larger step.`,
  'vary-no-points': ({ range }) =>
    `the range "${range}" gives no points; write FROM, TO and STEP as ordinary numbers, e.g. budget=150000:400000:25000.`,
  'vary-empty-item': ({ body }) => `the list "${body}" has an empty item.`,
  'vary-not-mapping': ({ found, rest }) => `is ${found}, not a mapping, so --vary cannot set ${rest} inside it.`,
};
