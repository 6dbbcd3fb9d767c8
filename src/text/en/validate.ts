/** The English words of `validate`. */
import type { ValidateWords } from '../validate-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'trajectory' : 'trajectories'}`;

/** The English words of `validate`. */
export const VALIDATE: ValidateWords = {
  valid: (name) => `${name}: the inputs are valid.`,
  unsolvable: (name, conflicts) =>
    `${name}: the inputs can be read, but this round cannot be solved: no allocation can meet all its settings. Change ${conflicts === 1 ? 'the setting' : 'the settings'} listed at the end, then validate again.`,
  label: {
    periods: 'periods',
    municipalities: 'municipalities',
    experts: 'experts',
    requests: 'requests',
    pairs: 'eligible pairs',
    budget: 'budget',
  },
  experts: (count, capacity) => `${count} (capacity ${trajectories(capacity)})`,
  requests: (count, eligible) => `${count} (${eligible} with an eligible expert)`,
  pairs: (pairs, variables, constraints) => `${pairs} (expert, request) pairs; model ${variables} variables, ${constraints} constraints`,
  budget: (amount, n) => `${amount}, pays for at most ${trajectories(n)}`,
  noEligible: (ids) => `no eligible expert: ${ids}`,
  column: { domain: 'domain', requests: 'requests', eligible: 'eligible', experts: 'experts', expertPeriods: 'expert-periods' },
  supplyIntro: 'supply per domain (experts at level 1 / 2 / 3) and supplying municipalities:',
  shortfallsIntro: 'shortfalls found before solving:',
  conflictsIntro: 'cannot be solved: no allocation can meet these settings:',
  unfinished: {
    intro: 'still to fill in: the round holds the example rows expertpool init wrote.',
    table: {
      municipalities: (id, file) =>
        `municipalities (${file}): replace the example row ${id} with every municipality that asks or lends, with its coordinates`,
      experts: (id, file) => `experts (${file}): replace the example row ${id} with every expert offered in the round`,
      requests: (id, file) => `requests (${file}): replace the example row ${id} with every request of the round`,
    },
    then: 'Then set the budget in the scenario and run validate again.',
  },
};
