/** The priority rules by their Dutch names (the scenario's keys stay as they are). */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  score: 'score',
  weighted: 'gewogen score',
  tiers: 'klassen',
  'first-come': 'volgorde van indiening',
  lottery: 'loting',
  greedy: 'toewijzing één voor één, in volgorde',
};
