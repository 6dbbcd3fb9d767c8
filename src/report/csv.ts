import Papa from 'papaparse';
import type { AllocationResult } from '../analysis/result.js';

/** Standard CSV: `,`, `.` decimals, `\n` line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\n' })}\n`;
}

/** assignments.csv: one trajectory a row, in period then expert order. */
export function assignmentsCsv(result: AllocationResult): string {
  return toCsv(
    ['expert', 'request', 'period', 'supplier', 'municipality', 'domain', 'cost', 'distance_km', 'priority'],
    result.assignments.map((a) => [a.expert, a.request, a.period, a.supplier, a.municipality, a.domain, a.cost, a.distanceKm, a.priority]),
  );
}

/** unserved.csv: one unserved request a row with its first reason. */
export function unservedCsv(result: AllocationResult): string {
  return toCsv(
    ['request', 'municipality', 'domain', 'priority', 'reason', 'message'],
    result.unserved.map((u) => [u.request, u.municipality, u.domain, u.priority, u.reasons[0]?.code ?? '', u.reasons[0]?.message ?? '']),
  );
}
