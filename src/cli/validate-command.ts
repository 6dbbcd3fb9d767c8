import type { Argv } from 'yargs';
import { stringify } from 'yaml';
import { summariseRound, type RoundSummary } from '../diagnose/round-summary.js';
import { diagnoseInfeasible } from '../diagnose/diagnose-infeasible.js';
import { domainSupply, formatSupply, supplyShortfalls } from '../diagnose/supply-demand.js';
import { LANGS, type Lang } from '../text/lang.js';
import { loadRound } from '../io/load-round.js';
import { EXIT, runCommand, writeWarnings } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';

export interface ValidateArgs {
  scenario: string;
  json: boolean;
  print: boolean;
  lang: Lang;
  allowOutside: boolean;
}

function formatSummary(summary: RoundSummary): string {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const lines = [
    `${summary.name}: the inputs are valid.`,
    `  periods:        ${summary.periods.join(', ')}`,
    `  municipalities: ${summary.municipalities}`,
    `  experts:        ${summary.experts} (capacity ${summary.capacity} trajectories)`,
    `  requests:       ${summary.requests} (${summary.requests - summary.requestsWithoutEligibleExpert.length} with an eligible expert)`,
    `  eligible pairs: ${summary.eligiblePairs} (expert, request) pairs; model ${summary.modelVariables} variables, ${summary.modelConstraints} constraints`,
    `  budget:         EUR ${summary.budget}, pays for at most ${summary.budgetTrajectories} trajectories`,
  ];
  if (summary.requestsWithoutEligibleExpert.length > 0) {
    lines.push(`  no eligible expert: ${summary.requestsWithoutEligibleExpert.join(', ')}`);
  }
  lines.push('', `  ${'domain'.padEnd(18)} ${pad('requests', 8)} ${pad('eligible', 8)} ${pad('experts', 7)} ${pad('expert-periods', 14)}`);
  for (const d of summary.domains) {
    lines.push(
      `  ${d.domain.padEnd(18)} ${pad(d.requests, 8)} ${pad(d.requestsWithEligibleExpert, 8)} ${pad(d.experts, 7)} ${pad(d.expertPeriods, 14)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const validateCommand = {
  command: 'validate <scenario>',
  describe: 'Check a scenario and its CSV files and summarise the round, without solving',
  builder: (yargs: Argv) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the summary as JSON' })
      .option('print', {
        type: 'boolean',
        default: false,
        describe: 'Print the effective scenario (its extends chain merged) instead of the summary; YAML, or JSON with --json',
      })
      .option('lang', { type: 'string', default: 'en', choices: [...LANGS], describe: 'Language of the summary' })
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .example('$0 validate scenarios/round-2022/scenario.yaml', 'Check the example round')
      .example('$0 validate scenarios/round-2022/what-if-budget-300k.yaml --print', 'Show the what-if with everything it inherits'),
  handler: async (args: ValidateArgs) => {
    process.exitCode = await runCommand(async () => {
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
      writeWarnings(loaded.warnings, args.lang);
      if (args.print) {
        process.stdout.write(args.json ? `${JSON.stringify(loaded.scenario, null, 2)}\n` : stringify(loaded.scenario, { lineWidth: 0 }));
        return EXIT.ok;
      }
      const summary = summariseRound(loaded.round);
      const supply = {
        supply: domainSupply(loaded.round),
        shortfalls: supplyShortfalls(loaded.round),
        conflicts: diagnoseInfeasible(loaded.round),
      };
      process.stdout.write(
        args.json
          ? `${JSON.stringify({ ...summary, ...supply }, null, 2)}\n`
          : formatSummary(summary) + formatSupply(loaded.round, supply.conflicts),
      );
      return EXIT.ok;
    }, args.lang);
  },
};
