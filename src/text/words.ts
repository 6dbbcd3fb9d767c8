/**
 * Every word of every output, in one table per language: the English words
 * in en/, the Dutch in nl/, each split by topic. Analysis returns facts; the
 * renderers in text/ and report/ take their words from here alone.
 */
import type { CliWords } from './cli-words.js';
import type { DiagnosisWords } from './diagnosis-words.js';
import { CLI as CLI_EN } from './en/cli.js';
import { CLI as CLI_NL } from './nl/cli.js';
import { CALENDAR as CALENDAR_EN, LETTERS as LETTERS_EN } from './en/letters.js';
import { MAP as MAP_EN } from './en/map.js';
import { SUMMARY as SUMMARY_EN } from './en/summary.js';
import type { CalendarWords, LetterWords, SummaryWords } from './letter-words.js';
import type { MapWords } from './map-words.js';
import { CALENDAR as CALENDAR_NL, LETTERS as LETTERS_NL } from './nl/letters.js';
import { MAP as MAP_NL } from './nl/map.js';
import { SUMMARY as SUMMARY_NL } from './nl/summary.js';
import { DIAGNOSIS as DIAGNOSIS_EN } from './en/diagnosis.js';
import { EXPLAIN as EXPLAIN_EN } from './en/explain.js';
import { INIT as INIT_EN } from './en/init.js';
import { REPLAN as REPLAN_EN } from './en/replan.js';
import { REPORT as REPORT_EN } from './en/report.js';
import { VALIDATE as VALIDATE_EN } from './en/validate.js';
import { WHAT_IF as WHAT_IF_EN } from './en/what-if.js';
import { WORKBOOK as WORKBOOK_EN } from './en/workbook.js';
import type { ExplainWords } from './explain-words.js';
import type { InitWords } from './init-words.js';
import type { Lang } from './lang.js';
import { DIAGNOSIS as DIAGNOSIS_NL } from './nl/diagnosis.js';
import { EXPLAIN as EXPLAIN_NL } from './nl/explain.js';
import { INIT as INIT_NL } from './nl/init.js';
import { REPORT as REPORT_NL } from './nl/report.js';
import { VALIDATE as VALIDATE_NL } from './nl/validate.js';
import { WHAT_IF as WHAT_IF_NL } from './nl/what-if.js';
import { WORKBOOK as WORKBOOK_NL } from './nl/workbook.js';
import { REPLAN as REPLAN_NL } from './nl/replan.js';
import type { ReplanWords } from './replan-words.js';
import type { ReportWords } from './report-words.js';
import type { ValidateWords } from './validate-words.js';
import type { WhatIfWords } from './what-if-words.js';
import type { WorkbookWords } from './workbook-words.js';

/** All the words of one language, by topic. */
export interface Words {
  readonly report: ReportWords;
  readonly explain: ExplainWords;
  readonly whatIf: WhatIfWords;
  readonly diagnosis: DiagnosisWords;
  readonly validate: ValidateWords;
  readonly calendar: CalendarWords;
  readonly letters: LetterWords;
  readonly summary: SummaryWords;
  readonly map: MapWords;
  readonly workbook: WorkbookWords;
  readonly init: InitWords;
  readonly replan: ReplanWords;
  readonly cli: CliWords;
}

/** The words of each language. */
export const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    report: REPORT_EN,
    explain: EXPLAIN_EN,
    whatIf: WHAT_IF_EN,
    diagnosis: DIAGNOSIS_EN,
    validate: VALIDATE_EN,
    calendar: CALENDAR_EN,
    letters: LETTERS_EN,
    summary: SUMMARY_EN,
    map: MAP_EN,
    workbook: WORKBOOK_EN,
    init: INIT_EN,
    replan: REPLAN_EN,
    cli: CLI_EN,
  },
  nl: {
    report: REPORT_NL,
    explain: EXPLAIN_NL,
    whatIf: WHAT_IF_NL,
    diagnosis: DIAGNOSIS_NL,
    validate: VALIDATE_NL,
    calendar: CALENDAR_NL,
    letters: LETTERS_NL,
    summary: SUMMARY_NL,
    map: MAP_NL,
    workbook: WORKBOOK_NL,
    init: INIT_NL,
    replan: REPLAN_NL,
    cli: CLI_NL,
  },
};
