/**
 * Money in whole cents. Costs and budgets are compared in cents everywhere
 * (the model, the checker, the explanations, the greedy ledger), so a decimal
 * cost such as 16667.5 stays exact and every part of the program agrees on
 * whether an allocation fits the budget.
 */

/** Cents in a euro. */
const CENTS_PER_EURO = 100;

/** A cost in cents, rounded to the nearest cent. */
export const costCents = (euros: number): number => Math.round(euros * CENTS_PER_EURO);

/**
 * A budget in cents, rounded down: a budget never pays a cent more than it
 * says. The small margin absorbs float noise such as 0.29 * 100 = 28.999999999999996.
 */
export const budgetCents = (euros: number): number => Math.floor(euros * CENTS_PER_EURO + 1e-6);

/** Cents back in euros. */
export const centsToEuros = (cents: number): number => cents / CENTS_PER_EURO;
