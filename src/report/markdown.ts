import type { AllocationResult } from '../analysis/result.js';
import { indexBy } from '../domain/index-by.js';
import type { Round } from '../domain/types.js';

const euro = (value: number) => `EUR ${value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

const STATUS_TEXT: Record<AllocationResult['status'], string> = {
  optimal: 'proven optimal',
  time_limit: 'stopped at the time limit (not proven optimal)',
  infeasible: 'infeasible: no allocation satisfies every constraint',
};

/** report.md: what was decided, for whom, and why the others were not served. */
export function markdownReport(result: AllocationResult, round: Round): string {
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const experts = indexBy(round.experts, (e) => e.id);
  const place = (nis: string) => `${municipalities.get(nis)?.name ?? nis} (${nis})`;
  const lines: string[] = [];
  lines.push(`# ${cell(result.scenario.name)}`, '');
  lines.push(`Status: **${STATUS_TEXT[result.status]}**.`, '');
  lines.push('## Summary', '');
  lines.push(
    table(
      ['figure', 'value'],
      [
        ['requests', round.requests.length],
        ['served', result.objective.served],
        ['unserved', result.unserved.length],
        ['priority served', result.objective.priority],
        ['total distance', `${result.objective.distanceKm} km`],
        ['budget', euro(result.budget.limit)],
        ['budget used', euro(result.budget.used)],
        ['budget left', euro(result.budget.left)],
      ],
    ),
    '',
  );
  for (const period of round.periods) {
    const rows = result.assignments.filter((a) => a.period === period);
    lines.push(`## Period ${period}`, '');
    if (rows.length === 0) {
      lines.push('No trajectories.', '');
      continue;
    }
    lines.push(
      table(
        ['expert', 'from', 'request', 'to', 'domain', 'priority', 'distance', 'cost'],
        rows.map((a) => [`${experts.get(a.expert)?.name ?? a.expert} (${a.expert})`, place(a.supplier), a.request, place(a.municipality), a.domain, a.priority, `${a.distanceKm} km`, euro(a.cost)]),
      ),
      '',
    );
  }
  lines.push('## Unserved requests', '');
  lines.push(
    result.unserved.length === 0
      ? 'Every request is served.'
      : table(
          ['request', 'municipality', 'domain', 'priority', 'reason'],
          result.unserved.map((u) => [u.request, place(u.municipality), u.domain, u.priority, u.reasons.map((r) => `${r.code}: ${r.message}`).join(' ')]),
        ),
    '',
  );
  lines.push('## Run', '');
  lines.push(
    table(
      ['item', 'value'],
      [
        ['expertpool', result.run.version],
        ['engine', result.run.engine],
        ['model', `${result.model.variables} variables, ${result.model.constraints} constraints`],
        ...result.tiers.map((t) => [`tier ${t.tier}`, `${t.value} (${t.status}${t.bound !== undefined && t.status !== 'optimal' ? `, bound ${t.bound}` : ''})`] as const),
        ...Object.entries(result.run.inputs).map(([file, hash]) => [file, `\`${hash}\``] as const),
        ['wall time', `${result.run.seconds.toFixed(2)} s`],
      ],
    ),
    '',
  );
  return lines.join('\n');
}
