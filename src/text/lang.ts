/** A language reports, explanations and messages are written in. */
export type Lang = 'en' | 'nl';

/** The languages of every output; the first is the language of the messages in result.json. */
export const LANGS: readonly Lang[] = ['en', 'nl'];
