/**
 * A scenario setting that does not fit the round's data (an unknown
 * indicator, a missing `submitted_at`). The domain layer knows no files; the
 * io layer turns this into an InputError naming the file and field or column.
 */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';

  constructor(
    /** Where the problem sits: a scenario key path, or a CSV file kind and column. */
    readonly where: { readonly field: string } | { readonly csv: 'municipalities' | 'requests' | 'experts'; readonly column: string },
    readonly problem: string,
  ) {
    super(problem);
  }
}
