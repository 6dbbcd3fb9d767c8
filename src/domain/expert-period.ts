/**
 * Key of one expert-period slot (an expert does at most one trajectory per
 * period): how slots are grouped, counted, held and looked up everywhere.
 */
export const expertPeriodKey = (expert: string, period: string): string => `${expert}\u0000${period}`;
