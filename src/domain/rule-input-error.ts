/**
 * The facts of a scenario setting that does not fit the round's data, by
 * message id; the text layer words them. `field` is the scenario key path of
 * the setting, `missing` the key that says what a missing value means.
 */
export interface RuleFacts {
  'rule-unknown-indicator': { indicator: string; known: readonly string[] };
  'rule-missing-value': { indicator: string; request: string; field: string; missing: string };
  'rule-missing-submitted-at': { request: string };
}

/** One rule problem's facts: its message id and what the message needs. */
export type RuleFact = { [Id in keyof RuleFacts]: { readonly id: Id } & Readonly<RuleFacts[Id]> }[keyof RuleFacts];

/**
 * Where a rule problem sits: a scenario key path, or the CSV cell that lacks
 * a value (the request's own row, or its municipality's row). The domain
 * layer knows no files or rows; the io layer finds them.
 */
export type RuleProblemPlace =
  | { readonly field: string }
  | { readonly csv: 'requests'; readonly column: string; readonly request: string }
  | { readonly csv: 'municipalities'; readonly column: string; readonly municipality: string };

/**
 * A scenario setting that does not fit the round's data (an unknown
 * indicator, a missing `submitted_at`). The io layer turns this into an
 * InputError naming the file and field, or the row and column.
 */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';

  constructor(
    readonly where: RuleProblemPlace,
    readonly fact: RuleFact,
  ) {
    super(fact.id);
  }
}
