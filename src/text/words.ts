/**
 * Every word of every output, in one table per language: the English words
 * in en/, the Dutch in nl/, each split by topic. Analysis returns facts; the
 * renderers in text/ and report/ take their words from here alone.
 */
import type { DiagnosisWords } from './diagnosis-words.js';
import { DIAGNOSIS as DIAGNOSIS_EN } from './en/diagnosis.js';
import { EXPLAIN as EXPLAIN_EN } from './en/explain.js';
import { REPLAN as REPLAN_EN } from './en/replan.js';
import { REPORT as REPORT_EN } from './en/report.js';
import { VALIDATE as VALIDATE_EN } from './en/validate.js';
import { WHAT_IF as WHAT_IF_EN } from './en/what-if.js';
import type { ExplainWords } from './explain-words.js';
import type { Lang } from './lang.js';
import { DIAGNOSIS as DIAGNOSIS_NL } from './nl/diagnosis.js';
import { EXPLAIN as EXPLAIN_NL } from './nl/explain.js';
import { REPLAN as REPLAN_NL } from './nl/replan.js';
import { REPORT as REPORT_NL } from './nl/report.js';
import { VALIDATE as VALIDATE_NL } from './nl/validate.js';
import { WHAT_IF as WHAT_IF_NL } from './nl/what-if.js';
import type { ReplanWords } from './replan-words.js';
import type { ReportWords } from './report-words.js';
import type { ValidateWords } from './validate-words.js';
import type { WhatIfWords } from './what-if-words.js';

/** All the words of one language, by topic. */
export interface Words {
  readonly report: ReportWords;
  readonly explain: ExplainWords;
  readonly whatIf: WhatIfWords;
  readonly diagnosis: DiagnosisWords;
  readonly validate: ValidateWords;
  readonly replan: ReplanWords;
}

/** The words of each language. */
export const WORDS: Readonly<Record<Lang, Words>> = {
  en: { report: REPORT_EN, explain: EXPLAIN_EN, whatIf: WHAT_IF_EN, diagnosis: DIAGNOSIS_EN, validate: VALIDATE_EN, replan: REPLAN_EN },
  nl: { report: REPORT_NL, explain: EXPLAIN_NL, whatIf: WHAT_IF_NL, diagnosis: DIAGNOSIS_NL, validate: VALIDATE_NL, replan: REPLAN_NL },
};
