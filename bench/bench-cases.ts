import type { GenerateOptions } from '../src/io/generate-round.js';
import type { BudgetFormulation } from '../src/solve/formulation.js';

/** A generated round of the benchmark. */
export interface BenchRound {
  readonly label: string;
  readonly options: GenerateOptions;
  /** Part of the budget sweep (reported as one summary row per variant). */
  readonly sweep?: boolean;
}

/** How a round is solved. */
export interface BenchVariant {
  readonly label: string;
  readonly engine: 'highs' | 'jslp';
  readonly budget: BudgetFormulation;
  readonly reducedCostFixing: boolean;
}

/** The plain per-arc formulation: the baseline every ratio is taken against. */
export const PLAIN: BenchVariant = { label: 'per-arc (plain)', engine: 'highs', budget: 'per-arc', reducedCostFixing: false };
/** What `expertpool solve` uses. */
export const CHOSEN: BenchVariant = {
  label: 'expert-count + rc-fixing (chosen)',
  engine: 'highs',
  budget: 'expert-count',
  reducedCostFixing: true,
};
/** Each improvement alone, to see what each contributes. */
const ONLY_FIXING: BenchVariant = { label: 'per-arc + rc-fixing', engine: 'highs', budget: 'per-arc', reducedCostFixing: true };
const ONLY_COUNTS: BenchVariant = { label: 'expert-count', engine: 'highs', budget: 'expert-count', reducedCostFixing: false };
// Per-arc binaries: jslp is unreliable on general integer columns (see MipEngine.generalIntegers), so solve never gives it the expert-count budget.
const JSLP: BenchVariant = { label: 'jslp, per-arc', engine: 'jslp', budget: 'per-arc', reducedCostFixing: false };

const FLANDERS = { municipalities: 285, experts: 60, requests: 300 } as const;

/** The fixed set of rounds: seeds never change, so runs compare. */
export function benchRounds(sweepPoints: number): BenchRound[] {
  const rounds: BenchRound[] = [
    { label: 'small (20 mun., 5 experts, 12 requests)', options: { municipalities: 20, experts: 5, requests: 12, budget: 60000, seed: 1 } },
    {
      label: 'realistic (60 mun., 12 experts, 40 requests)',
      options: { municipalities: 60, experts: 12, requests: 40, budget: 250000, seed: 7 },
    },
    { label: 'Flanders tight EUR 250k', options: { ...FLANDERS, budget: 250000, seed: 7 } },
    { label: 'Flanders middle EUR 600k', options: { ...FLANDERS, budget: 600000, seed: 7 } },
    { label: 'Flanders loose EUR 1.2M', options: { ...FLANDERS, budget: 1200000, seed: 7 } },
    // Seed 2 at a mid budget is the hardest round we found: the per-arc knapsack leaves it unproven after 60 s.
    { label: 'Flanders middle EUR 600k, seed 2', options: { ...FLANDERS, budget: 600000, seed: 2 } },
  ];
  // The sweep walks a Flanders round from a tight to a loose budget, through the hard middle.
  for (let point = 0; point < sweepPoints; point++) {
    const budget = 100000 + Math.round((point * 1150000) / Math.max(1, sweepPoints - 1) / 1000) * 1000;
    rounds.push({ label: `sweep EUR ${budget / 1000}k`, options: { ...FLANDERS, budget, seed: 2 }, sweep: true });
  }
  return rounds;
}

/** Which variants run on which round: jslp only on the small ones, every variant on the single Flanders rounds. */
export function variantsFor(round: BenchRound, quick: boolean): BenchVariant[] {
  if (round.options.experts <= 12) return [PLAIN, CHOSEN, JSLP];
  if (round.sweep || quick) return [PLAIN, CHOSEN];
  return [PLAIN, ONLY_FIXING, ONLY_COUNTS, CHOSEN];
}
