/** The Dutch words of `validate` (Flemish usage). */
import type { ValidateWords } from '../validate-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'traject' : 'trajecten'}`;

/** The Dutch words of `validate`. */
export const VALIDATE: ValidateWords = {
  valid: (name) => `${name}: de invoer is geldig.`,
  unsolvable: (name, conflicts) =>
    `${name}: de invoer is leesbaar, maar met deze instellingen kan geen enkele toewijzing gemaakt worden. Pas ${conflicts === 1 ? 'de instelling' : 'de instellingen'} onderaan aan en valideer opnieuw.`,
  label: {
    periods: 'periodes',
    municipalities: 'gemeenten',
    experts: 'experts',
    requests: 'aanvragen',
    pairs: 'geschikte paren',
    budget: 'budget',
  },
  experts: (count, capacity) => `${count} (samen ${trajectories(capacity)} mogelijk)`,
  requests: (count, eligible) => `${count} (${eligible} met een geschikte expert)`,
  pairs: (pairs, variables, constraints) =>
    `${pairs} paren (expert, aanvraag); model met ${variables} variabelen en ${constraints} voorwaarden`,
  budget: (amount, n) => `${amount}, genoeg voor hoogstens ${trajectories(n)}`,
  noEligible: (ids) => `zonder geschikte expert: ${ids}`,
  column: { domain: 'domein', requests: 'aanvragen', eligible: 'geschikt', experts: 'experts', expertPeriods: 'expertperiodes' },
  supplyIntro: 'aanbod per domein (experts op niveau 1 / 2 / 3) en de uitlenende gemeenten:',
  shortfallsIntro: 'tekorten die al vóór de berekening vaststaan:',
  conflictsIntro: 'onhaalbaar: geen enkele toewijzing haalt deze instellingen:',
  unfinished: {
    intro: 'nog in te vullen: de ronde bevat de voorbeeldrijen die expertpool init schreef.',
    table: {
      municipalities: (id, file) =>
        `gemeenten (${file}): vervang de voorbeeldrij ${id} door elke gemeente die aanvraagt of uitleent, met haar coördinaten`,
      experts: (id, file) => `experts (${file}): vervang de voorbeeldrij ${id} door elke expert die in de ronde aangeboden wordt`,
      requests: (id, file) => `aanvragen (${file}): vervang de voorbeeldrij ${id} door elke aanvraag van de ronde`,
    },
    then: 'Zet daarna het budget in het scenario en voer validate opnieuw uit.',
  },
};
