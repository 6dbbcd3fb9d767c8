/**
 * Text with marks, for sentences that set a name in bold or a code apart:
 * the words stay plain data, and each report format escapes every run and
 * writes the marks in its own syntax, so a name can never become markup.
 */

/** One run: plain text, or text set off as strong or as code. */
export type Inline = string | { readonly strong: string } | { readonly code: string };

/** A sentence or paragraph: plain text, or runs. */
export type RichText = string | readonly Inline[];

/** A run in bold, e.g. a scenario name. */
export const strong = (text: string): Inline => ({ strong: text });

/** A run as code, e.g. a reason code or a flag. */
export const code = (text: string): Inline => ({ code: text });
