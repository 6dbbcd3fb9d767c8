import type { Round } from '../domain/types.js';
import { domainSupply, supplyShortfalls } from './demand-supply.js';

/** The supply table, shortfalls and settings that make the round infeasible, as text lines for `validate`. */
export function formatSupply(round: Round, conflicts: readonly { readonly constraint: string; readonly message: string }[] = []): string {
  const lines = ['', '  supply per domain (experts at level 1 / 2 / 3) and supplying municipalities:'];
  for (const supply of domainSupply(round)) {
    const who = supply.suppliers.map((s) => `${s.name} (${s.experts.map((e) => `${e.id}:${e.level}`).join(', ')})`).join('; ');
    lines.push(`  ${supply.domain.padEnd(18)} ${supply.experts[1]} / ${supply.experts[2]} / ${supply.experts[3]}   ${who}`);
  }
  const shortfalls = supplyShortfalls(round);
  if (shortfalls.length > 0) {
    lines.push('', '  shortfalls found before solving:');
    for (const shortfall of shortfalls) lines.push(`  - ${shortfall.message}`);
  }
  if (conflicts.length > 0) {
    lines.push('', '  infeasible: no allocation can meet these settings:');
    for (const conflict of conflicts) lines.push(`  - ${conflict.constraint}: ${conflict.message}`);
  }
  return `${lines.join('\n')}\n`;
}
