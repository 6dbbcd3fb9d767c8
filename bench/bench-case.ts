/**
 * One benchmark case, run in its own process so its peak memory (maxRSS) is
 * its own: loads a round, solves it with one engine and formulation, checks
 * the allocation independently and prints one JSON line.
 */
import { checkAllocation } from '../src/check/check-allocation.js';
import { createEngine } from '../src/engines/registry.js';
import { loadRound } from '../src/io/load-round.js';
import type { BudgetFormulation } from '../src/solve/formulation.js';
import { solveRound } from '../src/solve/prepared-round.js';

/** What the parent asks a case to do. */
export interface CaseRequest {
  readonly scenario: string;
  readonly engine: string;
  readonly budget: BudgetFormulation;
  readonly reducedCostFixing: boolean;
  readonly timeLimitSeconds: number;
}

/** What a case reports back. */
export interface CaseReport {
  readonly status: string;
  readonly variables: number;
  readonly constraints: number;
  readonly tiers: readonly {
    readonly tier: string;
    readonly status: string;
    readonly seconds: number;
    readonly nodes?: number;
    readonly iterations?: number;
    readonly gap?: number;
  }[];
  readonly solveSeconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly violations: number;
  readonly priority?: number;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as CaseRequest;
  const { round } = loadRound(request.scenario);
  const cpu = process.cpuUsage();
  const outcome = await solveRound(round, {
    engine: createEngine(request.engine),
    timeLimitSeconds: request.timeLimitSeconds,
    budget: request.budget,
    reducedCostFixing: request.reducedCostFixing,
  });
  const used = process.cpuUsage(cpu);
  const report: CaseReport = {
    status: outcome.status,
    variables: outcome.model.variables,
    constraints: outcome.model.constraints,
    tiers: outcome.tiers.map((tier) => ({
      tier: tier.tier,
      status: tier.status,
      seconds: tier.seconds,
      nodes: tier.nodes,
      iterations: tier.iterations,
      gap: tier.gap,
    })),
    solveSeconds: outcome.seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    violations: outcome.allocation ? checkAllocation(round, outcome.allocation).length : 0,
    priority: outcome.tiers[0]?.value,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
